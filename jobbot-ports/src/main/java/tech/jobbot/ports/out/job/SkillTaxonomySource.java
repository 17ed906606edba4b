package tech.jobbot.ports.out.job;

import tech.jobbot.domain.job.SkillTaxonomy;

/** Where the skills taxonomy comes from (the data shipped with the product, by default). */
public interface SkillTaxonomySource {
    SkillTaxonomy load();
}
