package tech.jobbot.sdk.consent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Language;
import tech.jobbot.domain.auth.Device;
import tech.jobbot.domain.consent.ConsentChoice;
import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.ConsentRecord;
import tech.jobbot.domain.consent.ConsentState;
import tech.jobbot.domain.consent.Consents;
import tech.jobbot.domain.consent.Purpose;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.consent.Purposes;
import tech.jobbot.domain.consent.Regions;
import tech.jobbot.ports.in.consent.ConsentContext;
import tech.jobbot.ports.in.consent.ManageConsents;
import tech.jobbot.ports.in.consent.PurposeConsent;
import tech.jobbot.ports.out.account.AccountRepository;
import tech.jobbot.ports.out.consent.ConsentLedger;
import tech.jobbot.ports.out.tx.Transactions;
import tech.jobbot.sdk.account.UnknownAccountException;

/**
 * Consents on the append-only ledger. The current state is always derived from the records; a
 * change appends, never edits. Personal context (IP, user agent) is reduced before it is kept.
 */
public final class ConsentService implements ManageConsents {
    private final Transactions tx;
    private final ConsentLedger ledger;
    private final AccountRepository accounts;
    private final Clock clock;

    public ConsentService(Transactions tx, ConsentLedger ledger, AccountRepository accounts, Clock clock) {
        this.tx = tx;
        this.ledger = ledger;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public List<PurposeConsent> consents(AccountId person) {
        return consents(ledger.history(person));
    }

    private static List<PurposeConsent> consents(List<ConsentRecord> history) {
        Map<PurposeKey, Purpose> purposes = new LinkedHashMap<>();
        Purposes.all().forEach(p -> purposes.put(p.key(), p));
        // Sharing purposes exist per partner: those the person ever decided on are listed too.
        history.stream().map(ConsentRecord::purpose).filter(k -> k.partnerSlug().isPresent())
                .forEach(k -> purposes.computeIfAbsent(k, key -> Purposes.sharing(key.partnerSlug().orElseThrow(),
                        key.partnerSlug().orElseThrow())));
        return purposes.values().stream().map(p -> new PurposeConsent(p, Consents.stateOf(p, history))).toList();
    }

    @Override
    public List<PurposeConsent> changeConsents(AccountId person, Map<PurposeKey, Boolean> choices,
            ConsentContext context) {
        for (PurposeKey key : choices.keySet()) {
            if (!purpose(key).withdrawable()) {
                throw new IllegalArgumentException(key + " is essential to the service and not based on consent");
            }
        }
        tx.run(() -> {
            Account account = accounts.findById(person).orElseThrow(() -> new UnknownAccountException(person));
            List<ConsentRecord> history = ledger.history(person);
            choices.forEach((key, grant) -> {
                ConsentState state = Consents.stateOf(purpose(key), history);
                boolean alreadyGranted = state instanceof ConsentState.Granted;
                boolean alreadyWithdrawn = state instanceof ConsentState.Withdrawn;
                if (grant && !alreadyGranted || !grant && !alreadyWithdrawn) {
                    ledger.append(record(account, key, grant ? ConsentChoice.GRANTED : ConsentChoice.WITHDRAWN,
                            context));
                }
            });
        });
        return consents(person);
    }

    @Override
    public List<ConsentRecord> consentHistory(AccountId person) {
        return ledger.history(person);
    }

    @Override
    public Optional<ConsentRecord> consentRecord(AccountId person, UUID recordId) {
        return ledger.find(person, recordId);
    }

    @Override
    public int applyGlobalPrivacyControl(AccountId person, ConsentContext context) {
        return tx.inTransaction(() -> {
            Account account = accounts.findById(person).orElseThrow(() -> new UnknownAccountException(person));
            List<PurposeKey> withdrawn = new ArrayList<>();
            for (PurposeConsent consent : consents(ledger.history(person))) {
                PurposeKey key = consent.purpose().key();
                boolean covered = key.equals(PurposeKey.ANALYTICS_USAGE) || key.equals(PurposeKey.MARKETING_EMAIL)
                        || key.partnerSlug().isPresent();
                if (covered && !(consent.state() instanceof ConsentState.Withdrawn)) {
                    ledger.append(record(account, key, ConsentChoice.WITHDRAWN,
                            new ConsentContext(ConsentMethod.GPC, context.clientIp(), context.userAgent())));
                    withdrawn.add(key);
                }
            }
            return withdrawn.size();
        });
    }

    /** The network part of the client's address; nothing when it is not an address at all. */
    private static Optional<String> truncated(String ip) {
        try {
            return Optional.of(ConsentRecord.truncate(ip));
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }

    private static Purpose purpose(PurposeKey key) {
        return Purposes.find(key).orElseGet(() -> key.partnerSlug()
                .map(slug -> Purposes.sharing(slug, slug))
                .orElseThrow(() -> new IllegalArgumentException("no purpose " + key)));
    }

    private ConsentRecord record(Account account, PurposeKey key, ConsentChoice choice, ConsentContext context) {
        return new ConsentRecord(UUID.randomUUID(), account.id(), key, choice, Purposes.INITIAL_POLICY_VERSION,
                context.method(), clock.instant(), Regions.of(account.country()), account.language().map(Language::tag),
                context.clientIp().flatMap(ConsentService::truncated),
                context.userAgent().map(ua -> Device.fromUserAgent(ua).toString()));
    }
}
