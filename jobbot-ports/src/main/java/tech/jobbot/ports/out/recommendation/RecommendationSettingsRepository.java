package tech.jobbot.ports.out.recommendation;

import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.recommendation.RecommendationSettings;

/** A person's choices about recommendations, sealed under their data key. */
public interface RecommendationSettingsRepository {
    Optional<RecommendationSettings> find(AccountId owner);

    /** Finds the settings and locks them until the transaction ends, so concurrent changes queue up. */
    Optional<RecommendationSettings> findForUpdate(AccountId owner);

    void save(AccountId owner, RecommendationSettings settings);
}
