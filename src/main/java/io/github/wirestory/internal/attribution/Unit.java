package io.github.wirestory.internal.attribution;

/**
 * A stretch of story text that quotes and sentences are found in: the headline (paragraph {@code -1}) or one
 * body paragraph.
 *
 * @param paragraph the paragraph index, {@code -1} for the headline
 * @param begin start offset in the story text
 * @param end end offset in the story text
 */
record Unit(int paragraph, int begin, int end) {}
