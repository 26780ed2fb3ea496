/**
 * Bylines, credit trailers and agency trailers. Internal: not exported from the module, may change in any
 * release; do not depend on it.
 */
package io.github.wirestory.internal.byline;
