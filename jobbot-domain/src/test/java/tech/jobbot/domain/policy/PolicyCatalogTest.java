package tech.jobbot.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PolicyCatalogTest {
    private static PolicyDocument doc(String region, int version, String effective) {
        return new PolicyDocument(region, version, LocalDate.parse(effective), "changes " + version,
                region + " policy v" + version);
    }

    private final PolicyCatalog catalog = new PolicyCatalog(List.of(doc("GLOBAL", 2, "2027-01-01"),
            doc("GLOBAL", 1, "2026-01-01"), doc("CN", 1, "2026-06-01")));

    @Test
    void the_newest_version_in_effect_applies_and_an_announced_one_waits_for_its_day() {
        assertEquals(1, catalog.current("GLOBAL", LocalDate.parse("2026-12-31")).orElseThrow().version());
        assertEquals(2, catalog.current("GLOBAL", LocalDate.parse("2027-01-01")).orElseThrow().version());
        assertEquals(Optional.empty(), catalog.current("GLOBAL", LocalDate.parse("2025-12-31")));
    }

    @Test
    void a_region_without_its_own_policy_gets_none_never_another_regions() {
        assertEquals(Optional.empty(), catalog.current("EU", LocalDate.parse("2027-06-01")));
        assertEquals("CN", catalog.current("CN", LocalDate.parse("2027-06-01")).orElseThrow().region());
    }

    @Test
    void older_versions_stay_readable_in_order() {
        assertEquals(List.of(1, 2), catalog.versions("GLOBAL").stream().map(PolicyDocument::version).toList());
        assertEquals("GLOBAL policy v1", catalog.version("GLOBAL", 1).orElseThrow().text());
        assertEquals(Optional.empty(), catalog.version("GLOBAL", 3));
    }

    @Test
    void bad_documents_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> new PolicyCatalog(List.of(doc("GLOBAL", 1, "2026-01-01"),
                doc("GLOBAL", 1, "2026-02-01"))));
        assertThrows(IllegalArgumentException.class, () -> doc("US", 1, "2026-01-01"));
        assertThrows(IllegalArgumentException.class, () -> doc("GLOBAL", 0, "2026-01-01"));
        assertThrows(IllegalArgumentException.class,
                () -> new PolicyDocument("EU", 1, LocalDate.parse("2026-01-01"), " ", "text"));
    }
}
