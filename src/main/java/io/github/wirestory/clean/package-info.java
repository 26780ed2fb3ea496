/**
 * The cleaner extension points. Text: {@link io.github.wirestory.clean.Cleaner}, the
 * {@link io.github.wirestory.clean.Removals} report sink, and the built-in cleaners in
 * {@link io.github.wirestory.clean.Cleaners}. HTML (run on a page before its body is extracted):
 * {@link io.github.wirestory.clean.HtmlCleaner}, the {@link io.github.wirestory.clean.HtmlRemovals} sink,
 * and the built-ins and site rules in {@link io.github.wirestory.clean.HtmlCleaners}. HTML cleaners take jsoup
 * types, so jsoup is part of this package's API.
 */
@NullMarked
package io.github.wirestory.clean;

import org.jspecify.annotations.NullMarked;
