package io.github.wirestory.internal;

import io.github.wirestory.model.Agency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The built-in agency table. Sources and conventions: {@code docs/datelines.md}. */
public final class AgencyData {
    private AgencyData() {}

    /**
     * @return the default agencies, in a stable order
     */
    public static List<Agency> agencies() {
        List<Agency> a = new ArrayList<>();
        add(a, "ap", "Associated Press", "US", false, "AP", "|The Associated Press");
        add(a, "reuters", "Reuters", "GB", false, "REUTERS", "|Thomson Reuters");
        add(a, "afp", "Agence France-Presse", "FR", false, "AFP", "|Agence France Presse|France-Presse");
        add(a, "upi", "United Press International", "US", false, "UPI", "|UPI.com");
        add(a, "bloomberg", "Bloomberg", "US", false, "", "|Bloomberg News");
        add(a, "yonhap", "Yonhap News Agency", "KR", false, "Yonhap", "");
        add(a, "xinhua", "Xinhua News Agency", "CN", true, "Xinhua", "|Xinhua News");
        add(a, "kcna", "Korean Central News Agency", "KP", true, "KCNA", "");
        add(a, "tass", "TASS", "RU", true, "ITAR-TASS", "|TASS Russian News Agency");
        add(a, "kyodo", "Kyodo News", "JP", false, "Kyodo", "");
        add(a, "cnn", "CNN", "US", false, "", "|Cable News Network");
        return List.copyOf(a);
    }

    /**
     * @param shortNames short names separated by {@code |}
     * @param aliases aliases separated by {@code |}, with a leading {@code |}
     */
    private static void add(List<Agency> list, String id, String name, String country, boolean state,
            String shortNames, String aliases) {
        list.add(new Agency(id, name, split(shortNames), split(aliases), Optional.of(country), state));
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split("\\|")) {
            if (!part.isBlank()) {
                out.add(part);
            }
        }
        return out;
    }
}
