package io.github.wirestory.internal;

import io.github.wirestory.model.Agency;
import java.util.List;
import java.util.Locale;

/** How an agency's name is written. Stateless. */
public final class AgencyNames {
    private AgencyNames() {}

    /**
     * Whether {@code s} is one of the agency's names as registered or in capitals
     * ({@code name.toUpperCase(Locale.ROOT)}): "AFP", "Jiji" or "JIJI", not "Map" for MAP. The names are read
     * in place (no {@link Agency#allNames()} list, no upper-cased copy of an ASCII name).
     *
     * @param s a name as written
     * @param a the agency
     * @return whether it is spelled so
     */
    public static boolean spelledAsRegistered(String s, Agency a) {
        if (spelledAs(s, a.name())) {
            return true;
        }
        List<String> shortNames = a.shortNames();
        for (int i = 0; i < shortNames.size(); i++) {
            if (spelledAs(s, shortNames.get(i))) {
                return true;
            }
        }
        List<String> aliases = a.aliases();
        for (int i = 0; i < aliases.size(); i++) {
            if (spelledAs(s, aliases.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean spelledAs(String s, String n) {
        return n.equals(s) || upperEquals(n, s);
    }

    /** {@code name.toUpperCase(Locale.ROOT).equals(s)}, without a copy for ASCII names. */
    private static boolean upperEquals(String name, String s) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return name.toUpperCase(Locale.ROOT).equals(s);
            }
        }
        if (name.length() != s.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ((c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
