package tech.jobbot.adapters.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.recommendation.CatalogItem;
import tech.jobbot.ports.out.recommendation.SkillServiceCatalog;

/**
 * The catalog of trainings, courses and consulting services shipped with Jobbot
 * ({@code tech/jobbot/adapters/catalog/catalog.json}, in the catalog format that partner feeds use
 * too: see {@link PartnerFeedSkillServiceCatalog}). Works offline. The file is read once, when the
 * catalog is constructed: share one instance. Thread-safe.
 */
public final class BundledSkillServiceCatalog implements SkillServiceCatalog {
    static final String RESOURCE = "catalog.json";

    private final Catalog catalog;

    /**
     * Loads the bundled catalog, checking its format but not its skill ids against a taxonomy
     * (adapters do not depend on each other; the SDK can pass the taxonomy in with the other
     * constructor).
     *
     * @throws IllegalStateException if the bundled file is missing or has any invalid item; the
     *                               message names each invalid item by id
     */
    public BundledSkillServiceCatalog() {
        this(skill -> true);
    }

    /**
     * Loads the bundled catalog and checks that every skill it names is one of {@code knownSkills}.
     *
     * @param knownSkills the ids of the skills taxonomy in use
     * @throws IllegalStateException if the bundled file is missing, has an invalid item, or names
     *                               a skill outside {@code knownSkills}; the message names each
     *                               such item by id
     */
    public BundledSkillServiceCatalog(Set<SkillId> knownSkills) {
        this(Set.copyOf(Objects.requireNonNull(knownSkills, "knownSkills"))::contains);
    }

    private BundledSkillServiceCatalog(Predicate<SkillId> isKnownSkill) {
        byte[] json;
        try (InputStream in = BundledSkillServiceCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled catalog " + RESOURCE + " is missing from the classpath");
            }
            json = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("the bundled catalog " + RESOURCE + " could not be read", e);
        }
        try {
            catalog = new Catalog(CatalogJson.parseAllValid(json, isKnownSkill));
        } catch (IllegalArgumentException e) {
            // A broken bundled file is a build defect, not a condition to run with: fail at startup.
            throw new IllegalStateException("the bundled catalog " + RESOURCE + " is invalid: " + e.getMessage(), e);
        }
    }

    /** The items teaching at least one of the skills, in the bundled file's order. */
    @Override
    public List<CatalogItem> itemsTeaching(Set<SkillId> skills) {
        return catalog.teaching(skills);
    }

    /** Every item, in the bundled file's order. */
    public List<CatalogItem> all() {
        return catalog.items();
    }
}
