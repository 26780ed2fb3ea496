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
public final class UnicodeNormalizer implements Cleaner {
    /** The name recorded with removals. */
    public static final String NAME = "unicode";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String clean(String text, Removals removals) {
        Map<String, String> edits = new LinkedHashMap<>();
        String nfc = text;
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            nfc = nfcByLine(text, edits);
        }
        StringBuilder out = new StringBuilder(nfc.length());
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
                    edits.putIfAbsent(nfc.substring(pendingStart, i), "");
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
                    edits.putIfAbsent(nfc.substring(pendingStart, i), "");
                } else {
                    if (pendingSpaces > 1) {
                        edits.putIfAbsent(nfc.substring(pendingStart, i), " ");
                    }
                    out.append(' ');
                }
                pendingSpaces = 0;
            }
            lineHasContent = true;
            out.append(c);
        }
        if (pendingSpaces > 0) {
            edits.putIfAbsent(nfc.substring(pendingStart, n), "");
        }
        edits.forEach((from, to) -> {
            if (to.isEmpty()) {
                removals.removed(from);
            } else {
                removals.replaced(from, to);
            }
        });
        return out.length() == text.length() && edits.isEmpty() ? text : out.toString();
    }

    private static String nfcByLine(String text, Map<String, String> edits) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
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
