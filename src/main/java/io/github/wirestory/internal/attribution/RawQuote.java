package io.github.wirestory.internal.attribution;

/**
 * A quote found by {@link QuoteFinder}, before attribution.
 *
 * @param open offset of the opening mark
 * @param close offset of the closing mark (exclusive end of the quoted region)
 * @param begin start of the quoted words (after trimming)
 * @param end end of the quoted words (after trimming spaces and a trailing comma)
 * @param paragraph the paragraph where the quote opens
 */
record RawQuote(int open, int close, int begin, int end, int paragraph) {}
