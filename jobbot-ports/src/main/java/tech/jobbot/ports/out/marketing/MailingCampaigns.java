package tech.jobbot.ports.out.marketing;

import java.time.Instant;
import java.util.OptionalInt;

/** Marketing mailings by the operator's campaign id, so that sending one again queues nothing twice. */
public interface MailingCampaigns {
    /**
     * Claims the campaign id inside the caller's transaction; empty if it is new, else how many
     * mails the earlier send queued. A concurrent claim of the same id waits for the first to finish.
     */
    OptionalInt claim(String campaignId, Instant at);

    /** Records how many mails the campaign queued. */
    void queued(String campaignId, int queued);
}
