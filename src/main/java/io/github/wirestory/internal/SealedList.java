package io.github.wirestory.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * An unmodifiable, null-free list over an array that no one else holds, so that the public records can keep a
 * list the parser made without copying it again ({@link #keep}), as Guava's {@code ImmutableList.copyOf} keeps an
 * {@code ImmutableList}. Any other list given to a record is copied, so the records stay immutable whoever calls
 * them. Equal to, and hashed as, any {@link List} with the same elements in the same order; every mutator throws
 * {@link UnsupportedOperationException}, as {@link List#of} lists do.
 *
 * @param <E> the element type
 */
public final class SealedList<E> extends AbstractList<E> implements RandomAccess {
    private final Object[] elements;
    private final int size;

    /** {@code elements[0, size)}: non-null, in an array that no one changes any more. */
    private SealedList(Object[] elements, int size) {
        this.elements = elements;
        this.size = size;
    }

    /**
     * The list a record keeps for {@code list}: {@code list} itself when it is a {@code SealedList} or an immutable
     * JDK list ({@link List#copyOf} returns those as they are), else an unmodifiable copy. A {@link java.util.ArrayList}
     * is copied once (its {@code toArray}), not twice as {@code List.copyOf} does.
     *
     * @param list the list given to the record
     * @param name the component's name, for the exception
     * @param <E> the element type
     * @return the list to keep
     * @throws NullPointerException if the list or an element is null
     */
    @SuppressWarnings("unchecked")
    public static <E> List<E> keep(List<E> list, String name) {
        Objects.requireNonNull(list, name);
        if (list instanceof SealedList) {
            return list;
        }
        if (list.getClass() != ArrayList.class) {
            return List.copyOf(list);
        }
        int n = list.size();
        if (n <= 2) {
            return n == 0 ? List.of() : n == 1 ? List.of(list.get(0)) : List.of(list.get(0), list.get(1));
        }
        return (List<E>) adopt(list.toArray(), n); // an ArrayList's toArray is a new array: no one else holds it
    }

    /**
     * The first {@code size} elements of an array the caller hands over and never changes again, as a list; one or
     * two elements as {@link List#of} lists (smaller than an array and a wrapper).
     *
     * @param elements the array, now owned by the list
     * @param size how many of its elements are the list's
     * @param <E> the element type
     * @return the list
     * @throws NullPointerException if an element is null
     */
    @SuppressWarnings("unchecked")
    static <E> List<E> adopt(Object[] elements, int size) {
        switch (size) {
            case 0:
                return List.of();
            case 1:
                return List.of((E) elements[0]);
            case 2:
                return List.of((E) elements[0], (E) elements[1]);
            default:
                for (int i = 0; i < size; i++) {
                    Objects.requireNonNull(elements[i]);
                }
                return new SealedList<>(elements, size);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Objects.checkIndex(index, size);
        return (E) elements[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(elements, size);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        for (int i = 0; i < size; i++) {
            action.accept((E) elements[i]);
        }
    }

    @Override
    public int indexOf(Object o) {
        Objects.requireNonNull(o); // as List.of lists: they hold no null
        for (int i = 0; i < size; i++) {
            if (elements[i].equals(o)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        Objects.requireNonNull(o);
        for (int i = size - 1; i >= 0; i--) {
            if (elements[i].equals(o)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    private static UnsupportedOperationException unmodifiable() {
        return new UnsupportedOperationException("unmodifiable list");
    }

    @Override
    public boolean add(E e) {
        throw unmodifiable();
    }

    @Override
    public void add(int index, E element) {
        throw unmodifiable();
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        throw unmodifiable();
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        throw unmodifiable();
    }

    @Override
    public E set(int index, E element) {
        throw unmodifiable();
    }

    @Override
    public E remove(int index) {
        throw unmodifiable();
    }

    @Override
    public boolean remove(Object o) {
        throw unmodifiable();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        throw unmodifiable();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        throw unmodifiable();
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        throw unmodifiable();
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        throw unmodifiable();
    }

    @Override
    public void sort(Comparator<? super E> c) {
        throw unmodifiable();
    }

    @Override
    public void clear() {
        throw unmodifiable();
    }

    @Override
    protected void removeRange(int fromIndex, int toIndex) {
        throw unmodifiable();
    }
}
