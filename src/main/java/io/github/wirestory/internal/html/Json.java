package io.github.wirestory.internal.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small, lenient JSON reader for JSON-LD blocks: objects become {@link LinkedHashMap}s, arrays
 * {@link ArrayList}s, strings {@link String}s, numbers their source text, {@code true}/{@code false}
 * {@link Boolean}s and {@code null} Java null. One pass, linear in the input; nesting deeper than
 * {@value #MAX_DEPTH} fails. Tolerated: raw control characters in strings, trailing commas, HTML comment
 * and CDATA wrappers, several top-level values (read as one array).
 */
final class Json {
    static final int MAX_DEPTH = 64;

    private final String s;
    private int i;

    private Json(String s) {
        this.s = s;
    }

    /** The value, or empty when the text is not JSON. */
    static Optional<Object> parse(String text) {
        Json j = new Json(text);
        try {
            List<Object> values = new ArrayList<>();
            j.skipJunk();
            while (j.i < j.s.length()) {
                char c = j.s.charAt(j.i);
                if (c != '{' && c != '[') {
                    break;
                }
                values.add(j.value(0));
                j.skipJunk();
                if (j.i < j.s.length() && (j.s.charAt(j.i) == ',' || j.s.charAt(j.i) == ';')) {
                    j.i++;
                    j.skipJunk();
                }
            }
            if (values.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(values.size() == 1 ? values.get(0) : values);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private void skipJunk() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("<!--", i)) {
                i += 4;
            } else if (s.startsWith("-->", i)) {
                i += 3;
            } else if (s.startsWith("//<![CDATA[", i)) {
                i += 11;
            } else if (s.startsWith("<![CDATA[", i)) {
                i += 9;
            } else if (s.startsWith("//]]>", i)) {
                i += 5;
            } else if (s.startsWith("]]>", i)) {
                i += 3;
            } else {
                return;
            }
        }
    }

    private void ws() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("too deep");
        }
        ws();
        char c = s.charAt(i);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
            case '\'':
                return string();
            default:
                return literal();
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        while (true) {
            ws();
            char c = s.charAt(i);
            if (c == '}') {
                i++;
                return m;
            }
            if (c == ',') {
                i++;
                continue;
            }
            String key = c == '"' || c == '\'' ? string() : bareKey();
            ws();
            if (s.charAt(i) != ':') {
                throw new IllegalArgumentException("expected ':' at " + i);
            }
            i++;
            Object v = value(depth + 1);
            m.putIfAbsent(key, v);
        }
    }

    private List<Object> array(int depth) {
        List<Object> a = new ArrayList<>();
        i++;
        while (true) {
            ws();
            char c = s.charAt(i);
            if (c == ']') {
                i++;
                return a;
            }
            if (c == ',') {
                i++;
                continue;
            }
            a.add(value(depth + 1));
        }
    }

    private String bareKey() {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_'
                || s.charAt(i) == '@' || s.charAt(i) == '$')) {
            i++;
        }
        if (i == start) {
            throw new IllegalArgumentException("bad key at " + i);
        }
        return s.substring(start, i);
    }

    private String string() {
        char quote = s.charAt(i++);
        int from = i; // the string's first char
        StringBuilder sb = null; // made at the first escape; a string without one is a substring
        int n = s.length();
        while (true) {
            // a run of plain chars, copied in bulk
            int j = i;
            while (j < n && s.charAt(j) != quote && s.charAt(j) != '\\') {
                j++;
            }
            char c = s.charAt(j); // past the end: the unterminated string fails the parse
            if (c == quote) {
                if (sb == null) {
                    i = j + 1;
                    return s.substring(from, j);
                }
                sb.append(s, i, j);
                i = j + 1;
                return sb.toString();
            }
            if (sb == null) {
                sb = new StringBuilder(j - from + 16);
            }
            sb.append(s, i, j);
            i = j + 1;
            char e = s.charAt(i++);
            switch (e) {
                case 'n':
                    sb.append('\n');
                    break;
                case 't':
                    sb.append('\t');
                    break;
                case 'r':
                    sb.append('\r');
                    break;
                case 'b':
                    sb.append('\b');
                    break;
                case 'f':
                    sb.append('\f');
                    break;
                case 'u':
                    if (i + 4 <= s.length()) {
                        try {
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        } catch (NumberFormatException x) {
                            sb.append('u');
                        }
                    } else {
                        sb.append('u');
                    }
                    break;
                default:
                    sb.append(e);
            }
        }
    }

    private Object literal() {
        int start = i;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ',' || c == '}' || c == ']' || Character.isWhitespace(c)) {
                break;
            }
            i++;
        }
        if (i == start) {
            throw new IllegalArgumentException("unexpected '" + s.charAt(i) + "' at " + i);
        }
        String t = s.substring(start, i);
        switch (t) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "null":
                return null;
            default:
                return t;
        }
    }
}
