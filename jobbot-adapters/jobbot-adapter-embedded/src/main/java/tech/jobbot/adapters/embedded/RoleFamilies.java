package tech.jobbot.adapters.embedded;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The role families the question bank is organised by. The skills taxonomy is maintained
 * separately and may spell a family differently ("nursing", "Finance/Accounting"), so families
 * are matched loosely and anything unrecognised counts as no family at all.
 */
final class RoleFamilies {
    static final String ANY = "any";
    static final List<String> ALL = List.of("software", "data", "product", "design", "sales", "marketing",
            "customer-support", "finance-accounting", "hr", "healthcare-nursing", "teaching", "operations-logistics",
            "manufacturing-engineering");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("engineering", "manufacturing-engineering"),
            Map.entry("manufacturing", "manufacturing-engineering"),
            Map.entry("mechanical", "manufacturing-engineering"), Map.entry("industrial", "manufacturing-engineering"),
            Map.entry("quality", "manufacturing-engineering"), Map.entry("nursing", "healthcare-nursing"),
            Map.entry("healthcare", "healthcare-nursing"), Map.entry("health", "healthcare-nursing"),
            Map.entry("medical", "healthcare-nursing"), Map.entry("clinical", "healthcare-nursing"),
            Map.entry("support", "customer-support"), Map.entry("service", "customer-support"),
            Map.entry("success", "customer-support"), Map.entry("finance", "finance-accounting"),
            Map.entry("accounting", "finance-accounting"), Map.entry("human", "hr"), Map.entry("people", "hr"),
            Map.entry("recruiting", "hr"), Map.entry("education", "teaching"),
            Map.entry("operations", "operations-logistics"),
            Map.entry("logistics", "operations-logistics"), Map.entry("supply", "operations-logistics"),
            Map.entry("ux", "design"), Map.entry("ui", "design"), Map.entry("analytics", "data"),
            Map.entry("development", "software"), Map.entry("it", "software"));

    private RoleFamilies() {
    }

    /** The bank's name for a taxonomy family, or empty when it is none of the bank's families. */
    static Optional<String> canonical(String family) {
        String slug = family.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (ALL.contains(slug)) {
            return Optional.of(slug);
        }
        for (String token : slug.split("-")) {
            if (ALL.contains(token)) {
                return Optional.of(token);
            }
            String alias = ALIASES.get(token);
            if (alias != null) {
                return Optional.of(alias);
            }
        }
        return Optional.empty();
    }

    /** What a result in this family is usually measured by, for follow-ups and outlines. */
    static String measures(String family) {
        return switch (family) {
            case "software" -> "latency, error rates, uptime or release frequency";
            case "data" -> "accuracy, time saved or the decisions it changed";
            case "product" -> "adoption, retention or revenue";
            case "design" -> "task success, conversion or fewer support requests";
            case "sales" -> "revenue, win rate or deal cycle time";
            case "marketing" -> "conversion, cost per lead or pipeline generated";
            case "customer-support" -> "satisfaction scores, first-response time or resolution rate";
            case "finance-accounting" -> "days to close, accuracy or money saved";
            case "hr" -> "time to hire, retention or engagement scores";
            case "healthcare-nursing" -> "patient outcomes, response times or incidents avoided";
            case "teaching" -> "student progress, attendance or assessment results";
            case "operations-logistics" -> "on-time delivery, cost per order or inventory accuracy";
            case "manufacturing-engineering" -> "yield, downtime or defect rate";
            default -> "time saved, money, quality or the number of people helped";
        };
    }
}
