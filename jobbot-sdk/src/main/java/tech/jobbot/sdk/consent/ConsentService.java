package tech.jobbot.sdk.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Language;
import tech.jobbot.domain.consent.ConsentChoice;
import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.ConsentRecord;
import tech.jobbot.domain.consent.ConsentState;
import tech.jobbot.domain.consent.Consents;
import tech.jobbot.domain.consent.Purpose;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.consent.Purposes;
import tech.jobbot.domain.consent.Regions;
import tech.jobbot.domain.minor.Supervision;
import tech.jobbot.domain.policy.PolicyCatalog;
import tech.jobbot.domain.policy.PolicyDocument;
import tech.jobbot.ports.in.consent.ConsentContext;
import tech.jobbot.ports.in.consent.ManageConsents;
import tech.jobbot.ports.in.consent.PurposeConsent;
import tech.jobbot.ports.in.minor.AgeNotDeclaredException;
import tech.jobbot.ports.in.minor.GuardianConsentRequiredException;
import tech.jobbot.ports.out.account.AccountRepository;
import tech.jobbot.ports.out.consent.ConsentLedger;
import tech.jobbot.ports.out.device.UserAgentParser;
import tech.jobbot.ports.out.minor.Supervisions;
import tech.jobbot.ports.out.tx.Transactions;
import tech.jobbot.sdk.account.UnknownAccountException;

/**
 * Consents on the append-only ledger. The current state is always derived from the records; a
 * change appends, never edits. Personal context (IP, user agent) is reduced before it is kept.
 */
public final class ConsentService implements ManageConsents, ConsentGate {
    private final UserAgentParser userAgents;
    private final Transactions tx;
    private final ConsentLedger ledger;
    private final AccountRepository accounts;
    private final Supplier<PolicyCatalog> policies;
    private final Supervisions supervisions;
    private final Clock clock;

    /** @param policies the policies of every region, which say when a purpose's terms last changed */
    public ConsentService(Transactions tx, ConsentLedger ledger, AccountRepository accounts,
            Supplier<PolicyCatalog> policies, Supervisions supervisions, UserAgentParser userAgents, Clock clock) {
        this.tx = tx;
        this.userAgents = userAgents;
        this.ledger = ledger;
        this.accounts = accounts;
        this.policies = policies;
        this.supervisions = supervisions;
        this.clock = clock;
    }

    @Override
    public List<PurposeConsent> consents(AccountId person) {
        Account account = account(person);
        return consents(ledger.history(person), policies.get(), Regions.of(account.country()), today());
    }

    /**
     * Every purpose and where the person stands, as the policies of their region have it on the
     * day: a grant made before a policy version that changed the purpose is outdated.
     */
    public static List<PurposeConsent> consents(List<ConsentRecord> history, PolicyCatalog catalog, String region,
            LocalDate day) {
        Map<PurposeKey, Purpose> purposes = new LinkedHashMap<>();
        Purposes.all().forEach(p -> purposes.put(p.key(), p));
        // Sharing purposes exist per partner: those the person ever decided on are listed too.
        history.stream().map(ConsentRecord::purpose).filter(k -> k.partnerSlug().isPresent())
                .forEach(k -> purposes.computeIfAbsent(k, key -> Purposes.sharing(key.partnerSlug().orElseThrow(),
                        key.partnerSlug().orElseThrow())));
        return purposes.values().stream()
                .map(p -> catalog.asOf(p, region, day))
                .map(p -> new PurposeConsent(p, Consents.stateOf(p, history))).toList();
    }

    /**
     * Where the person stands on the purpose now, under their region's policies. Every use of data
     * for a consent-based purpose asks this first.
     */
    public ConsentState stateOf(AccountId person, Purpose purpose) {
        Account account = account(person);
        return Consents.stateOf(policies.get().asOf(purpose, Regions.of(account.country()), today()),
                ledger.history(person));
    }

    /** Whether Jobbot may use the person's data for the purpose now; false for an unknown person. */
    @Override
    public boolean mayUse(AccountId person, Purpose purpose) {
        if (!purpose.withdrawable()) {
            return true;
        }
        Optional<Account> account = accounts.findById(person);
        return account.isPresent() && guardianAllows(person, purpose.key()) && Consents.mayUse(Consents.stateOf(
                policies.get().asOf(purpose, Regions.of(account.get().country()), today()), ledger.history(person)));
    }

    /**
     * A supervised minor's sensitive purposes wait for their guardian's consent (policy §8), and
     * those of someone who has not declared their age wait for the declaration.
     */
    private boolean guardianAllows(AccountId person, PurposeKey purpose) {
        return !Supervision.needsGuardian(purpose)
                || supervisions.find(person).map(s -> s.maySensitiveOn(today())).orElse(false);
    }

    private Account account(AccountId person) {
        return accounts.findById(person).orElseThrow(() -> new UnknownAccountException(person));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
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
            Account account = accounts.findForUpdate(person).orElseThrow(() -> new UnknownAccountException(person));
            List<ConsentRecord> history = ledger.history(person);
            PolicyCatalog catalog = policies.get();
            String region = Regions.of(account.country());
            choices.forEach((key, grant) -> {
                if (grant && !guardianAllows(person, key)) {
                    if (supervisions.find(person).isEmpty()) {
                        throw new AgeNotDeclaredException();
                    }
                    throw new GuardianConsentRequiredException("consent to " + key
                            + " needs your guardian's consent first (you are under 18)");
                }
                ConsentState state = Consents.stateOf(catalog.asOf(purpose(key), region, today()), history);
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
            Account account = accounts.findForUpdate(person).orElseThrow(() -> new UnknownAccountException(person));
            List<PurposeKey> withdrawn = new ArrayList<>();
            for (PurposeConsent consent : consents(ledger.history(person), policies.get(),
                    Regions.of(account.country()), today())) {
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
    public static Optional<String> truncated(String ip) {
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
        String region = Regions.of(account.country());
        // The proof names the version of the region's policy the person was shown.
        int version = policies.get().current(region, today()).map(PolicyDocument::version)
                .orElse(Purposes.INITIAL_POLICY_VERSION);
        return recordOf(account, key, choice, version, region, context, clock.instant(), userAgents);
    }

    /**
     * A ledger record of the person's choice, with the context reduced as the ledger keeps it: the
     * client address truncated to its network, the user agent summarised as browser and OS.
     */
    public static ConsentRecord recordOf(Account account, PurposeKey key, ConsentChoice choice, int policyVersion,
            String region, ConsentContext context, Instant at, UserAgentParser userAgents) {
        return new ConsentRecord(UUID.randomUUID(), account.id(), key, choice, policyVersion, context.method(), at,
                region, account.language().map(Language::tag), context.clientIp().flatMap(ConsentService::truncated),
                context.userAgent().map(ua -> userAgents.parse(ua).device().toString()));
    }
}
