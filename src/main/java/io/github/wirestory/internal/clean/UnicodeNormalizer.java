package io.github.wirestory.internal.clean;

import io.github.wirestory.clean.Cleaner;
import io.github.wirestory.clean.Removals;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Unicode and white-space normalisation in one linear pass: CRLF and CR become LF; text is put in NFC;
 * no-break, typographic and ideographic spaces and tabs become plain spaces; zero-width spaces, word joiners,
 * byte-order marks, soft hyphens and control characters are dropped; runs of spaces collapse to one; lines
 * are stripped of leading and trailing spaces.
 *
 * <p>These edits are reported once per distinct change (for example one report for every no-break space
 * turned into a space), not once per occurrence. Lines changed by NFC are reported whole.
 */
public final class UnicodeNormalizer implements Cleaner, BufferCleaner {
    /** The name recorded with removals. */
    public static final String NAME = "unicode";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String clean(String text, Removals removals) {
        if (isClean(text)) {
            return text;
        }
        return BufferCleaner.cleanString(this, text, Reuse.builder(text.length(), Reuse.hasWide(text)), removals);
    }

    @Override
    public boolean mayChange(CharSequence text) {
        return !isClean(text);
    }

    @Override
    public boolean clean(CharSequence input, StringBuilder out, Removals removals) {
        CharSequence text = input; // read in place: a builder from the cleaner before is not copied
        if (isClean(text)) {
            return false;
        }
        Reuse.reserve(out, text, c -> !isSpace((char) c) && !isInvisible((char) c));
        Map<String, String> edits = new LinkedHashMap<>();
        CharSequence nfc = text;
        if (mayNeedNfc(nfc) && !Normalizer.isNormalized(nfc, Normalizer.Form.NFC)) {
            nfc = nfcByLine(nfc, edits);
        }
        int n = nfc.length();
        int pendingSpaces = 0; // spaces seen since the last non-space on this line
        int pendingStart = -1;
        boolean lineHasContent = false;
        for (int i = 0; i < n; i++) {
            char c = nfc.charAt(i);
            if (c == '\r') {
                boolean crlf = i + 1 < n && nfc.charAt(i + 1) == '\n';
                edits.putIfAbsent(crlf ? "\r\n" : "\r", "\n");
                if (crlf) {
                    i++;
                }
                c = '\n';
            }
            if (c == '\n') {
                if (pendingSpaces > 0) {
                    edits.putIfAbsent(nfc.subSequence(pendingStart, i).toString(), "");
                }
                pendingSpaces = 0;
                lineHasContent = false;
                out.append('\n');
                continue;
            }
            if (isSpace(c)) {
                if (c != ' ') {
                    edits.putIfAbsent(String.valueOf(c), " ");
                }
                if (pendingSpaces == 0) {
                    pendingStart = i;
                }
                pendingSpaces++;
                continue;
            }
            if (isInvisible(c)) {
                edits.putIfAbsent(String.valueOf(c), "");
                continue;
            }
            if (pendingSpaces > 0) {
                if (!lineHasContent) {
                    edits.putIfAbsent(nfc.subSequence(pendingStart, i).toString(), "");
                } else {
                    if (pendingSpaces > 1) {
                        edits.putIfAbsent(nfc.subSequence(pendingStart, i).toString(), " ");
                    }
                    out.append(' ');
                }
                pendingSpaces = 0;
            }
            // c is plain: copy the whole run of plain chars and single spaces between them at once
            int j = i + 1;
            while (j < n) {
                char d = nfc.charAt(j);
                if (isPlain(d)) {
                    j++;
                } else if (d == ' ' && j + 1 < n && isPlain(nfc.charAt(j + 1))) {
                    j += 2;
                } else {
                    break;
                }
            }
            lineHasContent = true;
            out.append(nfc, i, j);
            i = j - 1;
        }
        if (pendingSpaces > 0) {
            edits.putIfAbsent(nfc.subSequence(pendingStart, n).toString(), "");
        }
        edits.forEach((from, to) -> {
            if (to.isEmpty()) {
                removals.removed(from);
            } else {
                removals.replaced(from, to);
            }
        });
        return !(out.length() == text.length() && edits.isEmpty());
    }


    private static String nfcByLine(CharSequence text, Map<String, String> edits) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int nl = BulletCleaner.indexOf(text, '\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.subSequence(start, end).toString();
            if (Normalizer.isNormalized(line, Normalizer.Form.NFC)) {
                out.append(line);
            } else {
                String normal = Normalizer.normalize(line, Normalizer.Form.NFC);
                edits.put(line, normal);
                out.append(normal);
            }
            if (nl < 0) {
                break;
            }
            out.append('\n');
            start = nl + 1;
        }
        return out.toString();
    }

    /**
     * Whether the text needs none of this cleaner's edits, found in one pass without copying: no CR, no
     * special space, no invisible or control character, no leading, trailing or double space on a line, and
     * only characters that are always NFC. Most clean copy passes; anything else takes the full path.
     */
    static boolean isClean(CharSequence text) {
        char prev = '\n';
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (prev == ' ' || prev == '\n') {
                    return false;
                }
            } else if (c == '\n') {
                if (prev == ' ') {
                    return false;
                }
            } else if (c < 0x20 || (c >= 0x7F && (isSpace(c) || isInvisible(c) || !isNfcInert(c)))) {
                return false;
            }
            prev = c;
        }
        return prev != ' ';
    }

    /** Whether some character of the text might take part in NFC normalisation. */
    private static boolean mayNeedNfc(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (!isNfcInert(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Characters that NFC never changes, whatever surrounds them: everything below U+0300 (where combining marks
     * start) and the General Punctuation dashes, quotes, bullets and ellipsis (U+2002 to U+206F; U+2000 and
     * U+2001 decompose). A conservative fast path: the rest goes through {@link Normalizer}.
     */
    static boolean isNfcInert(char c) {
        return c < 0x300 || (c >= 0x2002 && c <= 0x206F);
    }

    /** A char this cleaner keeps as it is: not a line break, space, invisible or control character. */
    private static boolean isPlain(char c) {
        return (c > ' ' && c < 0x7F) || (c > 0xA0 && !isSpace(c) && !isInvisible(c));
    }

    /** Horizontal white space that should read as one plain space. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A')
                || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\u000B' || c == '\u000C'
                || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /** Characters that carry nothing visible in news copy. */
    static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || (c < 0x20 && c != '\n') || c == 0x7F || (c >= 0x80 && c < 0xA0 && c != 0x85);
    }
}
