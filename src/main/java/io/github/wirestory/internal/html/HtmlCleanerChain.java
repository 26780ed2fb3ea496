package io.github.wirestory.internal.html;

import io.github.wirestory.CleanerException;
import io.github.wirestory.clean.HtmlCleaner;
import io.github.wirestory.clean.HtmlRemovals;
import io.github.wirestory.internal.CleanerChain;
import io.github.wirestory.model.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Runs the HTML cleaners in order and records every removal with the cleaner's name. */
final class HtmlCleanerChain {
    private final List<HtmlCleaner> cleaners;

    HtmlCleanerChain(List<HtmlCleaner> cleaners) {
        this.cleaners = List.copyOf(cleaners);
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
                while (i < cleaners.size() && cleaners.get(i) instanceof Boilerplate.Builtin b) {
                    group.add(b);
                    List<Removal> r = new ArrayList<>();
                    records.add(r);
                    sinks.add(new Recorder(b.name(), r, text));
                    i++;
                }
                TextBlocks.Builder builder = null;
                if (measure && i == cleaners.size()) {
                    builder = TextBlocks.measuring(doc.body() != null ? doc.body() : doc);
                }
                i--;
                Boilerplate.runAll(doc, group, sinks, builder);
                records.forEach(removed::addAll);
                if (builder != null) {
                    measured = builder.finish();
                }
                continue;
            }
            HtmlCleaner cleaner = cleaners.get(i);
            String name = safeName(cleaner);
            try {
                cleaner.clean(doc, new Recorder(name, removed, text));
            } catch (RuntimeException | StackOverflowError e) {
                if (e instanceof CleanerException ce) {
                    throw ce;
                }
                throw new CleanerException(name, "failed: " + e, e);
            }
        }
        return measured;
    }

    private static String safeName(HtmlCleaner cleaner) {
        return CleanerChain.cleanerName(cleaner, cleaner::name);
    }

    private static final class Recorder implements HtmlRemovals {
        private final String name;
        private final List<Removal> sink;
        private final ElementText text;

        Recorder(String name, List<Removal> sink, ElementText text) {
            this.name = name;
            this.sink = sink;
            this.text = text;
        }

        @Override
        public void remove(Element element) {
            Objects.requireNonNull(element, "element");
            if (element.parent() == null || element.ownerDocument() == null) {
                return; // already detached (itself or an ancestor), or the document root
            }
            String t = text.of(element); // element.text()
            element.remove();
            if (!t.isBlank()) {
                record(t);
            }
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
