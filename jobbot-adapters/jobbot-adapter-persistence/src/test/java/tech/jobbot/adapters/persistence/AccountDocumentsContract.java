package tech.jobbot.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Background;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.recommendation.RecommendationSettings;

/** The contracts of {@link tech.jobbot.ports.out.account.BackgroundRepository} and the recommendation settings. */
abstract class AccountDocumentsContract extends PersistenceContract {
    private AccountId owner;
    private AccountId other;

    @BeforeEach
    void owners() {
        owner = new AccountId(UUID.randomUUID());
        other = new AccountId(UUID.randomUUID());
        persistence.accounts().add(Account.registerByEmail(owner, EmailAddress.parse("b@example.com"), clock.instant()));
        persistence.accounts().add(Account.registerByEmail(other, EmailAddress.parse("o@example.com"), clock.instant()));
    }

    @Test
    void a_background_is_saved_replaced_and_deleted_for_its_owner_only() throws Exception {
        Background first = new Background(Optional.of(4), List.of("Staff nurse at St Mary's Hospital"),
                List.of(new SkillId("triage")), List.of("BSc Nursing, 2019"));
        persistence.backgrounds().save(owner, first);
        assertEquals(Optional.of(first), persistence.backgrounds().find(owner));
        assertEquals(Optional.empty(), persistence.backgrounds().find(other));
        assertEquals(List.of(), columnsContaining("St Mary"), "backgrounds are sealed");

        Background second = new Background(Optional.of(5), List.of(), List.of(), List.of());
        persistence.backgrounds().save(owner, second);
        assertEquals(Optional.of(second), persistence.backgrounds().find(owner));
        assertTrue(persistence.backgrounds().delete(owner));
        assertFalse(persistence.backgrounds().delete(owner));
        assertEquals(Optional.empty(), persistence.backgrounds().find(owner));
    }

    @Test
    void recommendation_settings_round_trip() {
        RecommendationSettings settings = RecommendationSettings.DEFAULT.dismiss("course-sql-basics")
                .dismiss("training-excel");
        persistence.recommendationSettings().save(owner, settings);
        assertEquals(Optional.of(settings), persistence.recommendationSettings().find(owner));
        assertEquals(Set.of("course-sql-basics", "training-excel"),
                persistence.recommendationSettings().find(owner).orElseThrow().dismissedItems());
        assertEquals(Optional.empty(), persistence.recommendationSettings().find(other));
    }

    @Test
    void settings_can_be_locked_before_they_exist_and_the_lock_leaves_no_document() {
        persistence.transactions().run(() -> {
            assertEquals(Optional.empty(), persistence.recommendationSettings().findForUpdate(owner));
            persistence.recommendationSettings().save(owner, RecommendationSettings.DEFAULT.dismiss("item-a"));
        });
        assertEquals(Set.of("item-a"), persistence.recommendationSettings().find(owner).orElseThrow().dismissedItems());
        persistence.transactions().run(() -> persistence.recommendationSettings().findForUpdate(other));
        assertEquals(Optional.empty(), persistence.recommendationSettings().find(other),
                "locking alone stores no settings");
        persistence.transactions().run(() -> {
            RecommendationSettings current = persistence.recommendationSettings().findForUpdate(owner).orElseThrow();
            persistence.recommendationSettings().save(owner, current.dismiss("item-b"));
        });
        assertEquals(Set.of("item-a", "item-b"),
                persistence.recommendationSettings().find(owner).orElseThrow().dismissedItems());
    }
}
