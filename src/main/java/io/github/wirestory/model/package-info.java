/**
 * The immutable values a parse produces: {@link io.github.wirestory.model.Dateline},
 * {@link io.github.wirestory.model.Paragraph}, {@link io.github.wirestory.model.Quote},
 * {@link io.github.wirestory.model.Claim} and the rest. Every value is a record, never holds null (absent
 * parts are {@link java.util.Optional#empty()} or empty lists), and is safe to share between threads.
 */
@NullMarked
package io.github.wirestory.model;

import org.jspecify.annotations.NullMarked;
