package tech.jobbot.domain.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Filler words and hedging in how an answer is said. Each occurrence is listed, so that the
 * score can weigh how often they come, not just whether they come.
 */
final class Delivery {
    /**
     * Candidate fillers; "you know", "i mean", "like", "sort of" and "kind of" are then judged by
     * what stands around them, since "I like SQL" and "what kind of tool" are not filler.
     */
    private static final Pattern FILLER = Pattern.compile(
            "\\b(?:u+m+|u+h+m*|e+r+m+|hm+|you know|basically|actually|literally|i mean|sort of|kind of|like"
                    + "|so yeah)\\b");
    /** Words before "kind of"/"sort of" that make it mean "type of". */
    private static final Set<String> DETERMINERS = Set.of("what", "this", "that", "the", "a", "any", "some",
            "every", "which", "same", "different", "one", "each", "all", "these", "those", "no", "other", "another",
            "new", "right", "wrong", "first", "only", "kind", "sort", "certain", "particular", "similar", "what's");
    private static final Set<String> FILLERS_AFTER_LIKE = Set.of("um", "uh", "so", "just", "really", "totally",
            "literally", "basically");
    private static final Pattern HEDGE = Pattern.compile("\\b(?:" + String.join("|",
            "i think",
            "i guess",
            "i suppose",
            "maybe",
            "probably",
            "perhaps",
            "possibly",
            "hopefully",
            "(?:(?:i'm|im|i am) )?not (?:really |totally |entirely |too |100% )?sure",
            "i(?:'m| am) not certain",
            "i feel like",
            "more or less") + ")\\b");

    private Delivery() {
    }

    static List<String> fillers(String folded) {
        List<String> out = new ArrayList<>();
        Matcher m = FILLER.matcher(folded);
        while (m.find()) {
            String filler = canonical(m.group());
            String before = folded.substring(Math.max(0, m.start() - 20), m.start());
            String after = folded.substring(m.end(), Math.min(folded.length(), m.end() + 20));
            if (isFiller(filler, before, after)) {
                out.add(filler);
            }
        }
        return out;
    }

    private static boolean isFiller(String filler, String before, String after) {
        boolean commaBefore = before.stripTrailing().endsWith(",");
        boolean pauseAfter = after.isBlank() || ",.!?;".indexOf(after.stripLeading().charAt(0)) >= 0;
        return switch (filler) {
            case "you know" -> commaBefore || pauseAfter;
            case "i mean" -> after.stripLeading().startsWith(",");
            case "like" -> after.stripLeading().startsWith(",")
                    || commaBefore && FILLERS_AFTER_LIKE.contains(firstWord(after));
            case "sort of", "kind of" -> !DETERMINERS.contains(lastWord(before));
            default -> true;
        };
    }

    private static String firstWord(String text) {
        String[] words = text.strip().split("[^\\p{L}']+");
        return words.length == 0 ? "" : words[0];
    }

    private static String lastWord(String text) {
        String[] words = text.strip().split("[^\\p{L}']+");
        return words.length == 0 ? "" : words[words.length - 1];
    }

    static List<String> hedges(String folded) {
        List<String> out = new ArrayList<>();
        Matcher m = HEDGE.matcher(folded);
        while (m.find()) {
            out.add(m.group().replaceAll("\\s+", " "));
        }
        return out;
    }

    /** "ummm" and "um" are the same filler. */
    private static String canonical(String filler) {
        String f = filler.replaceAll("\\s+", " ");
        if (f.matches("u+m+")) {
            return "um";
        }
        if (f.matches("u+h+m*")) {
            return "uh";
        }
        if (f.matches("e+r+m+")) {
            return "erm";
        }
        if (f.matches("hm+")) {
            return "hmm";
        }
        return f;
    }
}
