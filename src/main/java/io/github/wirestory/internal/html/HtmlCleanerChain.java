package io.github.wirestory.internal.html;

import io.github.wirestory.CleanerException;
import io.github.wirestory.clean.HtmlCleaner;
import io.github.wirestory.clean.HtmlRemovals;
import io.github.wirestory.internal.CleanerChain;
import io.github.wirestory.model.Removal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/** Runs the HTML cleaners in order and records every removal with the cleaner's name. */
final class HtmlCleanerChain {
    private final List<HtmlCleaner> cleaners;

    HtmlCleanerChain(List<HtmlCleaner> cleaners) {
        this.cleaners = List.copyOf(cleaners);
    }

    /** Whether every cleaner is a built-in, whose reads are known (none reads script or style data). */
    boolean builtinsOnly() {
        return cleaners.stream().allMatch(c -> c instanceof Boilerplate.Builtin);
    }

    void run(Document doc, List<Removal> removed) {
        run(doc, removed, false);
    }

    /**
     * Runs the cleaners; with {@code measure}, when the chain ends with built-ins, their shared pass also
     * measures the body they leave ({@link TextBlocks#measuring}).
     *
     * @return the body as measured after the last cleaner, or null when not measured
     */
    TextBlocks.Measured run(Document doc, List<Removal> removed, boolean measure) {
        return run(doc, removed, measure, new ElementText());
    }

    /** {@link #run(Document, List, boolean)}, building the removed elements' texts with {@code text}. */
    TextBlocks.Measured run(Document doc, List<Removal> removed, boolean measure, ElementText text) {
        TextBlocks.Measured measured = null;
        for (int i = 0; i < cleaners.size(); i++) {
            if (cleaners.get(i) instanceof Boilerplate.Builtin) {
                // consecutive built-ins share one pass over the page
                List<Boilerplate.Builtin> group = new ArrayList<>();
                List<HtmlRemovals> sinks = new ArrayList<>();
                List<List<Removal>> records = new ArrayList<>();
                List<Element> detached = new ArrayList<>(); // the built-ins' removals, detached after their pass
                while (i < cleaners.size() && cleaners.get(i) instanceof Boilerplate.Builtin b) {
                    group.add(b);
                    List<Removal> r = new ArrayList<>();
                    records.add(r);
                    sinks.add(new Recorder(b.name(), r, text, detached));
                    i++;
                }
                TextBlocks.Builder builder = null;
                if (measure && i == cleaners.size()) {
                    builder = TextBlocks.measuring(doc.body() != null ? doc.body() : doc);
                }
                i--;
                Boilerplate.runAll(doc, group, sinks, builder);
                detach(detached);
                records.forEach(removed::addAll);
                if (builder != null) {
                    measured = builder.finish();
                }
                continue;
            }
            HtmlCleaner cleaner = cleaners.get(i);
            String name = safeName(cleaner);
            try {
                cleaner.clean(doc, new Recorder(name, removed, text, null));
            } catch (RuntimeException | StackOverflowError e) {
                if (e instanceof CleanerException ce) {
                    throw ce;
                }
                throw new CleanerException(name, "failed: " + e, e);
            }
        }
        return measured;
    }

    /**
     * Detaches the elements. Removing a child shifts the rest of its parent's list, which made a page of many removed
     * siblings (100,000 {@code nav} in a row) quadratic: a parent losing at most {@value #FEW} children loses them
     * one by one (a bounded number of shifts), a parent losing more has its list rebuilt once without them.
     */
    static void detach(List<Element> elements) {
        if (elements.isEmpty()) {
            return;
        }
        Map<Element, List<Element>> byParent = new IdentityHashMap<>();
        for (Element e : elements) {
            Element parent = e.parent();
            if (parent != null) {
                byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(e);
            }
        }
        for (Map.Entry<Element, List<Element>> group : byParent.entrySet()) {
            Element parent = group.getKey();
            List<Element> children = group.getValue();
            if (children.size() <= FEW) {
                for (Element e : children) {
                    e.remove();
                }
                continue;
            }
            Set<Node> gone = Collections.newSetFromMap(new IdentityHashMap<>(children.size() * 2));
            gone.addAll(children);
            int size = parent.childNodeSize();
            List<Node> kept = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                Node c = parent.childNode(i);
                if (!gone.contains(c)) {
                    kept.add(c);
                }
            }
            parent.empty(); // every child detached
            parent.appendChildren(kept);
        }
    }

    /**
     * Up to this many children, a parent's removed child is removed at once; up to this many removed children, they
     * are removed one by one.
     */
    private static final int FEW = 64;


    /**
     * Removes and records the elements a query found, in document order: as calling {@code removals.remove} on
     * each, in linear time when {@code removals} is this chain's (see {@link Recorder#removeAll}).
     *
     * @param removals where the cleaner records its removals
     * @param elements the elements, in document order
     */
    static void removeAll(HtmlRemovals removals, List<Element> elements) {
        if (removals instanceof Recorder r) {
            r.removeAll(elements);
        } else {
            for (Element e : elements) {
                removals.remove(e);
            }
        }
    }

    private static String safeName(HtmlCleaner cleaner) {
        return CleanerChain.cleanerName(cleaner, cleaner::name);
    }

    private static final class Recorder implements HtmlRemovals {
        private final String name;
        private final List<Removal> sink;
        private final ElementText text;
        /**
         * Where the built-ins' removals from parents of over {@value #FEW} children wait to be detached together
         * ({@link #detach}), or null to detach each at once.
         */
        private final List<Element> detached;

        Recorder(String name, List<Removal> sink, ElementText text, List<Element> detached) {
            this.name = name;
            this.sink = sink;
            this.text = text;
            this.detached = detached;
        }

        @Override
        public void remove(Element element) {
            Objects.requireNonNull(element, "element");
            if (detached != null) {
                // a built-in's: an element of the page, found by the pass (which skips what it claims: none is
                // inside another); one of many siblings waits to be detached with them after the pass
                if (element.parent() != null) {
                    take(element, detached);
                }
                return;
            }
            if (element.parent() == null || element.ownerDocument() == null) {
                return; // already detached (itself or an ancestor), or the document root
            }
            take(element, null);
        }

        /**
         * Records the element's text, read while it is in place, and detaches it: at once, or later with the
         * elements of {@code later} when that is given and the parent has over {@value #FEW} children.
         *
         * @return whether the element waits in {@code later}
         */
        private boolean take(Element element, List<Element> later) {
            String t = text.of(element); // element.text()
            boolean waits = later != null && element.parent().childNodeSize() > FEW;
            if (waits) {
                later.add(element);
            } else {
                element.remove();
            }
            if (!t.isBlank()) {
                record(t);
            }
            return waits;
        }

        /**
         * {@link #remove} of each element a query found, in document order, in linear time: an element under
         * one removed before it is skipped, as {@code remove} skips it once its ancestor is detached, and the
         * elements of a parent losing many children are detached together at the end ({@link #detach}).
         */
        void removeAll(List<Element> elements) {
            List<Element> later = new ArrayList<>();
            Set<Element> waiting = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Element element : elements) {
                if (element.parent() == null || element.ownerDocument() == null
                        || !waiting.isEmpty() && underAny(element, waiting)) {
                    continue; // detached, or under one that is removed (jsoup nests at most 512 deep)
                }
                if (take(element, later)) {
                    waiting.add(element); // one of many siblings: detached with them at the end
                }
            }
            detach(later);
        }

        private static boolean underAny(Element element, Set<Element> removed) {
            for (Element p = element.parent(); p != null; p = p.parent()) {
                if (removed.contains(p)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void removed(String text) {
            record(Objects.requireNonNull(text, "text"));
        }

        private void record(String text) {
            sink.add(new Removal(name, text, ""));
        }
    }
}
