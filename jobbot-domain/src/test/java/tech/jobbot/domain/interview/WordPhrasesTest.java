package tech.jobbot.domain.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link WordPhrases} must answer exactly as the single alternation it replaces: checked on texts
 * made of the phrases' own words (so that near-misses and real matches are common), numbers,
 * currency, apostrophes and punctuation, for every phrase set the STAR detection uses.
 */
class WordPhrasesTest {
    private static final Map<String, WordPhrases> SETS = Star.phraseSets();
    private static final List<String> WORDS = words();

    private static List<String> words() {
        TreeSet<String> words = new TreeSet<>();
        Matcher m = Pattern.compile("[a-z']+").matcher("");
        for (WordPhrases set : SETS.values()) {
            m.reset(set.asPattern().pattern());
            while (m.find()) {
                words.add(m.group());
            }
        }
        words.addAll(List.of("20", "3.5", "12,000", "$40", "€5", "2x", "10%", "i've", "we'd", "it's", "x",
                "project", "team", "week", "zebra", "ok"));
        return new ArrayList<>(words);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.of(WORDS);
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", ", ", ". ", "; ", "-", "'", " $", "\n");
        return Arbitraries.integers().between(1, 30).flatMap(n -> Combinators.combine(word.list().ofSize(n),
                separator.list().ofSize(n)).as((ws, seps) -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < n; i++) {
                        text.append(ws.get(i)).append(seps.get(i));
                    }
                    return text.toString().strip();
                }));
    }

    @Property(tries = 3000)
    void every_phrase_set_answers_as_its_single_alternation(@ForAll("texts") String text) {
        for (Map.Entry<String, WordPhrases> set : SETS.entrySet()) {
            assertEquals(set.getValue().asPattern().matcher(text).find(), set.getValue().in(text),
                    set.getKey() + " on \"" + text + "\"");
        }
    }

    @Test
    void finds_phrases_at_word_boundaries_only() {
        WordPhrases phrases = WordPhrases.of("led to\\b", "'ve (?:spent|been)\\b", "\\d+ times faster\\b");
        assertTrue(phrases.in("which led to a fix"));
        assertFalse(phrases.in("which misled to a fix"), "inside a word");
        assertTrue(phrases.in("i've been there"), "a phrase that starts with an apostrophe, after a word");
        assertTrue(phrases.in("it ran 3 times faster"));
        assertFalse(phrases.in("it ran 3 times fasterish"), "the phrase's own \\b still holds");
        assertFalse(phrases.in(""));
    }
}
