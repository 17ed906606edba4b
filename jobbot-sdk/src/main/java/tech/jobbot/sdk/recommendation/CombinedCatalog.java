package tech.jobbot.sdk.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.recommendation.CatalogItem;
import tech.jobbot.ports.out.recommendation.SkillServiceCatalog;

/** Several catalogs as one; an id listed by an earlier catalog wins over the same id in a later one. */
public final class CombinedCatalog implements SkillServiceCatalog {
    private final List<SkillServiceCatalog> catalogs;

    public CombinedCatalog(List<SkillServiceCatalog> catalogs) {
        this.catalogs = List.copyOf(catalogs);
    }

    @Override
    public List<CatalogItem> itemsTeaching(Set<SkillId> skills) {
        Map<String, CatalogItem> byId = new LinkedHashMap<>();
        for (SkillServiceCatalog catalog : catalogs) {
            for (CatalogItem item : catalog.itemsTeaching(skills)) {
                byId.putIfAbsent(item.id(), item);
            }
        }
        return new ArrayList<>(byId.values());
    }
}
