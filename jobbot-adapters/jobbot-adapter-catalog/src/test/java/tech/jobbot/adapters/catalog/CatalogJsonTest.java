package tech.jobbot.adapters.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.recommendation.CatalogItem;
import tech.jobbot.domain.recommendation.ItemFormat;
import tech.jobbot.domain.recommendation.ItemType;
import tech.jobbot.domain.recommendation.PriceBand;
import tech.jobbot.domain.recommendation.SkillLevel;

class CatalogJsonTest {
    private static final Predicate<SkillId> ANY_SKILL = skill -> true;

    private static final String VALID = """
            {"id": "sql-reporting", "title": "SQL for reporting", "type": "training",
             "skills": ["sql", "data-analysis"], "level": "intermediate", "format": "in-person",
             "duration": "2 days", "price": "medium", "provider": "Open Data School",
             "url": "https://opendata.example.org/training/sql-reporting"}""";

    @Test
    void a_valid_item_is_read_field_by_field() {
        CatalogJson.Parsed parsed = parse(feed(VALID));

        assertEquals(List.of(), parsed.problems());
        assertEquals(List.of(new CatalogItem("sql-reporting", "SQL for reporting", ItemType.TRAINING,
                List.of(new SkillId("sql"), new SkillId("data-analysis")), SkillLevel.INTERMEDIATE, ItemFormat.IN_PERSON,
                "2 days", PriceBand.MEDIUM, "Open Data School",
                Optional.of("https://opendata.example.org/training/sql-reporting"))), parsed.items());
    }

    @Test
    void every_format_and_type_word_is_understood() {
        String online = VALID.replace("\"in-person\"", "\"online\"").replace("\"training\"", "\"course\"");
        String oneToOne = VALID.replace("\"sql-reporting\"", "\"sql-coaching\"").replace("\"in-person\"", "\"one-to-one\"")
                .replace("\"training\"", "\"consulting\"").replace("\"medium\"", "\"high\"").replace("\"intermediate\"", "\"advanced\"");
        String free = VALID.replace("\"sql-reporting\"", "\"sql-free\"").replace("\"medium\"", "\"free\"")
                .replace("\"intermediate\"", "\"beginner\"");

        List<CatalogItem> items = parse(feed(online, oneToOne, free)).items();

        assertEquals(ItemFormat.ONLINE, items.get(0).format());
        assertEquals(ItemType.COURSE, items.get(0).type());
        assertEquals(ItemFormat.ONE_TO_ONE, items.get(1).format());
        assertEquals(ItemType.CONSULTING, items.get(1).type());
        assertEquals(SkillLevel.ADVANCED, items.get(1).level());
        assertEquals(PriceBand.HIGH, items.get(1).price());
        assertEquals(PriceBand.FREE, items.get(2).price());
        assertEquals(SkillLevel.BEGINNER, items.get(2).level());
    }

    @Test
    void the_url_is_optional() {
        String absent = VALID.replaceAll(",\\s*\"url\": \"[^\"]*\"", "");
        String nullUrl = VALID.replace("\"sql-reporting\",", "\"sql-null-url\",")
                .replaceAll("\"url\": \"[^\"]*\"", "\"url\": null");

        List<CatalogItem> items = parse(feed(absent, nullUrl)).items();

        assertEquals(2, items.size());
        assertTrue(items.stream().allMatch(item -> item.url().isEmpty()));
    }

    @Test
    void surrounding_spaces_in_text_are_dropped() {
        CatalogItem item = parse(feed(VALID.replace("\"SQL for reporting\"", "\"  SQL for reporting \""))).items().getFirst();

        assertEquals("SQL for reporting", item.title());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            missing id          | "id": "sql-reporting",                        | ``                                  | field "id" is missing
            id not a slug       | "id": "sql-reporting"                         | "id": "SQL Reporting"               | field "id" must be a lower-case slug
            id a number         | "id": "sql-reporting"                         | "id": 42                            | field "id" must be a string
            missing title       | "title": "SQL for reporting",                 | ``                                  | field "title" is missing
            blank title         | "title": "SQL for reporting"                  | "title": "   "                      | field "title" must not be blank
            title control char  | "title": "SQL for reporting"                  | "title": "SQL\\nfor reporting"      | field "title" must not contain control characters
            unknown type        | "type": "training"                            | "type": "webinar"                   | field "type" must be one of training, course, consulting, not "webinar"
            type in capitals    | "type": "training"                            | "type": "TRAINING"                  | field "type" must be one of training, course, consulting, not "TRAINING"
            type not a string   | "type": "training"                            | "type": 1                           | field "type" must be one of training, course, consulting, not a number
            missing skills      | "skills": ["sql", "data-analysis"],           | ``                                  | field "skills" is missing
            no skills           | "skills": ["sql", "data-analysis"]            | "skills": []                        | field "skills" must be an array of 1 to 4 skill ids
            too many skills     | "skills": ["sql", "data-analysis"]            | "skills": ["a", "b", "c", "d", "e"] | field "skills" must be an array of 1 to 4 skill ids
            skills a string     | "skills": ["sql", "data-analysis"]            | "skills": "sql"                     | field "skills" must be an array of 1 to 4 skill ids
            skill not a slug    | "skills": ["sql", "data-analysis"]            | "skills": ["SQL Server"]            | skill "SQL Server" is not a skill id
            skill a number      | "skills": ["sql", "data-analysis"]            | "skills": [7]                       | field "skills" must hold skill ids as strings
            skill twice         | "skills": ["sql", "data-analysis"]            | "skills": ["sql", "sql"]            | skill "sql" is listed twice
            unknown level       | "level": "intermediate"                       | "level": "expert"                   | field "level" must be one of beginner, intermediate, advanced, not "expert"
            unknown format      | "format": "in-person"                         | "format": "in_person"               | field "format" must be one of online, in-person, one-to-one, not "in_person"
            missing duration    | "duration": "2 days",                         | ``                                  | field "duration" is missing
            unknown price       | "price": "medium"                             | "price": "cheap"                    | field "price" must be one of free, low, medium, high, not "cheap"
            missing provider    | "provider": "Open Data School",               | ``                                  | field "provider" is missing
            plain http url      | "url": "https://opendata.example.org/training/sql-reporting" | "url": "http://opendata.example.org/x" | field "url" must be an https link
            url with user       | "url": "https://opendata.example.org/training/sql-reporting" | "url": "https://me:pw@opendata.example.org/x" | field "url" must be an https link
            url not a url       | "url": "https://opendata.example.org/training/sql-reporting" | "url": "https://bad host/x"  | field "url" is not a valid URL
            unknown field       | "price": "medium",                            | "price": "medium", "currency": "EUR", | unknown field "currency"
            """)
    void an_invalid_field_makes_the_item_invalid_with_a_message_saying_which_and_why(
            String why, String original, String replacement, String message) {
        String item = VALID.replace(original, replacement);
        assertFalse(item.equals(VALID), "the test's replacement did not apply: " + why);

        CatalogJson.Parsed parsed = parse(feed(item));

        assertEquals(List.of(), parsed.items());
        assertEquals(1, parsed.skipped());
        assertTrue(parsed.problems().getFirst().contains(message), parsed.problems().getFirst());
        assertTrue(parsed.problems().getFirst().startsWith("item "), parsed.problems().getFirst());
    }

    @Test
    void an_overlong_field_is_refused() {
        String longTitle = "T".repeat(CatalogJson.MAX_TITLE + 1);

        CatalogJson.Parsed parsed = parse(feed(VALID.replace("SQL for reporting", longTitle)));

        assertTrue(parsed.problems().getFirst().contains("field \"title\" must be at most 160 characters"),
                parsed.problems().getFirst());
    }

    @Test
    void a_problem_names_the_item_by_id_and_position() {
        CatalogJson.Parsed parsed = parse(feed(VALID, VALID.replace("\"sql-reporting\"", "\"second-item\"")
                .replace("\"medium\"", "\"cheap\"")));

        assertEquals(1, parsed.items().size());
        assertTrue(parsed.problems().getFirst().startsWith("item \"second-item\" (#2): "), parsed.problems().getFirst());
    }

    @Test
    void an_item_that_is_not_an_object_is_invalid() {
        CatalogJson.Parsed parsed = parse(feed(VALID, "\"just a string\""));

        assertEquals(1, parsed.items().size());
        assertEquals(List.of("item #2: an item is a JSON object"), parsed.problems());
    }

    @Test
    void a_repeated_id_keeps_the_first_item_only() {
        CatalogJson.Parsed parsed = parse(feed(VALID, VALID.replace("SQL for reporting", "Another title")));

        assertEquals("SQL for reporting", parsed.items().getFirst().title());
        assertEquals(1, parsed.items().size());
        assertTrue(parsed.problems().getFirst().contains("the id is already used by item #1"), parsed.problems().toString());
    }

    @Test
    void a_skill_outside_the_taxonomy_is_refused_when_a_taxonomy_is_given() {
        Predicate<SkillId> taxonomy = Set.of(new SkillId("sql"))::contains;

        CatalogJson.Parsed parsed = CatalogJson.parse(feed(VALID).getBytes(UTF_8), 100, taxonomy);

        assertTrue(parsed.problems().getFirst().contains("skill \"data-analysis\" is not in the skills taxonomy"),
                parsed.problems().toString());
    }

    @Test
    void a_quoted_value_is_shortened_and_cannot_forge_a_log_line() {
        String item = VALID.replace("\"intermediate\"", "\"expert\\nWARNING: forged " + "x".repeat(100) + "\"");

        String problem = parse(feed(item)).problems().getFirst();

        assertFalse(problem.contains("\n"), problem);
        assertTrue(problem.contains("\"expert?WARNING: forged"), problem);
        assertTrue(problem.length() < 200, problem);
    }

    // ---------------------------------------------------------------- whole documents

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            not json            | {"items": [                      | the catalog is not valid JSON (line 1
            empty               | ``                               | the catalog is empty
            an array            | []                               | a catalog is a JSON object with an "items" array
            no items            | {}                               | a catalog is a JSON object with an "items" array
            items not an array  | {"items": {}}                    | a catalog is a JSON object with an "items" array
            another field       | {"items": [], "next": "page-2"}  | a catalog has only an "items" array, not "next"
            duplicate key       | {"items": [], "items": []}       | the catalog is not valid JSON
            trailing text       | {"items": []} {"items": []}      | the catalog is not valid JSON
            """)
    void a_document_that_is_not_a_catalog_is_refused_whole(String why, String document, String message) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CatalogJson.parse(document.getBytes(UTF_8), 100, ANY_SKILL));

        assertTrue(refused.getMessage().startsWith(message), refused.getMessage());
    }

    @Test
    void the_message_for_malformed_json_does_not_quote_the_document() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CatalogJson.parse("{\"items\": [PRIVATE-TOKEN]}".getBytes(UTF_8), 100, ANY_SKILL));

        assertFalse(refused.getMessage().contains("PRIVATE"), refused.getMessage());
    }

    @Test
    void a_document_with_more_items_than_allowed_is_refused_whole() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CatalogJson.parse(feed(VALID, VALID, VALID).getBytes(UTF_8), 2, ANY_SKILL));

        assertEquals("the catalog has 3 items, more than the 2 allowed", refused.getMessage());
    }

    @Test
    void a_catalog_that_must_be_valid_throughout_fails_naming_every_invalid_item() {
        String bad1 = VALID.replace("\"sql-reporting\"", "\"bad-one\"").replace("\"medium\"", "\"cheap\"");
        String bad2 = VALID.replace("\"sql-reporting\"", "\"bad-two\"").replace("\"2 days\"", "\"\"");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CatalogJson.parseAllValid(feed(VALID, bad1, bad2).getBytes(UTF_8), ANY_SKILL));

        assertTrue(refused.getMessage().startsWith("2 invalid catalog item(s): "), refused.getMessage());
        assertTrue(refused.getMessage().contains("item \"bad-one\" (#2): field \"price\""), refused.getMessage());
        assertTrue(refused.getMessage().contains("item \"bad-two\" (#3): field \"duration\" must not be blank"),
                refused.getMessage());
    }

    private static CatalogJson.Parsed parse(String json) {
        return CatalogJson.parse(json.getBytes(UTF_8), 100, ANY_SKILL);
    }

    private static String feed(String... items) {
        return "{\"items\": [" + String.join(",", items) + "]}";
    }
}
