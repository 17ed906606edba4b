package tech.jobbot.ports.out.analytics;

import java.util.List;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.analytics.PageView;

/** Usage measurements kept under the consent {@code analytics.usage}. */
public interface PageViews {
    void record(PageView view);

    /** The person's page views, oldest first. */
    List<PageView> of(AccountId person);

    /** How many views of the page pattern were recorded, signed in or not: what an operator sees. */
    long count(String pagePattern);
}
