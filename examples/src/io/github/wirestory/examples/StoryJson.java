package io.github.wirestory.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wirestory.WireStory;
import io.github.wirestory.model.AgencyCredit;
import io.github.wirestory.model.Claim;
import io.github.wirestory.model.Dateline;
import io.github.wirestory.model.Diagnostic;
import io.github.wirestory.model.Paragraph;
import io.github.wirestory.model.Published;
import io.github.wirestory.model.Quote;
import io.github.wirestory.model.Removal;
import io.github.wirestory.model.Source;
import java.util.Optional;

/**
 * Serialises a {@link WireStory} to the demo's JSON form (documented field by field in {@code docs/json.md}),
 * with Jackson's tree model. Jackson is used by the examples only; the library does not depend on it.
 */
public final class StoryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StoryJson() {}

    /** The shared mapper (thread-safe once configured). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * The story as a JSON object.
     *
     * @param source the path or name the story came from, echoed as {@code source}
     * @param story the parsed story
     * @return the JSON tree
     */
    public static ObjectNode toJson(String source, WireStory story) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("source", source);
        o.put("headline", story.headline().orElse(null));
        o.put("byline", story.byline().map(b -> String.join(", ", b.names())).orElse(null));
        o.set("agency", story.agency().map(StoryJson::agency).orElse(null));
        o.set("dateline", story.dateline().map(StoryJson::dateline).orElse(null));
        o.put("published", story.published().map(Published::iso).orElse(null));
        o.put("siteName", story.siteName().orElse(null));
        ArrayNode paragraphs = o.putArray("paragraphs");
        for (Paragraph p : story.paragraphs()) {
            paragraphs.add(p.text());
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : story.quotes()) {
            quotes.add(quote(q));
        }
        ArrayNode claims = o.putArray("claims");
        for (Claim c : story.claims()) {
            claims.add(claim(c));
        }
        ArrayNode removed = o.putArray("removed");
        for (Removal r : story.removed()) {
            ObjectNode n = removed.addObject();
            n.put("cleaner", r.cleaner());
            n.put("text", r.text());
            n.put("replacement", r.replacement());
        }
        ArrayNode diagnostics = o.putArray("diagnostics");
        for (Diagnostic d : story.diagnostics()) {
            diagnostics.add(d.toString());
        }
        return o;
    }

    /**
     * The object printed for a file that could not be read or parsed.
     *
     * @param source the path as given
     * @param error what went wrong
     * @return the JSON tree
     */
    public static ObjectNode error(String source, String error) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("source", source);
        o.put("error", error);
        return o;
    }

    private static ObjectNode agency(AgencyCredit a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", a.agency().id());
        n.put("name", a.agency().name());
        n.put("asWritten", a.asWritten());
        n.put("via", a.via().name());
        return n;
    }

    private static ObjectNode dateline(Dateline d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("text", d.text());
        n.put("location", d.location().orElse(null));
        n.put("region", d.region().orElse(null));
        if (d.monthDay().isPresent()) {
            n.put("month", d.monthDay().get().getMonthValue());
            n.put("day", d.monthDay().get().getDayOfMonth());
        } else {
            n.putNull("month");
            n.putNull("day");
        }
        n.put("date", d.date().map(Object::toString).orElse(null));
        n.put("agency", d.agency().map(a -> a.agency().id()).orElse(null));
        return n;
    }

    private static ObjectNode quote(Quote q) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("text", q.text());
        n.put("paragraph", q.paragraph());
        n.put("begin", q.span().begin());
        n.put("end", q.span().end());
        n.put("source", q.source().map(Source::asWritten).orElse(null));
        n.put("cue", q.cue().orElse(null));
        return n;
    }

    private static ObjectNode claim(Claim c) {
        ObjectNode n = MAPPER.createObjectNode();
        ObjectNode s = n.putObject("source");
        Source src = c.source();
        s.put("id", src.id().orElse(null));
        s.put("name", src.name().orElse(null));
        s.put("asWritten", src.asWritten());
        s.put("stateMedia", src.stateMedia());
        s.put("country", src.country().orElse(null));
        s.put("kind", src.kind().name());
        n.put("cue", c.cue());
        n.put("paragraph", c.paragraph());
        n.put("text", c.text());
        n.put("begin", c.span().begin());
        n.put("end", c.span().end());
        ArrayNode quotes = n.putArray("quotes");
        c.quotes().forEach(q -> quotes.add(q.text()));
        n.put("speaker", c.speaker().orElse(null));
        n.put("date", c.date().map(Object::toString).orElse(null));
        return n;
    }

}
