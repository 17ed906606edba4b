package tech.jobbot.domain.interview;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text primitives shared by the analyzer, the composer and the report: sentences, words, stems
 * and the word lists the rules need. Every function is pure and deterministic. Scanning is done
 * by hand rather than with repeating regular-expression groups, so that no input, however long
 * or odd, can exhaust the stack.
 */
final class AnswerText {
    private static final String TERMINATORS = ".!?…";
    private static final String CLOSERS = ".!?…\"')]”’»";
    /** Words whose trailing full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "eg", "ie", "dr", "mr", "mrs", "ms", "prof",
            "vs", "approx", "inc", "ltd", "co", "st", "jr", "sr", "dept", "fig", "u.s", "u.k", "a.m", "p.m", "no",
            "cf", "al", "ca", "est");

    /**
     * Function words and words too common to tell anything about topic or specifics. Apostrophes
     * are removed before lookup, so "don't" is listed as "dont".
     */
    static final Set<String> STOP = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "almost", "also", "always", "am", "an", "and",
            "any", "anyone", "anything", "are", "around", "as", "at", "away", "back", "be", "because", "been",
            "before", "being", "below", "between", "both", "but", "by", "can", "cant", "cannot", "could", "couldnt",
            "did", "didnt", "do", "does", "doesnt", "doing", "done", "dont", "down", "during", "each", "either",
            "else", "enough", "etc", "even", "ever", "every", "everyone", "everything", "few", "first", "for",
            "from", "further", "get", "gets", "getting", "got", "had", "hadnt", "has", "hasnt", "have", "havent",
            "having", "he", "hed", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i",
            "id", "if", "ill", "im", "in", "into", "is", "isnt", "it", "its", "itself", "ive", "just", "last",
            "later", "least", "less", "let", "lets", "like", "lot", "lots", "made", "make", "makes", "many", "may",
            "me", "might", "mine", "more", "most", "much", "must", "my", "myself", "never", "new", "next", "no",
            "nor", "not", "now", "of", "off", "often", "ok", "okay", "on", "once", "one", "only", "onto", "or",
            "other", "others", "our", "ours", "ourselves", "out", "over", "own", "per", "quite", "rather", "really",
            "same", "she", "should", "shouldnt", "since", "so", "some", "someone", "something", "sometimes", "still",
            "such", "than", "that", "thats", "the", "their", "theirs", "them", "themselves", "then", "there",
            "theres", "these", "they", "theyre", "thing", "things", "this", "those", "though", "through", "thus",
            "to", "too", "under", "until", "up", "upon", "us", "use", "used", "using", "very", "via", "was",
            "wasnt", "way", "we", "wed", "well", "went", "were", "werent", "weve", "what", "whatever", "when",
            "where", "whether", "which", "while", "who", "whole", "whom", "whose", "why", "will", "with",
            "within", "without", "wont", "would", "wouldnt", "yes", "yet", "you", "youd", "youll", "your",
            "youre", "yours", "yourself", "youve", "go", "going", "goes", "take", "took", "taken", "put", "say",
            "said", "know", "think", "want", "need", "try", "tried", "keep", "kept", "sure", "good", "great",
            "able", "along", "already", "another", "anyway", "became", "become", "behind", "beside", "besides",
            "came", "come", "comes", "eventually", "finally", "gave", "give", "given", "gone", "hi", "hello",
            "maybe", "probably", "perhaps", "actually", "basically", "literally", "honestly", "um", "uh", "erm",
            "hmm", "yeah", "oh", "whats", "theyve", "theyll", "shes", "hes", "mostly", "gotten", "bit");

    /**
     * Words of the interview frame rather than of its topic ("tell me about a time you...") that
     * say nothing about relevance when an answer repeats them.
     */
    static final Set<String> FRAME = stems("tell", "describe", "time", "times", "example", "share", "explain",
            "talk", "walk", "situation", "question", "discuss", "recall", "instance", "moment", "occasion",
            "imagine", "suppose", "happen", "handle", "approach", "deal", "work", "role", "join", "interest",
            "strong", "experience", "skill", "ability", "year", "good", "comfortable", "ideally", "team");

    private AnswerText() {
    }

    /**
     * The sentences of a text, each an exact, trimmed substring of it, in order. A sentence ends
     * at a terminator followed by white space (not after a known abbreviation) or at a line break,
     * so bullet lists and lower-case typing are split too.
     */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                addTrimmed(text, start, i, out);
                start = i + 1;
                i++;
            } else if (TERMINATORS.indexOf(c) >= 0) {
                int end = i + 1;
                while (end < length && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                boolean atBreak = end == length || Character.isWhitespace(text.charAt(end));
                if (atBreak && !(c == '.' && isAbbreviation(text, start, i))) {
                    addTrimmed(text, start, end, out);
                    start = end;
                }
                i = end;
            } else {
                i++;
            }
        }
        addTrimmed(text, start, length, out);
        return out;
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int from = dot;
        while (from > sentenceStart && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        return ABBREVIATIONS.contains(text.substring(from, dot).toLowerCase(Locale.ROOT));
    }

    private static void addTrimmed(String text, int from, int to, List<String> out) {
        int a = from;
        int b = to;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        for (int k = a; k < b; k++) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                out.add(text.substring(a, b));
                return;
            }
        }
    }

    /** A word as written and where it starts in the text it came from. */
    record Word(String text, int start) {
        int end() {
            return start + text.length();
        }
    }

    /**
     * The words of a text as written (case kept), with inner apostrophes and hyphens, and numbers
     * with their separators.
     */
    static List<Word> wordsAt(String text) {
        List<Word> out = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i++;
                } else if ((c == '\'' || c == '’' || c == '-') && i + 1 < length
                        && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i += 2;
                } else if ((c == ',' || c == '.') && i + 1 < length && Character.isDigit(text.charAt(i - 1))
                        && Character.isDigit(text.charAt(i + 1))) {
                    // "2,000" and "3.5" are one number each.
                    i += 2;
                } else {
                    break;
                }
            }
            out.add(new Word(text.substring(start, i), start));
        }
        return out;
    }

    static List<String> words(String text) {
        return wordsAt(text).stream().map(Word::text).toList();
    }

    /** Lower case, accents folded, typographic apostrophes made plain: the form rules match on. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == '’' || c == '‘' ? '\'' : c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** A folded word without apostrophes: the key for the word lists. */
    static String key(String word) {
        return fold(word).replace("'", "");
    }

    /**
     * A light suffix-stripping stem, applied the same way to both sides of every comparison so
     * that "indexes"/"index" and "optimised"/"optimization" meet. It is not a linguistic stemmer:
     * it only has to be consistent.
     */
    static String stem(String folded) {
        String w = folded.endsWith("'s") ? folded.substring(0, folded.length() - 2) : folded;
        w = w.replace("'", "");
        w = w.replace("isation", "ization").replace("ising", "izing").replace("ised", "ized").replace("ise", "ize")
                .replace("yse", "yze");
        if (w.length() > 7 && w.endsWith("ations")) {
            w = w.substring(0, w.length() - 6);
        } else if (w.length() > 6 && w.endsWith("ation")) {
            w = w.substring(0, w.length() - 5);
        } else if (w.length() > 5 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 5 && w.endsWith("ing")) {
            w = w.substring(0, w.length() - 3);
        } else if (w.length() > 4 && w.endsWith("ed")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")
                || w.endsWith("sses") || w.endsWith("zes"))) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
                && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 5 && w.endsWith("ly")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && !isVowel(w.charAt(n - 1)) && w.charAt(n - 1) != 'l'
                && w.charAt(n - 1) != 's') {
            w = w.substring(0, n - 1);
        }
        return w;
    }

    /** Stems of the topic-bearing words of a text: no function words, no bare numbers. */
    static Set<String> contentStems(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Word word : wordsAt(text)) {
            String key = key(word.text());
            if (key.length() < 2 || STOP.contains(key) || !hasLetter(key)) {
                continue;
            }
            out.add(stem(fold(word.text())));
        }
        return out;
    }

    static Set<String> stems(String... words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            out.add(stem(fold(w)));
        }
        return Set.copyOf(out);
    }

    static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An acronym or code as written: no lower case, and two capitals ("SBAR", "CSAT") or a
     * capital with a digit ("Q3", "GA4").
     */
    static boolean isAcronym(String word) {
        int upper = 0;
        boolean digit = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            upper += Character.isUpperCase(c) ? 1 : 0;
            digit |= Character.isDigit(c);
        }
        return word.length() <= 8 && (upper >= 2 || upper == 1 && digit);
    }

    static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** A quote of at most {@code max} characters: the text itself, or its longest prefix ending at a word. */
    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max;
        while (cut > max / 2 && !Character.isWhitespace(text.charAt(cut))) {
            cut--;
        }
        if (cut == max / 2) {
            return text.substring(0, max);
        }
        int end = cut;
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || ",;:".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, Math.max(end, 1));
    }

    /** Does the folded text contain the folded phrase as whole words? */
    static boolean containsPhrase(String foldedText, String foldedPhrase) {
        if (foldedPhrase.isEmpty()) {
            return false;
        }
        int from = 0;
        while (true) {
            int at = foldedText.indexOf(foldedPhrase, from);
            if (at < 0) {
                return false;
            }
            int end = at + foldedPhrase.length();
            boolean before = at == 0 || !Character.isLetterOrDigit(foldedText.charAt(at - 1));
            boolean after = end >= foldedText.length() || !Character.isLetterOrDigit(foldedText.charAt(end));
            if (before && after) {
                return true;
            }
            from = at + 1;
        }
    }
}
