package tech.jobbot.adapters.web;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Pasted postings of any shape (HTML soup, broken and deeply nested JSON-LD, plain noise) are read
 * into a posting or refused with an IllegalArgumentException, never anything else, and quickly.
 */
class PostingReaderPropertiesTest {
    private static final JsoupJobPostingReader READER = new JsoupJobPostingReader();

    @Provide
    Arbitrary<String> postings() {
        Arbitrary<String> pieces = Arbitraries.of("<html>", "<body>", "<h1>Data Analyst</h1>", "<ul><li>SQL", "</li>",
                "<script type=\"application/ld+json\">", "</script>", "{\"@type\":\"JobPosting\",", "\"title\":",
                "\"Nurse\"", "}", "{", "[", "]", "\"description\":\"<b>Python</b>\"", "<!--", "-->", "&amp;", "&#0;",
                "\u0000", "<div>".repeat(50), "Requirements:", "- Excel", "\n", "<style>x{}</style>");
        return Arbitraries.oneOf(
                pieces.list().ofMaxSize(80).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(3_000),
                Arbitraries.integers().between(10, 2_000).map(n -> "<script type=\"application/ld+json\">"
                        + "[".repeat(n) + "]".repeat(n) + "</script>"));
    }

    @Property(tries = 300)
    void any_paste_is_read_or_refused_cleanly(@ForAll("postings") String pasted) {
        long start = System.nanoTime();
        try {
            assertNotNull(READER.read(pasted));
        } catch (IllegalArgumentException refused) {
            assertNotNull(refused.getMessage());
        }
        assertTrue(System.nanoTime() - start < 3_000_000_000L, "bounded time");
    }
}
