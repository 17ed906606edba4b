package tech.jobbot.domain.job;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small taxonomy with the awkward cases of the real one: symbols, short names, everyday words. */
final class SkillFixtures {
    static final SkillTaxonomy TAXONOMY = new SkillTaxonomy(List.of(
            skill("java", "Java", "software", "Java EE", "JVM"),
            skill("javascript", "JavaScript", "software", "JS", "ECMAScript"),
            skill("scala", "Scala", "software"),
            skill("python", "Python", "software"),
            skill("cpp", "C++", "software", "cpp"),
            skill("csharp", "C#", "software", "C sharp"),
            new Skill(new SkillId("c-language"), "C", "software", List.of("C language"), Set.of(), Set.of("C")),
            new Skill(new SkillId("golang"), "Go", "software", List.of("Golang"), Set.of(), Set.of("Go")),
            new Skill(new SkillId("r-language"), "R", "data", List.of("R programming"), Set.of(), Set.of("R")),
            skill("dotnet", ".NET", "software", "ASP.NET", "dotnet"),
            skill("nodejs", "Node.js", "software", "NodeJS"),
            skill("frontend-development", "Front-end development", "software", "front-end"),
            skill("api-design", "API design", "software", "API", "REST API"),
            skill("relational-databases", "Relational databases", "data", "database", "RDBMS"),
            skill("machine-learning", "Machine learning", "data", "ML models"),
            skill("continuous-learning", "Continuous learning", "general", "learning"),
            skill("performance-optimization", "Performance optimisation", "software"),
            skill("care-planning", "Care planning", "healthcare-nursing", "care plans"),
            skill("patient-care", "Patient care", "healthcare-nursing", "nursing care"),
            skill("medication-administration", "Medication administration", "healthcare-nursing",
                    "administering medications"),
            skill("sql", "SQL", "data", "T-SQL"),
            skill("lead-qualification", "Lead qualification", "sales", "SQLs"),
            skill("patisserie", "Pâtisserie", "general"),
            skill("lesson-planning", "Lesson planning", "teaching", "lesson plans"),
            skill("classroom-management", "Classroom management", "teaching", "behaviour management"),
            skill("communication", "Communication", "general", "communication skills"),
            skill("teamwork", "Teamwork", "general", "team player"),
            new Skill(new SkillId("microsoft-excel"), "Microsoft Excel", "general", List.of("Excel", "spreadsheets"),
                    Set.of("Excel"), Set.of()),
            new Skill(new SkillId("swift"), "Swift", "software", List.of(), Set.of("Swift"), Set.of()),
            skill("go-to-market", "Go-to-market strategy", "product", "go to market", "GTM"),
            skill("warehouse-operations", "Warehouse operations", "operations-logistics", "pick and pack"),
            skill("forklift", "Forklift operation", "operations-logistics", "forklift licence")),
            Map.of(
                    "registered nurse", List.of(new SkillId("patient-care"), new SkillId("medication-administration"),
                            new SkillId("care-planning")),
                    "nurse", List.of(new SkillId("patient-care")),
                    "teacher", List.of(new SkillId("lesson-planning"), new SkillId("classroom-management")),
                    "software engineer", List.of(new SkillId("api-design"), new SkillId("teamwork")),
                    "warehouse associate", List.of(new SkillId("warehouse-operations"), new SkillId("forklift"))));

    static final SkillExtractor EXTRACTOR = new SkillExtractor(TAXONOMY);

    private SkillFixtures() {
    }

    static SkillId id(String value) {
        return new SkillId(value);
    }

    static List<SkillId> ids(String... values) {
        return Arrays.stream(values).map(SkillId::new).toList();
    }

    private static Skill skill(String id, String name, String family, String... aliases) {
        return new Skill(new SkillId(id), name, family, List.of(aliases));
    }
}
