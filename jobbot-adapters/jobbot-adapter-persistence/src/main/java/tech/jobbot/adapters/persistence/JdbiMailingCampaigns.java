package tech.jobbot.adapters.persistence;

import java.time.Instant;
import java.util.OptionalInt;

import tech.jobbot.ports.out.marketing.MailingCampaigns;

/** Campaign ids in {@code mailing_campaigns}; the primary key makes a second claim wait, then see the first. */
public final class JdbiMailingCampaigns implements MailingCampaigns {
    private final JdbiTransactions tx;

    public JdbiMailingCampaigns(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public OptionalInt claim(String campaignId, Instant at) {
        return tx.withHandle(h -> {
            int inserted = h.createUpdate("""
                            INSERT INTO mailing_campaigns (id, queued, created_at) VALUES (:id, -1, :at)
                            ON CONFLICT DO NOTHING""")
                    .bind("id", campaignId)
                    .bind("at", Sql.time(at))
                    .execute();
            if (inserted == 1) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(h.createQuery("SELECT queued FROM mailing_campaigns WHERE id = :id")
                    .bind("id", campaignId).mapTo(Integer.class).one());
        });
    }

    @Override
    public void queued(String campaignId, int queued) {
        tx.withHandle(h -> h.createUpdate("UPDATE mailing_campaigns SET queued = :queued WHERE id = :id")
                .bind("queued", queued)
                .bind("id", campaignId)
                .execute());
    }
}
