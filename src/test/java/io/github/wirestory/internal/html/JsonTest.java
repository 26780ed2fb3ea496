package io.github.wirestory.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void readsObjectsArraysAndScalars() {
        Object v = Json.parse("{\"@type\":\"NewsArticle\",\"n\":1.5e3,\"ok\":true,\"no\":null,\"a\":[1,\"x\\u00e9\\n\"]}")
                .orElseThrow();
        Map<?, ?> m = (Map<?, ?>) v;
        assertThat(m.get("@type")).isEqualTo("NewsArticle");
        assertThat(m.get("n")).isEqualTo("1.5e3");
        assertThat(m.get("ok")).isEqualTo(Boolean.TRUE);
        assertThat(m.containsKey("no")).isTrue();
        assertThat(m.get("a")).isEqualTo(List.of("1", "xé\n"));
    }

    @Test
    void toleratesWhatPagesReallyContain() {
        // raw new lines inside strings, trailing commas, an HTML comment and CDATA wrapper
        Object v = Json.parse("<!--//<![CDATA[\n{\"headline\":\"Two\nlines\",\"author\":[{\"name\":\"A\"},],}\n//]]>-->")
                .orElseThrow();
        assertThat(((Map<?, ?>) v).get("headline")).isEqualTo("Two\nlines");
        // two top-level objects in one block are read as an array
        assertThat(Json.parse("{\"a\":1}\n{\"b\":2}").orElseThrow()).isInstanceOf(List.class);
    }

    @Test
    void brokenOrTooDeepInputGivesNothing() {
        assertThat(Json.parse("{\"a\": ")).isEmpty();
        assertThat(Json.parse("not json")).isEmpty();
        assertThat(Json.parse("[".repeat(100_000))).isEmpty();
        assertThat(Json.parse("")).isEmpty();
    }

    @Test
    void readsStringsWithAndWithoutEscapes() {
        Object v = Json.parse("{\"plain\":\"Berlin (dpa) - Text.\",\"esc\":\"\\\"Quote\\\" and\\nline\\u00e9\\/x\",'single':'it\\'s',"
                + "\"edge\":\"\\n\",\"empty\":\"\",\"badu\":\"\\u12\"}").orElseThrow();
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> m = (java.util.Map<String, Object>) v;
        assertThat(m.get("plain")).isEqualTo("Berlin (dpa) - Text.");
        assertThat(m.get("esc")).isEqualTo("\"Quote\" and\nline\u00e9/x");
        assertThat(m.get("single")).isEqualTo("it's");
        assertThat(m.get("edge")).isEqualTo("\n");
        assertThat(m.get("empty")).isEqualTo("");
        assertThat(m.get("badu")).isEqualTo("u12");
        assertThat(Json.parse("{\"a\":\"unterminated")).isEmpty();
        assertThat(Json.parse("{\"a\":\"escape at the end\\")).isEmpty();
    }
}
