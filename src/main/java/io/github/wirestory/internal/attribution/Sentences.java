package io.github.wirestory.internal.attribution;

import java.util.List;
import java.util.Set;

/**
 * Splits a unit's tokens into sentences in one pass. A sentence ends at {@code .}, {@code ?}, {@code !} or an
 * ellipsis outside quotes, followed by a capitalised word, a digit or an opening quote; or at a closing quote
 * whose words end with such a mark and which is followed by a capitalised word. Abbreviations ({@code Mr.},
 * {@code Gen.}, {@code Jan.}, {@code U.S.}) and initials do not end sentences.
 */
final class Sentences {
    static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj",
            "capt", "sgt", "cpl", "adm", "cmdr", "sen", "rep", "gov", "pres", "prof", "st", "jr", "sr", "inc",
            "corp", "co", "ltd", "no", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
            "vs", "u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "etc", "rev", "mt", "ft", "atty", "supt",
            "vol", "fig", "approx", "est", "dept", "univ", "assn", "bros", "d.c");

    private Sentences() {}

    /**
     * Sentence token ranges {@code [from, to)}. Inside an extraction the list and its ranges are reused: valid
     * until the next call on the thread ({@link Tok#sentenceRanges(List)}).
     */
    static List<int[]> split(List<Tok> toks) {
        List<int[]> out = Tok.sentenceRanges(toks);
        int from = 0;
        // the unit's tokens that may end a sentence, when the tokenizer noted them: every other token is skipped
        int[] stops = Tok.stops(out);
        for (int q = 0, t = stops == null ? 0 : stops[0]; t >= 0 && t < toks.size();
                t = stops == null ? t + 1 : stops[++q]) {
            Tok k = toks.get(t);
            if (k.word || t + 1 >= toks.size()) {
                continue;
            }
            char c = k.first;
            boolean end;
            if (!k.quoted && (c == '.' || c == '?' || c == '!' || c == '\u2026')) {
                end = c != '.' || !abbreviation(toks, t);
                // a closing quote right after the stop belongs to this sentence
            } else if (isQuoteMark(c) && t > 0 && !toks.get(t - 1).word) {
                char p = toks.get(t - 1).first;
                end = p == '.' || p == '?' || p == '!' || p == '\u2026';
            } else {
                continue;
            }
            if (!end) {
                continue;
            }
            Tok n = toks.get(t + 1);
            if (!k.quoted && isQuoteMark(n.first) && !n.word && closesQuote(toks, t + 1)) {
                continue; // the stop is inside the quote's last words; the closing mark decides
            }
            boolean startsNew = n.word ? n.isCapitalized() : isQuoteMark(n.first) || n.first == '(';
            if (startsNew && !(n.word && n.first >= 'a' && n.first <= 'z')) {
                out.add(Tok.range(out, from, t + 1));
                from = t + 1;
            }
        }
        if (from < toks.size()) {
            out.add(Tok.range(out, from, toks.size()));
        }
        return out;
    }

    private static boolean closesQuote(List<Tok> toks, int t) {
        return t > 0 && toks.get(t - 1).quoted;
    }

    private static boolean abbreviation(List<Tok> toks, int t) {
        if (t == 0 || !toks.get(t - 1).word || toks.get(t - 1).end != toks.get(t).begin) {
            return false;
        }
        Tok w = toks.get(t - 1);
        if (w.rawLength() == 1 && Character.isUpperCase(w.first)) {
            return true; // an initial
        }
        return w.has(Tok.ABBREVIATION) && !(w.normLength() == 1); // ABBREVIATIONS.contains(w.norm())
    }

    static boolean isQuoteMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB'
                || c == '\u2039' || c == '\u203A' || c == '\u300C' || c == '\u300D' || c == '\u300E'
                || c == '\u300F' || c == '\u2018' || c == '\u2019' || c == '\'';
    }
}
