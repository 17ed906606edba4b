package tech.jobbot.sdk.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.consent.ConsentRecord;
import tech.jobbot.domain.event.JobbotEvent;
import tech.jobbot.ports.out.consent.ConsentLedger;
import tech.jobbot.ports.out.event.EventOutbox;
import tech.jobbot.ports.out.tx.Transactions;

/**
 * The consent ledger that also announces each grant and withdrawal, in the same transaction, by
 * whatever road it came (settings, the banner, an unsubscribe link, a guardian, GPC).
 */
public final class EventingConsentLedger implements ConsentLedger {
    private final ConsentLedger ledger;
    private final EventOutbox events;
    private final Transactions tx;

    public EventingConsentLedger(ConsentLedger ledger, EventOutbox events, Transactions tx) {
        this.ledger = ledger;
        this.events = events;
        this.tx = tx;
    }

    @Override
    public void append(ConsentRecord record) {
        tx.inTransaction(() -> {
            ledger.append(record);
            if (record.choice().decisive()) {
                events.record(new JobbotEvent.ConsentChanged(UUID.randomUUID(), record.subject(), Optional.empty(),
                        record.purpose().value(), record.choice().name().toLowerCase(Locale.ROOT), record.at()));
            }
            return null;
        });
    }

    @Override
    public List<ConsentRecord> history(AccountId subject) {
        return ledger.history(subject);
    }

    @Override
    public Optional<ConsentRecord> find(AccountId subject, UUID recordId) {
        return ledger.find(subject, recordId);
    }
}
