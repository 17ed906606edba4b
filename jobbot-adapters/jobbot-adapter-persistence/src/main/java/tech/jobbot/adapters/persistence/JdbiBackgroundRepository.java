package tech.jobbot.adapters.persistence;

import java.time.Clock;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Background;
import tech.jobbot.ports.out.account.BackgroundRepository;
import tech.jobbot.ports.out.crypto.KeyVault;

/** Backgrounds as sealed documents. */
public final class JdbiBackgroundRepository implements BackgroundRepository {
    private final AccountDocuments<Background> documents;

    public JdbiBackgroundRepository(JdbiTransactions tx, KeyVault vault, Clock clock) {
        this.documents = new AccountDocuments<>(tx, vault, clock, "background", Background.class);
    }

    @Override
    public Optional<Background> find(AccountId owner) {
        return documents.find(owner);
    }

    @Override
    public void save(AccountId owner, Background background) {
        documents.save(owner, background);
    }

    @Override
    public boolean delete(AccountId owner) {
        return documents.delete(owner);
    }
}
