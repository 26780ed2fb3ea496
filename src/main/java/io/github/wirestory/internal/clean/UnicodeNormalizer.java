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
     * Whether the text needs none of this cleaner's edits, found without copying: no CR, no special space, no
     * invisible or control character, no leading, trailing or double space on a line, and only characters that
     * are always NFC. Most clean copy passes; anything else takes the full path. On a string, the space rules are
     * four searches the JDK runs fast ({@code "  "}, {@code " \n"}, {@code "\n "}, the ends), which leaves one
     * loop over the chars without a dependency from one char to the next.
     */
    static boolean isClean(CharSequence text) {
        if (text instanceof String) {
            return isClean((String) text);
        }
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

    /** {@link #isClean(CharSequence)} on a string: the same answer. */
    private static boolean isClean(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ' || text.indexOf("  ") >= 0
                || text.indexOf(" \n") >= 0 || text.indexOf("\n ") >= 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' : c >= 0x7F && (isSpace(c) || isInvisible(c) || !isNfcInert(c))) {
                return false;
            }
        }
        return true;
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
     * start), the General Punctuation dashes, quotes, bullets and ellipsis (U+2002 to U+206F; U+2000 and U+2001
     * decompose), and above them the chars of {@link #INERT}. A conservative test: the rest goes through
     * {@link Normalizer}.
     */
    static boolean isNfcInert(char c) {
        if (c < 0x300 || (c >= 0x2002 && c <= 0x206F)) {
            return true;
        }
        InertBlock block = INERT[c >>> 8];
        if (block == null) {
            block = InertBlock.of(c >>> 8);
            INERT[c >>> 8] = block; // a race makes the same block twice: harmless, its bits are final
        }
        return (block.bits[(c & 0xFF) >>> 6] & (1L << c)) != 0;
    }

    /**
     * For each block of 256 chars, once a char of it is asked about: which of them NFC never changes. A char
     * is counted only when it is a starter that is NFC alone (NFC_QC = Yes and combining class 0, as far as the
     * JDK's Unicode data tells without its internals): assigned, no surrogate, no mark (Mn, Mc, Me: every char of
     * a non-zero combining class, and every one that composes with the char before, is a mark, except the Hangul
     * vowel and final jamo, left out by range), and unchanged by NFC on its own (which leaves out the chars that
     * NFC replaces, such as U+212B ANGSTROM SIGN or the CJK compatibility ideographs). A text of such chars is
     * NFC by the quick check alone.
     */
    private static final InertBlock[] INERT = new InertBlock[256];

    /** One block of {@link #INERT}. */
    private static final class InertBlock {
        /** Bit {@code c & 0xFF} set when the block's char {@code c} is NFC-inert. */
        private final long[] bits;

        private InertBlock(long[] bits) {
            this.bits = bits;
        }

        static InertBlock of(int block) {
            long[] bits = new long[4];
            for (int k = 0; k < 256; k++) {
                char c = (char) (block << 8 | k);
                if (inert(c)) {
                    bits[k >>> 6] |= 1L << k;
                }
            }
            return new InertBlock(bits);
        }

        private static boolean inert(char c) {
            if (c < 0x300 || (c >= 0x2002 && c <= 0x206F)) {
                return true;
            }
            if (Character.isSurrogate(c) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0xA960 && c <= 0xA97F)
                    || (c >= 0xD7B0 && c <= 0xD7FF)) {
                return false; // Hangul jamo: the vowels and finals compose with the char before
            }
            int type = Character.getType(c);
            if (type == Character.UNASSIGNED || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                return false;
            }
            String alone = String.valueOf(c);
            return Normalizer.normalize(alone, Normalizer.Form.NFC).equals(alone)
                    && Normalizer.normalize(alone, Normalizer.Form.NFD).equals(alone);
        }
    }

    /** A char this cleaner keeps as it is: not a line break, space, invisible or control character. */
    static boolean isPlain(char c) {
        if (c < 0x7F) {
            return c > ' ';
        }
        if (c < 0x1680) {
            // Latin-1 letters up to Cyrillic, Greek, Arabic, ...: no space or invisible char but the soft hyphen
            return c > 0xA0 && c != 0xAD;
        }
        return !isSpace(c) && !isInvisible(c);
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
