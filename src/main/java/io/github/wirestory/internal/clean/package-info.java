/** Built-in cleaners. Internal: not exported, may change without notice; use {@code Cleaners} instead. */
package io.github.wirestory.internal.clean;
