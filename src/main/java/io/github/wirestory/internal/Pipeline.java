package io.github.wirestory.internal;

import io.github.wirestory.AgencyRegistry;
import io.github.wirestory.StateMediaRegistry;
import io.github.wirestory.WireStory;
import io.github.wirestory.clean.Cleaner;
import io.github.wirestory.model.Removal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The parse pipeline: cleaner chain, then structure. Immutable and thread-safe. */
public final class Pipeline {
    private final CleanerChain chain;
    private final StoryAssembler assembler;

    /**
     * @param cleaners the cleaner chain
     * @param agencies the agency registry
     * @param stateMedia the state-media registry
     */
    public Pipeline(List<Cleaner> cleaners, AgencyRegistry agencies, StateMediaRegistry stateMedia) {
        this.chain = new CleanerChain(cleaners);
        this.assembler = new StoryAssembler(agencies, stateMedia);
    }

    /**
     * @param text plain text
     * @param reference reference date for dateline years
     * @return the story
     */
    public WireStory parseText(String text, Optional<LocalDate> reference) {
        List<Removal> removed = new ListBuffer<>();
        String cleaned = chain.run(text, removed);
        return assembler.assemble(cleaned, removed, reference);
    }

    /**
     * Runs the text pipeline over the text an HTML page gave, with what its markup established.
     *
     * @param text headline, byline and body paragraphs, separated by blank lines
     * @param removed what the HTML cleaners and the body extractor removed, first in {@code removed()}
     * @param reference reference date for dateline years
     * @param page the facts the markup established
     * @return the story
     */
    public WireStory parseHtmlText(String text, List<Removal> removed,
            Optional<LocalDate> reference, PageFacts page) {
        List<Removal> all = new ListBuffer<>(removed.size() + 4);
        all.addAll(removed);
        String cleaned = chain.run(text, all);
        return assembler.assemble(cleaned, all, reference, page);
    }
}
