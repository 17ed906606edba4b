package tech.jobbot.domain.recommendation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import tech.jobbot.domain.job.SkillId;

/**
 * One training, course or consulting service of a catalog.
 *
 * @param id       stable id within its catalog, e.g. {@code course-sql-fundamentals}
 * @param skills   the taxonomy skills it teaches, most central first
 * @param duration human-readable, e.g. "6 weeks, 3 h/week" or "1 session of 60 min"
 */
public record CatalogItem(String id, String title, ItemType type, List<SkillId> skills, SkillLevel level,
        ItemFormat format, String duration, PriceBand price, String provider, Optional<String> url) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    public CatalogItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        skills = List.copyOf(skills);
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(url, "url");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("item id must be a lower-case slug");
        }
        if (title.isBlank() || provider.isBlank() || duration.isBlank()) {
            throw new IllegalArgumentException("an item needs a title, a provider and a duration");
        }
        if (skills.isEmpty() || skills.stream().distinct().count() != skills.size()) {
            throw new IllegalArgumentException("an item teaches at least one skill, each once");
        }
        url.ifPresent(u -> {
            if (!u.startsWith("https://")) {
                throw new IllegalArgumentException("item links must be https");
            }
        });
    }
}
