package tech.jobbot.ports.in.analytics;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.analytics.PageView;

/**
 * Usage analytics (purpose {@code analytics.usage}, policy §2, §5): page views and dwell time,
 * kept only when the person consents at that moment. Nothing is recorded under Global Privacy
 * Control, for a withdrawn or outdated consent, or for a supervised minor without their guardian's consent.
 */
public interface MeasureUsage {
    /**
     * Records a page view if allowed; returns whether it was.
     *
     * @param person the signed-in person, whose consent in the ledger decides
     * @param anonymousConsent for a visitor who is not signed in: their cookie banner answer for analytics
     * @param globalPrivacyControl whether the request carried {@code Sec-GPC: 1}
     * @throws IllegalArgumentException if the page is not a path on the site or the dwell time is implausible
     */
    boolean recordPageView(Optional<AccountId> person, String page, Duration dwell, boolean anonymousConsent,
            boolean globalPrivacyControl);

    /** The person's recorded page views (part of what they can see and export). */
    List<PageView> pageViews(AccountId person);
}
