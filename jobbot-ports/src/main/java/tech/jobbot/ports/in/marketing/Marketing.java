package tech.jobbot.ports.in.marketing;

import tech.jobbot.ports.in.consent.ConsentContext;

/**
 * Marketing communications (privacy policy §3, §7): opt-in only, and every mail can be
 * unsubscribed from in one click (RFC 8058) without signing in.
 */
public interface Marketing {
    /**
     * An operator sends a mail to every person who consents to {@code marketing.email} now; each
     * copy carries that person's own one-click unsubscribe link. Returns how many were queued.
     *
     * @throws IllegalStateException if Jobbot has no public URL to put in the unsubscribe link
     */
    int sendMarketing(String subject, String text);

    /**
     * As {@link #sendMarketing(String, String)}, once per {@code campaignId}: sending the same
     * campaign again (a retry after a timeout) queues nothing more and returns the first count.
     * The whole mailing is queued in one transaction, so it is queued entirely or not at all.
     *
     * @param campaignId 1 to 80 letters, digits, dots, hyphens or underscores
     */
    int sendMarketing(String campaignId, String subject, String text);

    /**
     * Withdraws consent to marketing mail for the person an unsubscribe token was made for;
     * repeating it changes nothing. Returns false for a token Jobbot did not make.
     */
    boolean unsubscribe(String token, ConsentContext context);
}
