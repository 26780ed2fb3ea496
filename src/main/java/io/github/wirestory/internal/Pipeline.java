package io.github.wirestory.internal;

import io.github.wirestory.AgencyRegistry;
import io.github.wirestory.StateMediaRegistry;
import io.github.wirestory.WireStory;
import io.github.wirestory.clean.Cleaner;
import io.github.wirestory.model.Removal;
import java.util.ArrayList;
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
        CleanerChain.Result cleaned = chain.run(text);
        return assembler.assemble(cleaned.text(), cleaned.removed(), reference);
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
        CleanerChain.Result cleaned = chain.run(text);
        List<Removal> all = new ArrayList<>(removed);
        all.addAll(cleaned.removed());
        return assembler.assemble(cleaned.text(), all, reference, page);
    }
}
