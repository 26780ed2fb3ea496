package io.github.wirestory.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written name splitters give the pieces of the patterns they stand for. */
class NamePiecesTest {
    private static List<String> stripped(Iterable<String> pieces) {
        List<String> out = new ArrayList<>();
        for (String p : pieces) {
            String s = p.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static final String[] PARTS = {"By", "LISA", "Kim", "Tong-Hyung", "and", "AND", "und", "Und", "andy",
        "sand", "_and", "and_", "é", "and\u0301", "\u00e9and", "dpa", "AP", "/", "lno", ",", ";", "&", "|", "(", ")",
        "-", " ", "  ", "\t", "\n", "\u000B", "\u00a0", "x", "1", "and1", "2und"};

    @Test
    void theSplittersAgreeWithThePatternsOnGeneratedBylines() {
        Random r = new Random(11);
        int nullPieces = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(10); k > 0; k--) {
                sb.append(PARTS[r.nextInt(PARTS.length)]);
                if (r.nextBoolean()) {
                    sb.append(' ');
                }
            }
            String s = sb.toString();
            List<String> split = MetadataReader.splitPieces(s);
            if (split == null) {
                nullPieces++;
            } else {
                assertThat(stripped(split)).as(s).isEqualTo(stripped(List.of(MetadataReader.NAME_SPLIT.split(s))));
            }
            assertThat(stripped(MetadataReader.separatorPieces(s))).as(s)
                    .isEqualTo(stripped(List.of(MetadataReader.NAME_SEPARATORS.split(s))));
        }
        assertThat(nullPieces).isGreaterThan(0).isLessThan(30_000);
    }

    @Test
    void realBylineForms() {
        assertThat(MetadataReader.split("By JANE ROE, MARY ANNE DOE and JOHN POE Associated Press"))
                .containsExactly("By JANE ROE", "MARY ANNE DOE", "JOHN POE Associated Press");
        assertThat(MetadataReader.split("Anna Muster und Max Beispiel; dpa"))
                .containsExactly("Anna Muster", "Max Beispiel", "dpa");
        assertThat(MetadataReader.split("Sandy Andersen")).containsExactly("Sandy Andersen");
        assertThat(stripped(MetadataReader.separatorPieces("Kim Tong-Hyung, AP")))
                .containsExactly("Kim Tong-Hyung", "AP");
        assertThat(stripped(MetadataReader.separatorPieces("dpa/lno"))).containsExactly("dpa", "lno");
        assertThat(stripped(MetadataReader.separatorPieces("Reuters - and AFP"))).containsExactly("Reuters",
                "and AFP");
    }
}
