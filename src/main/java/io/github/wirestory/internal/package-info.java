/** Implementation. Internal: not exported from the module, may change in any release; do not depend on it. */
@NullMarked
package io.github.wirestory.internal;

import org.jspecify.annotations.NullMarked;
