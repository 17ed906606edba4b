package tech.jobbot.sdk.analytics;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.analytics.PageView;
import tech.jobbot.domain.consent.Purposes;
import tech.jobbot.ports.in.analytics.MeasureUsage;
import tech.jobbot.ports.out.analytics.PageViews;
import tech.jobbot.sdk.consent.ConsentGate;

/** Usage analytics that ask the consent gate before every single measurement. */
public final class UsageService implements MeasureUsage {
    private final PageViews views;
    private final ConsentGate gate;
    private final Clock clock;

    public UsageService(PageViews views, ConsentGate gate, Clock clock) {
        this.views = views;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public boolean recordPageView(Optional<AccountId> person, String page, Duration dwell, boolean anonymousConsent,
            boolean globalPrivacyControl) {
        PageView view = new PageView(UUID.randomUUID(), person, PageView.pagePattern(page), dwell, clock.instant());
        if (globalPrivacyControl) {
            return false;
        }
        boolean allowed = person.map(p -> gate.mayUse(p, Purposes.ANALYTICS_USAGE)).orElse(anonymousConsent);
        if (allowed) {
            views.record(view);
        }
        return allowed;
    }

    @Override
    public List<PageView> pageViews(AccountId person) {
        return views.of(person);
    }

    /** How many views of the page pattern were recorded in all. */
    public long count(String pagePattern) {
        return views.count(PageView.pagePattern(pagePattern));
    }
}
