package io.github.wirestory.internal.html;

import java.text.Normalizer;
import java.util.Locale;
import org.jsoup.parser.Parser;

/** Small string helpers for page text. */
final class Text {
    private Text() {}

    /** White space (including no-break and zero-width spaces) collapsed to single spaces, stripped. */
    static String collapse(String s) {
        if (isCollapsed(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x7F) { // printable ASCII: kept
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
                continue;
            }
            if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff' || c == '\u00ad') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether {@link #collapse} would return the string unchanged: no other white space than single spaces between words. */
    private static boolean isCollapsed(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        char prev = 'x';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x7F) {
                prev = c;
            } else if (c == ' ' && prev != ' ') {
                prev = c;
            } else if (c > 0x7F && c != '\u200b' && c != '\u200c' && c != '\u200d' && c != '\ufeff'
                    && c != '\u00ad' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                prev = c;
            } else {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c} is what {@code \\s} matches in a pattern without the Unicode flag: space, tab, line breaks. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * A char above ASCII that {@link #key} only reads as a word break whatever surrounds it: no letter or digit, no
     * case mapping, left as is by NFC ({@link #surelyNfc}). Latin-1 punctuation (no-break space, guillemets,
     * copyright sign), general punctuation (dashes, curly quotes, ellipsis) and currency signs.
     */
    static boolean isKeySeparator(char c) {
        return c < 0xC0 && !Character.isLetterOrDigit(c) || c >= 0x2002 && c <= 0x206F || c >= 0x20A0 && c <= 0x20CF;
    }

    /**
     * {@link #key} of ASCII text, which may also hold {@link #isKeySeparator} chars (NFC leaves it as is,
     * lower-casing maps A-Z only); null for other text.
     */
    private static String asciiKey(String s) {
        byte[] out = new byte[s.length()];
        int len = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (isKeySeparator(c)) {
                    space = true;
                    continue;
                }
                return null;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (space && len > 0) {
                    out[len++] = ' ';
                }
                space = false;
                out[len++] = (byte) c;
            } else {
                space = true;
            }
        }
        return new String(out, 0, len, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * How {@link #key} reads {@code s}: -1 when not on its ASCII path (a char that is neither ASCII nor a
     * {@link #isKeySeparator}), else 0 when the key is empty (no ASCII letter or digit) and 1 when it is not.
     */
    static int asciiKeyShape(String s) {
        int shape = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (!isKeySeparator(c)) {
                    return -1;
                }
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                shape = 1;
            }
        }
        return shape;
    }

    /**
     * {@code key(s).equals(k)} for a string on the ASCII path ({@link #asciiKeyShape} not -1), compared as the key
     * is made, without making it: most comparisons end at the first chars.
     */
    static boolean asciiKeyEquals(String s, String k) {
        int j = 0; // the key's length so far
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (space && j > 0) {
                    if (j >= k.length() || k.charAt(j) != ' ') {
                        return false;
                    }
                    j++;
                }
                space = false;
                if (j >= k.length() || k.charAt(j) != c) {
                    return false;
                }
                j++;
            } else {
                space = true; // other ASCII or a key separator
            }
        }
        return j == k.length();
    }

    /** HTML character references decoded, when the string has any. */
    static String unescape(String s) {
        return s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, false);
    }

    /**
     * Whether NFC leaves the string as it is, known from its chars alone: every char is below U+0300, general
     * punctuation from U+2002 to U+206F (dashes, curly quotes, ellipsis) or a currency sign from U+20A0 to
     * U+20CF. Each of those is NFC_Quick_Check=Yes with combining class 0 and never the second part of a
     * composition, so no string of them is changed by NFC. False means only that {@link Normalizer} must tell.
     */
    static boolean surelyNfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x300 && !(c >= 0x2002 && c <= 0x206F || c >= 0x20A0 && c <= 0x20CF)) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case letters and digits only, single-spaced, NFC: for comparing titles and names. */
    static String key(String s) {
        String ascii = asciiKey(s);
        if (ascii != null) {
            return ascii;
        }
        String n = (surelyNfc(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            } else {
                space = true;
            }
        }
        return sb.toString();
    }
}
