package io.github.wirestory.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A growable list that the parser fills and then seals into the unmodifiable list a record keeps, without a copy
 * ({@link #seal}): the array goes to the {@link SealedList}, and this buffer refuses any change from then on.
 * Null-free; not thread-safe (one parse fills it).
 *
 * @param <E> the element type
 */
public final class ListBuffer<E> extends AbstractList<E> implements RandomAccess {
    private static final Object[] EMPTY = {};
    private Object[] elements;
    private int size;
    private boolean sealed;

    /** An empty buffer; its array is made on the first add. */
    public ListBuffer() {
        this.elements = EMPTY;
    }

    /**
     * An empty buffer with room for {@code capacity} elements.
     *
     * @param capacity the expected size
     */
    public ListBuffer(int capacity) {
        this.elements = capacity == 0 ? EMPTY : new Object[capacity];
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
    public boolean add(E e) {
        Objects.requireNonNull(e);
        open();
        if (size == elements.length) {
            elements = Arrays.copyOf(elements, Math.max(4, size + (size >> 1)));
        }
        elements[size++] = e;
        modCount++;
        return true;
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        if (!(c instanceof List) || !(c instanceof RandomAccess)) {
            return super.addAll(c);
        }
        List<? extends E> list = (List<? extends E>) c; // read by index: no iterator
        for (int i = 0, n = list.size(); i < n; i++) {
            add(list.get(i));
        }
        return !list.isEmpty();
    }

    @Override
    @SuppressWarnings("unchecked")
    public E set(int index, E element) {
        Objects.requireNonNull(element);
        open();
        Objects.checkIndex(index, size);
        E old = (E) elements[index];
        elements[index] = element;
        return old;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E remove(int index) {
        open();
        Objects.checkIndex(index, size);
        E old = (E) elements[index];
        System.arraycopy(elements, index + 1, elements, index, size - index - 1);
        elements[--size] = null;
        modCount++;
        return old;
    }

    private void open() {
        if (sealed) {
            throw new IllegalStateException("sealed");
        }
    }

    /**
     * The elements as an unmodifiable list that shares this buffer's array; the buffer cannot change any more.
     *
     * @return the list, for a record to keep as it is
     */
    public List<E> seal() {
        open();
        sealed = true;
        return SealedList.adopt(elements, size);
    }
}
