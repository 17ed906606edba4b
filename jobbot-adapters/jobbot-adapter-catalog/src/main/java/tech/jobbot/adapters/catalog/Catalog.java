package tech.jobbot.adapters.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.recommendation.CatalogItem;

/** A loaded catalog, in its document's order, which is the order lookups answer in. */
record Catalog(List<CatalogItem> items) {
    static final Catalog EMPTY = new Catalog(List.of());

    Catalog {
        items = List.copyOf(items);
    }

    /** The items teaching at least one of the skills, in catalog order. */
    List<CatalogItem> teaching(Set<SkillId> skills) {
        Objects.requireNonNull(skills, "skills");
        if (skills.isEmpty()) {
            return List.of();
        }
        // A linear scan: even a 10,000-item feed is scanned in well under a millisecond, and an index
        // would have to be rebuilt on every refresh.
        return items.stream()
                .filter(item -> item.skills().stream().anyMatch(skills::contains))
                .toList();
    }
}
