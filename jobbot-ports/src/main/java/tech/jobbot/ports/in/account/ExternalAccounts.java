package tech.jobbot.ports.in.account;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.ExternalSubject;

/**
 * For platforms that embed Jobbot with their own user identities: maps the platform's subject
 * id to a Jobbot account, creating it on first use. No email-code flow is involved.
 */
public interface ExternalAccounts {
    AccountId accountFor(ExternalSubject subject);
}
