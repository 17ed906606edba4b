package tech.jobbot.ports.in.account;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Background;

/** A person's background: read, replace, delete (privacy policy §7: access, correction, deletion). */
public interface ManageBackground {
    /** The background, empty when none was given. */
    Background background(AccountId owner);

    Background replaceBackground(AccountId owner, Background background);

    boolean deleteBackground(AccountId owner);
}
