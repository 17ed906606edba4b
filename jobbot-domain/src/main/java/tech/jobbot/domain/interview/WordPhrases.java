package tech.jobbot.domain.interview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many alternative phrases (regular expressions), each starting at a word boundary: the same
 * answer as {@code Pattern.compile("\\b(?:" + String.join("|", phrases) + ")").matcher(text).find()},
 * without trying every phrase at every boundary. At each boundary only the phrases that can start
 * with the character there are tried; which ones those are is worked out once per character by
 * asking each phrase whether that character alone could begin a match. Thread-safe.
 */
final class WordPhrases {
    private static final Pattern BOUNDARY = Pattern.compile("\\b");

    private final List<Pattern> phrases;
    private final Pattern whole;
    private final ConcurrentMap<Character, Optional<Pattern>> byFirstCharacter = new ConcurrentHashMap<>();

    private WordPhrases(List<String> phrases) {
        this.phrases = phrases.stream().map(Pattern::compile).toList();
        this.whole = alternation(phrases);
    }

    static WordPhrases of(String... phrases) {
        if (phrases.length == 0) {
            throw new IllegalArgumentException("no phrases");
        }
        return new WordPhrases(List.of(phrases));
    }

    /** The single pattern these phrases stand for (for comparison and for display). */
    Pattern asPattern() {
        return Pattern.compile("\\b" + whole.pattern());
    }

    /** Whether any phrase starts at a word boundary of {@code text}. */
    boolean in(String text) {
        Matcher boundaries = BOUNDARY.matcher(text);
        Map<Pattern, Matcher> matchers = new HashMap<>();
        while (boundaries.find()) {
            int at = boundaries.start();
            Optional<Pattern> candidates = at < text.length() ? startingWith(text.charAt(at)) : Optional.of(whole);
            if (candidates.isPresent()) {
                Matcher m = matchers.computeIfAbsent(candidates.get(),
                        p -> p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
                if (m.region(at, text.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private Optional<Pattern> startingWith(char c) {
        return byFirstCharacter.computeIfAbsent(c, this::candidates);
    }

    /**
     * The phrases a match could begin with {@code c}: those that match it alone or ran out of
     * input trying (so a longer text might match). A phrase that fails on {@code c} without
     * reaching the end cannot match anything starting with it.
     */
    private Optional<Pattern> candidates(char c) {
        String alone = String.valueOf(c);
        List<String> possible = new ArrayList<>();
        for (Pattern phrase : phrases) {
            Matcher m = phrase.matcher(alone);
            if (m.lookingAt() || m.hitEnd()) {
                possible.add(phrase.pattern());
            }
        }
        return possible.isEmpty() ? Optional.empty() : Optional.of(alternation(possible));
    }

    private static Pattern alternation(List<String> phrases) {
        return Pattern.compile("(?:" + String.join("|", phrases) + ")");
    }
}
