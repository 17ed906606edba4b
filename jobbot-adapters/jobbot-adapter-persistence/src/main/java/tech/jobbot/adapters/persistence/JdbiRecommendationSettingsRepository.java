package tech.jobbot.adapters.persistence;

import java.time.Clock;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.recommendation.RecommendationSettings;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.recommendation.RecommendationSettingsRepository;

/** Recommendation choices as sealed documents. */
public final class JdbiRecommendationSettingsRepository implements RecommendationSettingsRepository {
    private final AccountDocuments<RecommendationSettings> documents;

    public JdbiRecommendationSettingsRepository(JdbiTransactions tx, KeyVault vault, Clock clock) {
        this.documents = new AccountDocuments<>(tx, vault, clock, "recommendation-settings",
                RecommendationSettings.class);
    }

    @Override
    public Optional<RecommendationSettings> find(AccountId owner) {
        return documents.find(owner);
    }

    @Override
    public Optional<RecommendationSettings> findForUpdate(AccountId owner) {
        return documents.findForUpdate(owner);
    }

    @Override
    public void save(AccountId owner, RecommendationSettings settings) {
        documents.save(owner, settings);
    }
}
