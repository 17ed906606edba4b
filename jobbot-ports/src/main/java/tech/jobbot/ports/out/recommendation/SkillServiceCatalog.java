package tech.jobbot.ports.out.recommendation;

import java.util.List;
import java.util.Set;

import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.recommendation.CatalogItem;

/**
 * Where trainings, courses and consulting services come from: the catalog bundled with Jobbot, or
 * a partner's feed. Nothing about the person is passed in: the skills looked up are all the skills
 * of the job, never only those the person lacks.
 */
public interface SkillServiceCatalog {
    /** The items that teach at least one of the skills. */
    List<CatalogItem> itemsTeaching(Set<SkillId> skills);
}
