package tech.jobbot.adapters.embedded;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tech.jobbot.domain.interview.Competency;
import tech.jobbot.domain.interview.QuestionKind;

/**
 * One question of the bank with gaps to fill from the job.
 *
 * @param family       a role family of {@link RoleFamilies#ALL}, or {@link RoleFamilies#ANY}
 * @param placeholders the gaps in {@code text}
 */
record QuestionTemplate(QuestionKind kind, Competency competency, String family, String text,
        Set<Placeholder> placeholders) {
    static final int MAX_TEXT = 400;

    private static final Pattern GAP = Pattern.compile("\\{[^{}]*}");
    // "a {title}" becomes "a Account Executive": the article cannot agree with a word we do not know.
    private static final Pattern ARTICLE_BEFORE_GAP = Pattern.compile("(?i)(^|\\s)an? \\{");

    QuestionTemplate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(text, "text");
        placeholders = Set.copyOf(placeholders);
        if (!family.equals(RoleFamilies.ANY) && !RoleFamilies.ALL.contains(family)) {
            throw new IllegalArgumentException("unknown role family '" + family + "'");
        }
        if (text.isBlank() || text.length() > MAX_TEXT || text.contains("\t")) {
            throw new IllegalArgumentException("template text must be 1 to " + MAX_TEXT + " characters on one line");
        }
        if (!text.endsWith("?") && !text.endsWith(".")) {
            throw new IllegalArgumentException("template must end with '?' or '.'");
        }
        if (!placeholders.equals(gapsOf(text))) {
            throw new IllegalArgumentException("placeholders do not match the text");
        }
        if (placeholders.stream().noneMatch(Placeholder::jobSpecific)) {
            throw new IllegalArgumentException("template must name something of the job");
        }
        if (placeholders.contains(Placeholder.SKILL2) && !placeholders.contains(Placeholder.SKILL)) {
            throw new IllegalArgumentException("{skill2} needs {skill}");
        }
        if (ARTICLE_BEFORE_GAP.matcher(text).find()) {
            throw new IllegalArgumentException("no 'a'/'an' before a placeholder");
        }
    }

    static QuestionTemplate of(QuestionKind kind, Competency competency, String family, String text) {
        return new QuestionTemplate(kind, competency, family, text, gapsOf(text));
    }

    boolean uses(Placeholder placeholder) {
        return placeholders.contains(placeholder);
    }

    private static Set<Placeholder> gapsOf(String text) {
        Set<Placeholder> found = EnumSet.noneOf(Placeholder.class);
        Matcher m = GAP.matcher(text);
        while (m.find()) {
            found.add(Placeholder.ofToken(m.group()));
        }
        if (text.replaceAll(GAP.pattern(), "").matches(".*[{}].*")) {
            throw new IllegalArgumentException("unbalanced braces");
        }
        return found;
    }
}
