package tech.jobbot.domain.job;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the taxonomy's skills in free text (a posting, an answer) by their names and aliases,
 * matched as whole words, case-insensitively, longest name first so that "machine learning" is
 * not also read as "learning". Deterministic and thread-safe.
 */
public final class SkillExtractor {
    private final SkillTaxonomy taxonomy;
    private final List<Term> terms;

    public SkillExtractor(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
        Map<String, SkillId> byTerm = new HashMap<>();
        for (Skill skill : taxonomy.skills()) {
            byTerm.putIfAbsent(normalise(skill.name()), skill.id());
            for (String alias : skill.aliases()) {
                byTerm.putIfAbsent(normalise(alias), skill.id());
            }
        }
        List<Term> list = new ArrayList<>();
        byTerm.forEach((term, id) -> list.add(new Term(term, id)));
        list.sort(Comparator.comparingInt((Term t) -> t.text().length()).reversed().thenComparing(Term::text));
        this.terms = List.copyOf(list);
    }

    public SkillTaxonomy taxonomy() {
        return taxonomy;
    }

    /** Each skill mentioned, once, ordered by how often it is mentioned, then by first mention. */
    public List<SkillId> extract(String text) {
        List<Mention> mentions = mentions(text);
        Map<SkillId, int[]> stats = new LinkedHashMap<>();
        for (Mention m : mentions) {
            int[] s = stats.computeIfAbsent(m.skill(), k -> new int[] {0, m.start()});
            s[0]++;
        }
        return stats.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<SkillId, int[]> e) -> -e.getValue()[0])
                        .thenComparingInt(e -> e.getValue()[1]))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Every mention, in text order, without overlaps. */
    public List<Mention> mentions(String text) {
        String haystack = normalise(text);
        boolean[] taken = new boolean[haystack.length()];
        List<Mention> found = new ArrayList<>();
        for (Term term : terms) {
            int from = 0;
            while (true) {
                int at = haystack.indexOf(term.text(), from);
                if (at < 0) {
                    break;
                }
                int end = at + term.text().length();
                if (isBoundary(haystack, at - 1) && isBoundary(haystack, end) && free(taken, at, end)) {
                    for (int i = at; i < end; i++) {
                        taken[i] = true;
                    }
                    found.add(new Mention(term.skill(), at, end));
                }
                from = at + 1;
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBoundary(String s, int index) {
        if (index < 0 || index >= s.length()) {
            return true;
        }
        char c = s.charAt(index);
        return !Character.isLetterOrDigit(c) && c != '+' && c != '#';
    }

    /** Lower case, accents folded, so that "Résumé" and "resume" meet. Keeps length stable per char. */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** A mention of a skill at [start, end) of the normalised text. */
    public record Mention(SkillId skill, int start, int end) {
    }

    private record Term(String text, SkillId skill) {
    }
}
