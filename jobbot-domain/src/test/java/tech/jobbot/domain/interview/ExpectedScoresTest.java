package tech.jobbot.domain.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tech.jobbot.domain.job.JobProfile;

/**
 * A golden file: {@code feedback-fixtures/expected-scores.txt} records, for every fixture answer
 * (the strong and the vague answer of each pair, and each non-answer), its six scores and the
 * headlines of its strengths and improvements in order. The evaluation only checks that strong
 * beats vague; this pins the exact numbers, so that any change in scoring fails the build. It
 * also catches what a test within one JVM cannot: a result that depends on the iteration order
 * of a hash-based collection (Map.copyOf, Set.of and friends iterate in an order that changes
 * from one JVM run to the next), since the file was written in one run and is checked in every
 * later one.
 *
 * <p>To regenerate it when a rule is meant to change the scores: run the build; this test fails
 * and writes what the rules now give to {@code jobbot-domain/target/expected-scores.actual.txt}.
 * Compare that with the checked-in file ({@code diff} or the IDE), make sure every changed line
 * is a change you meant, then copy it over
 * {@code jobbot-domain/src/test/resources/feedback-fixtures/expected-scores.txt} and commit it
 * with the rule change. Adding a fixture answer works the same way. Never edit the file by hand.
 */
class ExpectedScoresTest {
    private static final String GOLDEN = "/feedback-fixtures/expected-scores.txt";
    private static final Path ACTUAL = Path.of("target", "expected-scores.actual.txt");
    private static final int DIFFERENCES_SHOWN = 20;
    private static final String HEADER = String.join("\n",
            "# Scores and remark headlines of every feedback fixture answer, in fixture order. Checked by",
            "# ExpectedScoresTest; generated, not written by hand: see that test for how to regenerate it.",
            "");

    private static final AnswerAnalyzer ANALYZER = new AnswerAnalyzer(TestTaxonomy.EXTRACTOR);
    private static final FeedbackComposer COMPOSER = new FeedbackComposer();

    @Test
    void every_fixture_answer_gets_exactly_the_scores_and_remarks_recorded_in_the_golden_file() throws IOException {
        String actual = render(FeedbackFixtures.load());
        Map<String, String> expected = blocks(golden());
        List<String> differences = expected.isEmpty() ? List.of("the golden file is missing or empty")
                : differences(expected, blocks(actual));
        if (!differences.isEmpty()) {
            Files.createDirectories(ACTUAL.getParent());
            Files.writeString(ACTUAL, actual, StandardCharsets.UTF_8);
        }
        assertEquals(List.of(), differences.subList(0, Math.min(DIFFERENCES_SHOWN, differences.size())),
                differences.size() + " differences from " + GOLDEN + "; what the rules give now is in "
                        + ACTUAL.toAbsolutePath() + " (see ExpectedScoresTest on regenerating)");
    }

    private static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        List<String> differences = new ArrayList<>();
        actual.forEach((answer, block) -> {
            String recorded = expected.get(answer);
            if (recorded == null) {
                differences.add(answer + ": not in the golden file");
            } else if (!recorded.equals(block)) {
                differences.add(answer + ":\n  expected " + recorded.replace("\n", "\n           ")
                        + "\n  but was  " + block.replace("\n", "\n           "));
            }
        });
        expected.keySet().stream().filter(answer -> !actual.containsKey(answer))
                .forEach(answer -> differences.add(answer + ": in the golden file but no longer a fixture"));
        return differences;
    }

    /** The golden file's content for these fixtures, as the rules score them now. */
    private static String render(FeedbackFixtures fixtures) {
        StringBuilder out = new StringBuilder(HEADER);
        for (FeedbackFixtures.Pair pair : fixtures.pairs) {
            append(out, "pair " + pair.name() + " strong", pair.question(), pair.strong(), pair.job());
            append(out, "pair " + pair.name() + " vague", pair.question(), pair.vague(), pair.job());
        }
        for (FeedbackFixtures.NonAnswerCase c : fixtures.nonAnswers) {
            append(out, "non-answer " + c.name(), c.question(), c.answer(), c.job());
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String name, Question question, String answer, JobProfile job) {
        Feedback feedback = COMPOSER.compose(question, answer, ANALYZER.analyze(question, answer, job), job,
                TestTaxonomy.TAXONOMY);
        Scores s = feedback.scores();
        out.append('\n').append("answer: ").append(name).append('\n')
                .append("scores: overall=").append(s.overall()).append(" relevance=").append(s.relevance())
                .append(" structure=").append(s.structure()).append(" specificity=").append(s.specificity())
                .append(" impact=").append(s.impact()).append(" communication=").append(s.communication())
                .append('\n');
        feedback.strengths().forEach(r -> out.append("strength: ").append(r.text()).append('\n'));
        feedback.improvements().forEach(r -> out.append("improvement: ").append(r.text()).append('\n'));
    }

    /** Each answer's block of lines, by the answer's name; comments and line-ending style ignored. */
    private static Map<String, String> blocks(String text) {
        Map<String, String> blocks = new LinkedHashMap<>();
        for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            List<String> lines = block.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
            if (!lines.isEmpty()) {
                blocks.put(lines.get(0), String.join("\n", lines.subList(1, lines.size())));
            }
        }
        return blocks;
    }

    private static String golden() {
        try (InputStream in = ExpectedScoresTest.class.getResourceAsStream(GOLDEN)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
