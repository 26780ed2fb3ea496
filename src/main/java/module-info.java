/**
 * wirestory: turns a news wire story (plain text or HTML) into typed, immutable objects.
 */
module io.github.wirestory {
    requires transitive org.jsoup;
    requires org.apache.commons.text;

    exports io.github.wirestory;
    exports io.github.wirestory.clean;
    exports io.github.wirestory.model;
}
