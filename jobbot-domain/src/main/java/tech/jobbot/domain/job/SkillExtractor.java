package tech.jobbot.domain.job;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the taxonomy's skills in free text (a posting, an answer) by their names and aliases.
 *
 * <p>The text is cut into word tokens once; runs of tokens are then looked up in hash maps, so
 * the cost grows with the length of the text, not with the size of the taxonomy. Matching is:
 * <ul>
 * <li>whole words, case- and accent-insensitive, longest first at each position ("machine
 *     learning" is not also read as "learning"), left to right, without overlaps;</li>
 * <li>blind to the punctuation between words: "front-end", "front end" and, where the words are
 *     joined without a space, "frontend" meet; so do "Node.js", "node js" and "NodeJS";</li>
 * <li>aware of the symbols that make a name: "C++", "C#", ".NET", "R&amp;D" are tokens of their own;</li>
 * <li>tolerant of simple plurals ("APIs", "databases", "technologies"), of singulars of names
 *     written in the plural ("salary review" for "salary reviews") and of British -isation
 *     spellings ("optimisation");</li>
 * <li>strict for names that are also ordinary words (see {@link Skill#exactCase()} and
 *     {@link Skill#contextual()}): "Swift" counts, "swift response" does not; "Go" counts in
 *     "Python, Go or Rust" but not in "Go-to-market" or "Go live".</li>
 * </ul>
 * Deterministic and thread-safe: all state is built in the constructor and never changes.
 */
public final class SkillExtractor {
    /** How many tokens may stand between a contextual name and the skill that vouches for it. */
    private static final int CONTEXT_WINDOW = 3;

    private final SkillTaxonomy taxonomy;
    /** Terms by their tokens joined with single spaces ("node js"). */
    private final Map<String, Entry> bySpaced;
    /** Terms by their tokens joined with nothing ("nodejs"), for text written without spaces. */
    private final Map<String, Entry> byJoined;
    /** Every proper token-prefix of a spaced key ("machine" for "machine learning"). */
    private final Set<String> prefixes;
    private final int longestTerm;

    public SkillExtractor(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
        Map<String, Entry> spaced = new HashMap<>();
        Map<String, Entry> joined = new HashMap<>();
        Set<String> prefixSet = new HashSet<>();
        int longest = 1;
        List<Entry> variants = new ArrayList<>();
        // Written names first: a plural made up by the extractor must never shadow a real alias
        // of another skill ("SQLs" the leads, not the plural of SQL).
        for (Skill skill : taxonomy.skills()) {
            for (String term : skill.terms()) {
                List<Token> tokens = tokenize(term);
                if (tokens.isEmpty()) {
                    continue;
                }
                boolean contextual = skill.contextual().contains(term);
                boolean exact = contextual || skill.exactCase().contains(term);
                Entry entry = entry(skill.id(), tokens, term, exact, contextual);
                index(entry, spaced, joined, prefixSet);
                longest = Math.max(longest, entry.tokens());
                if (!exact) {
                    variants.addAll(inflections(skill.id(), tokens));
                }
            }
        }
        for (Entry variant : variants) {
            index(variant, spaced, joined, prefixSet);
        }
        this.bySpaced = Map.copyOf(spaced);
        this.byJoined = Map.copyOf(joined);
        this.prefixes = Set.copyOf(prefixSet);
        this.longestTerm = longest;
    }

    public SkillTaxonomy taxonomy() {
        return taxonomy;
    }

    /**
     * The key under which a name or alias is matched: two terms with the same key cannot be told
     * apart in text ("front-end" and "frontend", "Node.js" and "nodejs").
     */
    public static String matchKey(String term) {
        StringBuilder key = new StringBuilder();
        for (Token token : tokenize(term)) {
            key.append(token.folded());
        }
        return key.toString();
    }

    /** Each skill mentioned, once, ordered by how often it is mentioned, then by first mention. */
    public List<SkillId> extract(String text) {
        Map<SkillId, int[]> counts = new LinkedHashMap<>();
        for (Mention mention : mentions(text)) {
            counts.computeIfAbsent(mention.skill(), k -> new int[1])[0]++;
        }
        List<Map.Entry<SkillId, int[]>> ordered = new ArrayList<>(counts.entrySet());
        // A stable sort keeps first-mention order among equally frequent skills.
        ordered.sort(Comparator.comparingInt((Map.Entry<SkillId, int[]> e) -> -e.getValue()[0]));
        return ordered.stream().map(Map.Entry::getKey).toList();
    }

    /** Every mention, in text order, without overlaps; offsets are those of {@code text}. */
    public List<Mention> mentions(String text) {
        List<Token> tokens = tokenize(text);
        List<Found> found = scan(text, tokens);
        boolean anyContextual = false;
        for (Found f : found) {
            anyContextual |= f.entry().contextual();
        }
        List<Mention> mentions = new ArrayList<>(found.size());
        boolean[] accepted = anyContextual ? acceptContextual(text, tokens, found) : null;
        for (int i = 0; i < found.size(); i++) {
            if (accepted == null || accepted[i]) {
                Found f = found.get(i);
                mentions.add(new Mention(f.entry().skill(), tokens.get(f.from()).start(),
                        tokens.get(f.to() - 1).end()));
            }
        }
        return mentions;
    }

    private List<Found> scan(String text, List<Token> tokens) {
        List<Found> found = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            Entry best = null;
            int bestLength = 0;
            String spacedKey = tokens.get(i).folded();
            String joinedKey = spacedKey;
            boolean spacedAlive = true;
            boolean joinedAlive = true;
            int length = 1;
            while (true) {
                Entry hit = spacedAlive ? bySpaced.get(spacedKey) : null;
                if (hit != null && !hit.matches(text, tokens, i, length, false)) {
                    hit = null;
                }
                if (hit == null && joinedAlive) {
                    hit = byJoined.get(joinedKey);
                    if (hit != null && !hit.matches(text, tokens, i, length, true)) {
                        hit = null;
                    }
                }
                if (hit != null) {
                    best = hit;
                    bestLength = length;
                }
                // Joined forms may split into more tokens than the term has ("e-com-merce"): some slack.
                if (i + length >= n || length >= longestTerm + 2) {
                    break;
                }
                Token next = tokens.get(i + length);
                spacedAlive = spacedAlive && prefixes.contains(spacedKey);
                joinedAlive = joinedAlive && next.tightBefore();
                if (!spacedAlive && !joinedAlive) {
                    break;
                }
                if (spacedAlive) {
                    spacedKey = spacedKey + ' ' + next.folded();
                }
                if (joinedAlive) {
                    joinedKey = joinedKey + next.folded();
                }
                length++;
            }
            if (best != null) {
                found.add(new Found(best, i, i + bestLength));
                i += bestLength;
            } else {
                i++;
            }
        }
        return found;
    }

    /**
     * Keeps a contextual mention only when it is not glued to a word by a hyphen, dot or
     * apostrophe ("C-suite", "Go-live") and another kept mention stands within a few tokens in
     * the same sentence. One sweep each way lets lists like "R, Go and Python" vouch along the chain.
     */
    private static boolean[] acceptContextual(String text, List<Token> tokens, List<Found> found) {
        int count = found.size();
        boolean[] accepted = new boolean[count];
        boolean[] eligible = new boolean[count];
        for (int k = 0; k < count; k++) {
            Found f = found.get(k);
            accepted[k] = !f.entry().contextual();
            eligible[k] = !accepted[k] && !glued(text, tokens, f);
        }
        // sentences[i]: how many sentence ends lie before token i, so two tokens share a sentence
        // exactly when their counts are equal.
        int[] sentences = new int[tokens.size()];
        for (int i = 1; i < tokens.size(); i++) {
            boolean end = endsSentence(text, tokens.get(i - 1).end(), tokens.get(i).start());
            sentences[i] = sentences[i - 1] + (end ? 1 : 0);
        }
        int last = -1;
        for (int k = 0; k < count; k++) {
            Found f = found.get(k);
            if (!accepted[k] && eligible[k] && last >= 0 && vouches(found.get(last), f, sentences)) {
                accepted[k] = true;
            }
            if (accepted[k]) {
                last = k;
            }
        }
        int next = -1;
        for (int k = count - 1; k >= 0; k--) {
            Found f = found.get(k);
            if (!accepted[k] && eligible[k] && next >= 0 && vouches(f, found.get(next), sentences)) {
                accepted[k] = true;
            }
            if (accepted[k]) {
                next = k;
            }
        }
        return accepted;
    }

    /** Whether {@code earlier} and {@code later} stand close together in one sentence. */
    private static boolean vouches(Found earlier, Found later, int[] sentences) {
        return later.from() - earlier.to() <= CONTEXT_WINDOW
                && sentences[earlier.to() - 1] == sentences[later.from()];
    }

    /** A full stop, question or exclamation mark or semicolon followed by a space ends a sentence. */
    private static boolean endsSentence(String text, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == ';') && Character.isWhitespace(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean glued(String text, List<Token> tokens, Found f) {
        Token first = tokens.get(f.from());
        Token last = tokens.get(f.to() - 1);
        boolean before = f.from() > 0 && first.tightBefore()
                && hasGlue(text, tokens.get(f.from() - 1).end(), first.start());
        boolean after = f.to() < tokens.size() && tokens.get(f.to()).tightBefore()
                && hasGlue(text, last.end(), tokens.get(f.to()).start());
        return before || after;
    }

    private static boolean hasGlue(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '.' || c == '\'' || c == '\u2019' || c == '_') {
                return true;
            }
        }
        return false;
    }

    private static Entry entry(SkillId skill, List<Token> tokens, String term, boolean exact, boolean contextual) {
        StringBuilder spaced = new StringBuilder();
        StringBuilder joined = new StringBuilder();
        StringBuilder cased = new StringBuilder();
        for (Token token : tokens) {
            if (!spaced.isEmpty()) {
                spaced.append(' ');
                cased.append(' ');
            }
            spaced.append(token.folded());
            joined.append(token.folded());
            cased.append(token.cased(term));
        }
        return new Entry(skill, spaced.toString(), joined.toString(), tokens.size(),
                exact ? cased.toString() : null, contextual);
    }

    private static void index(Entry entry, Map<String, Entry> spaced, Map<String, Entry> joined,
            Set<String> prefixes) {
        spaced.putIfAbsent(entry.spaced(), entry);
        joined.putIfAbsent(entry.joined(), entry);
        String key = entry.spaced();
        for (int at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
            prefixes.add(key.substring(0, at));
        }
    }

    /**
     * Other numbers of the last word: plurals (api → apis, technology → technologies) and, for
     * names of several words, singulars ("salary reviews" → "salary review"). A single word is
     * not made singular: "vitals" or "budgets" would become ordinary words.
     */
    private static List<Entry> inflections(SkillId skill, List<Token> tokens) {
        String last = tokens.get(tokens.size() - 1).folded();
        if (last.length() < 2 || !last.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        List<String> forms = new ArrayList<>(2);
        forms.add(plural(last));
        String singular = tokens.size() > 1 ? singular(last) : null;
        if (singular != null) {
            forms.add(singular);
        }
        List<Entry> entries = new ArrayList<>(forms.size());
        for (String form : forms) {
            StringBuilder spaced = new StringBuilder();
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < tokens.size() - 1; i++) {
                spaced.append(tokens.get(i).folded()).append(' ');
                joined.append(tokens.get(i).folded());
            }
            spaced.append(form);
            joined.append(form);
            entries.add(new Entry(skill, spaced.toString(), joined.toString(), tokens.size(), null, false));
        }
        return entries;
    }

    private static String plural(String word) {
        char end = word.charAt(word.length() - 1);
        if (end == 'y' && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (end == 's' || end == 'x' || end == 'z' || word.endsWith("ch") || word.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }

    private static String singular(String word) {
        if (word.length() <= 3 || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us")
                || word.endsWith("is")) {
            return null;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }

    /**
     * Cuts text into word tokens: runs of letters and digits, with "++" or a short "#" suffix kept
     * (C++, C#), a leading dot kept when it starts a word (.NET), and an ampersand kept between
     * letters (R&amp;D, P&amp;L).
     */
    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int previousEnd = -1;
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            boolean dotWord = c == '.' && i + 1 < length && Character.isLetter(text.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (!Character.isLetterOrDigit(c) && !dotWord) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < length) {
                char ch = text.charAt(i);
                if (Character.isLetterOrDigit(ch)) {
                    i++;
                } else if (ch == '&' && i + 1 < length && Character.isLetterOrDigit(text.charAt(i + 1))
                        && Character.isLetterOrDigit(text.charAt(i - 1))) {
                    i++;
                } else {
                    break;
                }
            }
            if (i + 1 < length && text.charAt(i) == '+' && text.charAt(i + 1) == '+'
                    && (i + 2 == length || text.charAt(i + 2) != '+')) {
                i += 2;
            } else if (i < length && text.charAt(i) == '#' && i - start <= 2
                    && (i + 1 == length || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                i++;
            }
            boolean tight = previousEnd >= 0 && start - previousEnd <= 2 && noSpace(text, previousEnd, start);
            tokens.add(new Token(start, i, fold(text, start, i), tight));
            previousEnd = i;
        }
        return tokens;
    }

    private static boolean noSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, accents removed, British -isation as -ization: "Résumé" → "resume". */
    private static String fold(String text, int from, int to) {
        String folded = stripAccents(text, from, to).toLowerCase(Locale.ROOT);
        return folded.contains("isation") ? folded.replace("isation", "ization") : folded;
    }

    private static String stripAccents(String text, int from, int to) {
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        String raw = text.substring(from, to);
        if (ascii) {
            return raw;
        }
        String decomposed = Normalizer.normalize(raw, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A mention of a skill at [start, end) of the text it was found in. */
    public record Mention(SkillId skill, int start, int end) {
    }

    /** A word of the text at [start, end); {@code tightBefore}: joined to the previous word without a space. */
    record Token(int start, int end, String folded, boolean tightBefore) {
        /** The token as written, accents removed but case kept. */
        String cased(String text) {
            return stripAccents(text, start, end);
        }
    }

    /**
     * A way of writing a skill. {@code cased} is set when only that exact spelling counts;
     * {@code contextual} when it also needs another skill nearby.
     */
    private record Entry(SkillId skill, String spaced, String joined, int tokens, String cased, boolean contextual) {
        boolean matches(String text, List<Token> all, int from, int length, boolean joinedForm) {
            if (cased == null) {
                return true;
            }
            StringBuilder written = new StringBuilder();
            for (int i = from; i < from + length; i++) {
                if (!written.isEmpty() && !joinedForm) {
                    written.append(' ');
                }
                written.append(all.get(i).cased(text));
            }
            String expected = joinedForm ? cased.replace(" ", "") : cased;
            return expected.contentEquals(written);
        }
    }

    private record Found(Entry entry, int from, int to) {
    }
}
