package io.github.wirestory.internal;

/**
 * A unit of the story's layout before it is classified: a candidate headline, credit line, byline or paragraph.
 *
 * @param begin where it starts in the story text
 * @param end where it ends
 * @param text its text with inner line breaks turned into spaces
 */
record Block(int begin, int end, String text) {}
