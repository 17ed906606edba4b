package tech.jobbot.domain.recommendation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tech.jobbot.domain.account.Background;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.Seniority;
import tech.jobbot.domain.job.Skill;
import tech.jobbot.domain.job.SkillExtractor;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.job.SkillTaxonomy;

/** A small taxonomy across a few role families, and builders for jobs, gaps and catalog items. */
final class RecommendationFixtures {
    static final SkillTaxonomy TAXONOMY = new SkillTaxonomy(List.of(
            skill("sql", "SQL", "data", "T-SQL"),
            skill("python", "Python", "software"),
            skill("tableau", "Tableau", "data"),
            skill("looker", "Looker", "data"),
            new Skill(new SkillId("microsoft-excel"), "Microsoft Excel", "general", List.of("Excel", "spreadsheets"),
                    Set.of("Excel"), Set.of()),
            skill("statistics", "Statistics", "data", "statistical analysis"),
            skill("git", "Git", "software"),
            skill("docker", "Docker", "software", "containers"),
            skill("stakeholder-management", "Stakeholder management", "general", "stakeholders"),
            skill("patient-care", "Patient care", "healthcare-nursing", "nursing care"),
            skill("medication-administration", "Medication administration", "healthcare-nursing",
                    "administering medications"),
            skill("care-planning", "Care planning", "healthcare-nursing", "care plans"),
            skill("lesson-planning", "Lesson planning", "teaching", "lesson plans"),
            skill("classroom-management", "Classroom management", "teaching", "behaviour management")),
            Map.of(
                    "registered nurse", ids("patient-care", "medication-administration", "care-planning"),
                    "teacher", ids("lesson-planning", "classroom-management")));

    static final SkillExtractor EXTRACTOR = new SkillExtractor(TAXONOMY);
    static final SkillsGap SKILLS_GAP = new SkillsGap(EXTRACTOR);
    static final RecommendationRanker RANKER = new RecommendationRanker(TAXONOMY);

    static final SkillId SQL = id("sql");
    static final SkillId PYTHON = id("python");
    static final SkillId TABLEAU = id("tableau");
    static final SkillId LOOKER = id("looker");
    static final SkillId EXCEL = id("microsoft-excel");
    static final SkillId STATISTICS = id("statistics");
    static final SkillId GIT = id("git");
    static final SkillId DOCKER = id("docker");

    private RecommendationFixtures() {
    }

    static SkillId id(String value) {
        return new SkillId(value);
    }

    static List<SkillId> ids(String... values) {
        return Arrays.stream(values).map(SkillId::new).toList();
    }

    static JobProfile job(String title, List<String> requirements, List<String> responsibilities,
            SkillId... skills) {
        return new JobProfile(title, Optional.empty(), "", responsibilities, requirements, List.of(skills),
                Seniority.MID, Optional.empty());
    }

    static JobProfile job(String title, List<String> requirements, SkillId... skills) {
        return job(title, requirements, List.of(), skills);
    }

    static Background claiming(SkillId... skills) {
        return new Background(Optional.empty(), List.of(), List.of(skills), List.of());
    }

    static SkillGap gap(SkillId skill, GapSeverity severity) {
        return new SkillGap(skill, severity, quote("Experience with " + skill), false, severity == GapSeverity.HIGH);
    }

    static GapSource quote(String line) {
        return new GapSource.Quote(line);
    }

    static CatalogItem item(String id, ItemType type, SkillLevel level, SkillId... skills) {
        return new CatalogItem(id, "Title of " + id, type, List.of(skills), level, ItemFormat.ONLINE, "4 weeks",
                PriceBand.LOW, "Provider", Optional.empty());
    }

    static CatalogItem course(String id, SkillId... skills) {
        return item(id, ItemType.COURSE, SkillLevel.INTERMEDIATE, skills);
    }

    private static Skill skill(String id, String name, String family, String... aliases) {
        return new Skill(new SkillId(id), name, family, List.of(aliases));
    }
}
