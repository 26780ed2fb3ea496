package io.github.wirestory.internal.clean;

import io.github.wirestory.clean.Cleaner;
import io.github.wirestory.clean.Removals;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Unescapes HTML character references left in scraped text ({@code &amp;}, {@code &#8220;}, {@code &#x201C;},
 * {@code &nbsp;}): named ones through Apache Commons Text, numeric ones here. Only well-formed references are
 * touched; a bare {@code &}, an unknown name, or a number that is no Unicode scalar value ({@code &#99999999;},
 * {@code &#xD800;}) stays as written. Each distinct reference is reported once.
 */
public final class HtmlEntityCleaner implements Cleaner, BufferCleaner {
    /** The name recorded with removals. */
    public static final String NAME = "html-entities";
    private static final int MAX_REFERENCE = 12;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String clean(String text, Removals removals) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return BufferCleaner.cleanString(this, text, Reuse.builder(text.length()), removals);
    }

    @Override
    public boolean mayChange(CharSequence text) {
        return BulletCleaner.indexOf(text, '&', 0) >= 0;
    }

    @Override
    public boolean clean(CharSequence text, StringBuilder out, Removals removals) {
        int amp = BulletCleaner.indexOf(text, '&', 0);
        if (amp < 0) {
            return false;
        }
        Map<String, String> seen = null;
        int copied = 0;
        int n = text.length();
        while (amp >= 0) {
            int semi = -1;
            int limit = Math.min(n, amp + MAX_REFERENCE);
            for (int j = amp + 1; j < limit; j++) {
                char c = text.charAt(j);
                if (c == ';') {
                    semi = j;
                    break;
                }
                if (!(Character.isLetterOrDigit(c) || c == '#')) {
                    break;
                }
            }
            int resume = amp + 1;
            if (semi > amp + 1) {
                String ref = text.subSequence(amp, semi + 1).toString();
                String value = ref.charAt(1) == '#' ? numeric(ref) : named(ref);
                if (!value.equals(ref)) {
                    if (seen == null) {
                        seen = new LinkedHashMap<>();
                        Reuse.reserve(out, text);
                    }
                    out.append(text, copied, amp).append(value);
                    copied = semi + 1;
                    resume = semi + 1;
                    seen.putIfAbsent(ref, value);
                }
            }
            amp = BulletCleaner.indexOf(text, '&', resume);
        }
        if (seen == null) {
            return false;
        }
        out.append(text, copied, n);
        seen.forEach(removals::replaced);
        return true;
    }

    /**
     * A named reference decoded as {@code StringEscapeUtils.unescapeHtml4} decodes it; the commonest ones
     * (HTML 4's basic entities and {@code &nbsp;}) directly, without its writer and buffers.
     */
    static String named(String ref) {
        switch (ref) {
            case "&amp;":
                return "&";
            case "&quot;":
                return "\"";
            case "&lt;":
                return "<";
            case "&gt;":
                return ">";
            case "&nbsp;":
                return "\u00A0";
            default:
                return StringEscapeUtils.unescapeHtml4(ref);
        }
    }

    /**
     * A numeric reference ({@code &#8220;}, {@code &#x201C;}) decoded, or the reference itself when it names no
     * Unicode scalar value (beyond U+10FFFF, a surrogate, or not a number): such text stays as written.
     */
    static String numeric(String ref) {
        boolean hex = ref.length() > 3 && (ref.charAt(2) == 'x' || ref.charAt(2) == 'X');
        int from = hex ? 3 : 2;
        int to = ref.length() - 1;
        if (from >= to) {
            return ref;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = Character.digit(ref.charAt(i), hex ? 16 : 10);
            if (digit < 0) {
                return ref;
            }
            value = value * (hex ? 16 : 10) + digit;
            if (value > Character.MAX_CODE_POINT) {
                return ref;
            }
        }
        if (value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE) {
            return ref;
        }
        return value < Character.MIN_SUPPLEMENTARY_CODE_POINT ? String.valueOf((char) value)
                : new String(Character.toChars(value));
    }
}
