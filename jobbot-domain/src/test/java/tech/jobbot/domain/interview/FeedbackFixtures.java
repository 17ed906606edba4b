package tech.jobbot.domain.interview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.Seniority;
import tech.jobbot.domain.job.SkillId;

/**
 * The evaluation fixtures under {@code src/test/resources/feedback-fixtures/}: jobs, pairs of a
 * strong and a vague answer to one question, and non-answers. The files are blocks of
 * {@code key: value} lines separated by blank lines; {@code #} starts a comment line.
 */
final class FeedbackFixtures {
    record Pair(String name, JobProfile job, Question question, String strong, String vague) {
    }

    record NonAnswerCase(String name, JobProfile job, Question question, NonAnswer expected, String answer) {
    }

    final Map<String, JobProfile> jobs = new LinkedHashMap<>();
    final List<Pair> pairs = new ArrayList<>();
    final List<NonAnswerCase> nonAnswers = new ArrayList<>();

    static FeedbackFixtures load() {
        FeedbackFixtures fixtures = new FeedbackFixtures();
        for (Map<String, List<String>> block : blocks("jobs.txt")) {
            fixtures.jobs.put(one(block, "job"), new JobProfile(one(block, "title"), Optional.empty(), "",
                    block.getOrDefault("responsibility", List.of()), block.getOrDefault("requirement", List.of()),
                    skills(one(block, "skills")), Seniority.UNKNOWN, Optional.empty()));
        }
        Map<String, Pair> byName = new LinkedHashMap<>();
        for (Map<String, List<String>> block : blocks("pairs.txt")) {
            JobProfile job = fixtures.jobs.get(one(block, "job"));
            if (job == null) {
                throw new IllegalStateException("unknown job in pair " + one(block, "pair"));
            }
            Question question = new Question(QuestionId.planned(byName.size() % 90 + 1), one(block, "question"),
                    QuestionKind.valueOf(one(block, "kind").toUpperCase(Locale.ROOT)),
                    competency(one(block, "competency")), skills(one(block, "skills")), one(block, "probes"),
                    Optional.empty());
            Pair pair = new Pair(one(block, "pair"), job, question, one(block, "strong"), one(block, "vague"));
            byName.put(pair.name(), pair);
            fixtures.pairs.add(pair);
        }
        for (Map<String, List<String>> block : blocks("non-answers.txt")) {
            Pair of = byName.get(one(block, "of"));
            if (of == null) {
                throw new IllegalStateException("unknown pair in non-answer " + one(block, "nonanswer"));
            }
            fixtures.nonAnswers.add(new NonAnswerCase(one(block, "nonanswer"), of.job(), of.question(),
                    NonAnswer.valueOf(one(block, "expect")), unescape(one(block, "answer"))));
        }
        return fixtures;
    }

    private static List<SkillId> skills(String list) {
        List<SkillId> ids = Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(SkillId::new).toList();
        for (SkillId id : ids) {
            TestTaxonomy.TAXONOMY.get(id);
        }
        return ids;
    }

    private static Competency competency(String apiName) {
        for (Competency c : Competency.values()) {
            if (c.apiName().equals(apiName)) {
                return c;
            }
        }
        throw new IllegalStateException("unknown competency " + apiName);
    }

    private static String one(Map<String, List<String>> block, String key) {
        List<String> values = block.get(key);
        if (values == null || values.size() != 1) {
            throw new IllegalStateException("expected one '" + key + "' in " + block);
        }
        return values.get(0);
    }

    private static String unescape(String value) {
        return value.replace("\\n", "\n").replace("\\t", "\t");
    }

    private static List<Map<String, List<String>>> blocks(String file) {
        String text;
        try (InputStream in = FeedbackFixtures.class.getResourceAsStream("/feedback-fixtures/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture file " + file);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map<String, List<String>>> blocks = new ArrayList<>();
        Map<String, List<String>> block = new LinkedHashMap<>();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new LinkedHashMap<>();
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException("not a 'key: value' line in " + file + ": " + line);
            }
            String value = line.substring(colon + 1);
            block.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
                    .add(value.startsWith(" ") ? value.substring(1) : value);
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }
}
