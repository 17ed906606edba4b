package tech.jobbot.adapters.skills;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tech.jobbot.domain.job.JobProfiles;
import tech.jobbot.domain.job.SkillExtractor;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.job.SkillTaxonomy;

/**
 * How well skills are recognised in real-looking postings, measured against hand-written labels
 * (see {@code postings/README.md}). Micro-averaged: every labelled skill of every posting counts
 * once, so long postings weigh more than short ones, as they do for users.
 */
class SkillExtractionEvaluationTest {
    private static final SkillTaxonomy TAXONOMY = new ClasspathSkillTaxonomy().load();
    private static final SkillExtractor EXTRACTOR = new SkillExtractor(TAXONOMY);

    record Fixture(String name, String text, Set<SkillId> expected) {
    }

    @Test
    void skills_found_in_the_labelled_postings_match_the_labels_with_f1_of_at_least_0_8() throws Exception {
        List<Fixture> fixtures = fixtures();
        assertTrue(fixtures.size() >= 20, "at least 20 labelled postings, found " + fixtures.size());

        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int labelled = 0;
        StringBuilder detail = new StringBuilder();
        for (Fixture fixture : fixtures) {
            Set<SkillId> found = new LinkedHashSet<>(JobProfiles.fromDescription(fixture.text(), EXTRACTOR).skills());
            Set<SkillId> hits = new TreeSet<>(found);
            hits.retainAll(fixture.expected());
            Set<SkillId> wrong = new TreeSet<>(found);
            wrong.removeAll(fixture.expected());
            Set<SkillId> missed = new TreeSet<>(fixture.expected());
            missed.removeAll(found);
            truePositives += hits.size();
            falsePositives += wrong.size();
            falseNegatives += missed.size();
            labelled += fixture.expected().size();
            detail.append(String.format(Locale.ROOT, "%n  %s: %d/%d found; extra %s; missed %s", fixture.name(),
                    hits.size(), fixture.expected().size(), wrong, missed));
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf(Locale.ROOT, "skills extraction: precision=%.2f recall=%.2f f1=%.2f over %d postings%n",
                precision, recall, f1, fixtures.size());
        System.out.printf(Locale.ROOT, "  (%d labelled skills, %d found correctly, %d extra, %d missed)%n", labelled,
                truePositives, falsePositives, falseNegatives);

        String report = String.format(Locale.ROOT, "precision=%.3f recall=%.3f f1=%.3f%s", precision, recall, f1,
                detail);
        assertTrue(precision >= 0.75, "precision below 0.75: " + report);
        assertTrue(recall >= 0.75, "recall below 0.75: " + report);
        assertTrue(f1 >= 0.80, "F1 below 0.80: " + report);
    }

    @Test
    void every_label_is_a_skill_of_the_taxonomy() throws Exception {
        for (Fixture fixture : fixtures()) {
            for (SkillId id : fixture.expected()) {
                assertTrue(TAXONOMY.find(id).isPresent(), fixture.name() + " labels unknown skill " + id);
            }
        }
    }

    static List<Fixture> fixtures() throws IOException, URISyntaxException {
        URL folder = SkillExtractionEvaluationTest.class.getClassLoader().getResource("postings");
        if (folder == null) {
            throw new IllegalStateException("postings fixtures missing from the test classpath");
        }
        List<Fixture> fixtures = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            for (Path text : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
                Path labels = text.resolveSibling(name + ".expected");
                Set<SkillId> expected = new LinkedHashSet<>();
                for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        expected.add(new SkillId(line.strip()));
                    }
                }
                fixtures.add(new Fixture(name, Files.readString(text, StandardCharsets.UTF_8), expected));
            }
        }
        return fixtures;
    }
}
