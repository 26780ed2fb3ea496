/**
 * wirestory: turns a news wire story (plain text or HTML) into typed, immutable objects.
 */
module io.github.wirestory {
    requires transitive org.jsoup;
    requires org.apache.commons.text;
    requires static org.jspecify;

    exports io.github.wirestory;
    exports io.github.wirestory.clean;
    exports io.github.wirestory.model;
}
