/**
 * The cleaner extension point: {@link io.github.wirestory.clean.Cleaner}, the
 * {@link io.github.wirestory.clean.Removals} report sink, and the built-in cleaners in
 * {@link io.github.wirestory.clean.Cleaners}.
 */
@NullMarked
package io.github.wirestory.clean;

import org.jspecify.annotations.NullMarked;
