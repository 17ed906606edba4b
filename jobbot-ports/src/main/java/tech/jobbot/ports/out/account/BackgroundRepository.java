package tech.jobbot.ports.out.account;

import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Background;

/** A person's background (experience, roles, claimed skills, education), sealed under their data key. */
public interface BackgroundRepository {
    Optional<Background> find(AccountId owner);

    void save(AccountId owner, Background background);

    boolean delete(AccountId owner);
}
