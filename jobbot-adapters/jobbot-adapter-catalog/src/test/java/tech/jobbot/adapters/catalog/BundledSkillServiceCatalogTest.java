package tech.jobbot.adapters.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.recommendation.CatalogItem;
import tech.jobbot.domain.recommendation.ItemFormat;
import tech.jobbot.domain.recommendation.ItemType;
import tech.jobbot.domain.recommendation.SkillLevel;

class BundledSkillServiceCatalogTest {
    /**
     * The shipped taxonomy, read from the skills adapter's sources: this module must not depend on
     * that adapter, but its data must agree with it. Missing means the checkout is broken: fail.
     */
    private static final Path TAXONOMY_FILE =
            Path.of("../jobbot-adapter-skills/src/main/resources/tech/jobbot/adapters/skills/skills.tsv");
    private static final Map<SkillId, String> FAMILY_OF_SKILL = readTaxonomy();
    private static final BundledSkillServiceCatalog CATALOG = new BundledSkillServiceCatalog(FAMILY_OF_SKILL.keySet());

    private static final Set<String> LARGER_FAMILIES = Set.of("software", "data", "healthcare-nursing", "sales");

    /** The skills postings of each family ask for most: each needs items at two levels at least. */
    private static final Map<String, List<String>> CORE_SKILLS = Map.ofEntries(
            Map.entry("software", List.of("python", "java", "javascript", "react", "docker", "aws", "git",
                    "data-structures-algorithms")),
            Map.entry("data", List.of("sql", "tableau", "power-bi", "statistics", "machine-learning", "data-analysis")),
            Map.entry("healthcare-nursing", List.of("patient-assessment", "medication-administration", "iv-therapy",
                    "wound-care", "clinical-documentation", "vital-signs", "bls-cpr")),
            Map.entry("sales", List.of("salesforce", "sales-negotiation", "prospecting", "b2b-sales", "crm",
                    "retail-sales")),
            Map.entry("general", List.of("microsoft-excel", "negotiation", "communication", "project-management",
                    "leadership")),
            Map.entry("teaching", List.of("classroom-management", "lesson-planning", "differentiated-instruction")),
            Map.entry("operations-logistics", List.of("forklift", "warehouse-operations", "inventory-management",
                    "supply-chain-management")),
            Map.entry("manufacturing-engineering", List.of("lean-manufacturing", "six-sigma", "autocad", "solidworks",
                    "welding", "plc-programming", "quality-control")),
            Map.entry("product", List.of("product-management", "roadmapping", "agile", "scrum")),
            Map.entry("design", List.of("figma", "ux-design", "ui-design", "user-research", "graphic-design")),
            Map.entry("marketing", List.of("seo", "google-analytics", "digital-marketing", "content-marketing",
                    "social-media-marketing")),
            Map.entry("customer-support", List.of("customer-service", "zendesk", "complaint-handling")),
            Map.entry("finance-accounting", List.of("bookkeeping", "quickbooks", "financial-modeling",
                    "financial-analysis", "reconciliation", "financial-reporting")),
            Map.entry("hr", List.of("recruiting", "interviewing", "employment-law", "performance-management")));

    @Test
    void the_bundled_catalog_has_at_least_170_items() {
        assertTrue(CATALOG.all().size() >= 170, "items: " + CATALOG.all().size());
    }

    @Test
    void every_family_of_the_taxonomy_has_at_least_8_items_and_all_three_types() {
        Map<String, List<CatalogItem>> byFamily = CATALOG.all().stream()
                .collect(Collectors.groupingBy(BundledSkillServiceCatalogTest::family, TreeMap::new, Collectors.toList()));

        assertEquals(Set.copyOf(FAMILY_OF_SKILL.values()), byFamily.keySet());
        byFamily.forEach((family, items) -> {
            int least = LARGER_FAMILIES.contains(family) ? 15 : 8;
            assertTrue(items.size() >= least, family + " has only " + items.size() + " items");
            Set<ItemType> types = items.stream().map(CatalogItem::type).collect(Collectors.toSet());
            assertEquals(EnumSet.allOf(ItemType.class), types, family + " lacks a type");
        });
        System.out.println("bundled catalog: " + CATALOG.all().size() + " items by family "
                + byFamily.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size(),
                        (a, b) -> a, TreeMap::new))
                + ", by type " + CATALOG.all().stream().collect(Collectors.groupingBy(CatalogItem::type, TreeMap::new,
                        Collectors.counting())));
    }

    @Test
    void the_core_skills_of_every_family_have_items_at_two_levels_at_least() {
        assertEquals(Set.copyOf(FAMILY_OF_SKILL.values()), CORE_SKILLS.keySet());
        CORE_SKILLS.forEach((family, skills) -> skills.forEach(id -> {
            SkillId skill = new SkillId(id);
            assertEquals(family, FAMILY_OF_SKILL.get(skill), id + " is not a " + family + " skill of the taxonomy");
            Set<SkillLevel> levels = CATALOG.itemsTeaching(Set.of(skill)).stream()
                    .map(CatalogItem::level).collect(Collectors.toSet());
            assertTrue(levels.size() >= 2, id + " is taught only at " + levels);
        }));
    }

    @Test
    void every_skill_an_item_teaches_is_in_the_shipped_taxonomy() {
        CATALOG.all().forEach(item -> item.skills().forEach(skill ->
                assertTrue(FAMILY_OF_SKILL.containsKey(skill), item.id() + " teaches unknown skill " + skill)));
    }

    @Test
    void ids_are_unique_and_links_are_https_on_reserved_example_domains() {
        Set<String> ids = new HashSet<>();
        for (CatalogItem item : CATALOG.all()) {
            assertTrue(ids.add(item.id()), "duplicate id " + item.id());
            String url = item.url().orElseThrow(() -> new AssertionError(item.id() + " has no link"));
            URI uri = URI.create(url);
            assertEquals("https", uri.getScheme(), url);
            assertTrue(uri.getHost().matches("([a-z0-9-]+\\.)*example\\.(com|org|net)"), url);
        }
    }

    @Test
    void every_item_has_one_to_four_skills_and_consulting_is_one_to_one() {
        for (CatalogItem item : CATALOG.all()) {
            assertTrue(item.skills().size() <= CatalogJson.MAX_SKILLS, item.id());
            if (item.type() == ItemType.CONSULTING) {
                assertEquals(ItemFormat.ONE_TO_ONE, item.format(), item.id());
            }
        }
    }

    @Test
    void items_teaching_returns_the_items_teaching_any_of_the_skills_in_catalog_order() {
        Set<SkillId> wanted = Set.of(new SkillId("sql"), new SkillId("forklift"));

        List<CatalogItem> items = CATALOG.itemsTeaching(wanted);

        List<CatalogItem> expected = CATALOG.all().stream()
                .filter(item -> item.skills().stream().anyMatch(wanted::contains)).toList();
        assertEquals(expected, items);
        assertTrue(items.stream().anyMatch(item -> item.skills().contains(new SkillId("sql"))));
        assertTrue(items.stream().anyMatch(item -> item.skills().contains(new SkillId("forklift"))));
        assertEquals(items, CATALOG.itemsTeaching(Set.of(new SkillId("forklift"), new SkillId("sql"))));
    }

    @Test
    void items_teaching_a_skill_nobody_teaches_or_no_skill_is_empty() {
        assertEquals(List.of(), CATALOG.itemsTeaching(Set.of(new SkillId("cobol"))));
        assertEquals(List.of(), CATALOG.itemsTeaching(Set.of()));
    }

    @Test
    void the_catalog_without_a_taxonomy_loads_the_same_items() {
        assertEquals(CATALOG.all(), new BundledSkillServiceCatalog().all());
    }

    @Test
    void given_a_taxonomy_missing_a_skill_the_bundled_catalog_fails_naming_the_items_that_teach_it() {
        Set<SkillId> withoutSql = new HashSet<>(FAMILY_OF_SKILL.keySet());
        withoutSql.remove(new SkillId("sql"));

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> new BundledSkillServiceCatalog(withoutSql));

        assertTrue(failure.getMessage().contains("item \"sql-for-absolute-beginners\""), failure.getMessage());
        assertTrue(failure.getMessage().contains("skill \"sql\" is not in the skills taxonomy"), failure.getMessage());
    }

    @Test
    void the_items_are_immutable() {
        assertThrows(UnsupportedOperationException.class, () -> CATALOG.all().clear());
        assertSame(CATALOG.all(), CATALOG.all());
    }

    /** An item belongs to the family of its first, most central, skill. */
    private static String family(CatalogItem item) {
        return FAMILY_OF_SKILL.get(item.skills().getFirst());
    }

    private static Map<SkillId, String> readTaxonomy() {
        try {
            Map<SkillId, String> families = new TreeMap<>();
            for (String line : Files.readAllLines(TAXONOMY_FILE, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                families.put(new SkillId(fields[0].strip()), fields[2].strip());
            }
            return families;
        } catch (IOException e) {
            throw new AssertionError("the shipped taxonomy is needed at " + TAXONOMY_FILE.toAbsolutePath(), e);
        }
    }
}
