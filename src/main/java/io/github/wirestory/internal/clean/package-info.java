/** Built-in cleaners. Internal: not exported, may change without notice; use {@code Cleaners} instead. */
@NullMarked
package io.github.wirestory.internal.clean;

import org.jspecify.annotations.NullMarked;
