/** HTML input: metadata, JSON-LD, boilerplate cleaners and body extraction. Internal: do not depend on it. */
package io.github.wirestory.internal.html;
