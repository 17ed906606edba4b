package tech.jobbot.sdk.policy;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.consent.ConsentChoice;
import tech.jobbot.domain.consent.ConsentRecord;
import tech.jobbot.domain.consent.ConsentState;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.consent.Regions;
import tech.jobbot.domain.inbox.InboxMessage;
import tech.jobbot.domain.inbox.MessageKind;
import tech.jobbot.domain.mail.Html;
import tech.jobbot.domain.mail.MailMessage;
import tech.jobbot.domain.policy.PolicyCatalog;
import tech.jobbot.domain.policy.PolicyDocument;
import tech.jobbot.domain.policy.PolicyStatus;
import tech.jobbot.ports.in.consent.ConsentContext;
import tech.jobbot.ports.in.policy.AcknowledgePolicies;
import tech.jobbot.ports.in.policy.PublishPolicies;
import tech.jobbot.ports.in.policy.ReadPolicies;
import tech.jobbot.ports.out.account.AccountRepository;
import tech.jobbot.ports.out.device.UserAgentParser;
import tech.jobbot.ports.out.consent.ConsentLedger;
import tech.jobbot.ports.out.inbox.Inbox;
import tech.jobbot.ports.out.mail.MailOutbox;
import tech.jobbot.ports.out.policy.PublishedPolicies;
import tech.jobbot.ports.out.tx.Transactions;
import tech.jobbot.sdk.account.UnknownAccountException;
import tech.jobbot.sdk.consent.ConsentService;

/**
 * The privacy policies: those shipped with Jobbot and those an operator published since. Publishing
 * notifies the people of the region in rounds (an in-site message and a mail per person, in one
 * transaction with the round's cursor, so a failed round is simply repeated and nobody is told twice).
 */
public final class PolicyService implements ReadPolicies, PublishPolicies, AcknowledgePolicies {
    private final UserAgentParser userAgents;
    private static final int PAGE = 100;
    private static final long CATALOG_TTL_NANOS = 5_000_000_000L;

    private final Transactions tx;
    private final List<PolicyDocument> bundled;
    private final PublishedPolicies published;
    private final AccountRepository accounts;
    private final ConsentLedger ledger;
    private final Inbox inbox;
    private final MailOutbox outbox;
    private final Optional<URI> publicUrl;
    private final Clock clock;
    private volatile Cached cached;

    public PolicyService(Transactions tx, List<PolicyDocument> bundled, PublishedPolicies published,
            AccountRepository accounts, ConsentLedger ledger, Inbox inbox, MailOutbox outbox, Optional<URI> publicUrl,
            UserAgentParser userAgents, Clock clock) {
        this.tx = tx;
        this.userAgents = userAgents;
        this.bundled = List.copyOf(bundled);
        this.published = published;
        this.accounts = accounts;
        this.ledger = ledger;
        this.inbox = inbox;
        this.outbox = outbox;
        this.publicUrl = publicUrl.map(u -> URI.create(u.toString().replaceAll("/+$", "")));
        this.clock = clock;
        catalog();
    }

    /**
     * Every version of every region, shipped and published. Asked on every consent check, so it is
     * kept for {@link #CATALOG_TTL_NANOS} and read again after that (another node may have
     * published) or at once after a publication on this node.
     */
    public PolicyCatalog catalog() {
        Cached current = cached;
        long now = System.nanoTime();
        if (current != null && now - current.loadedAt() < CATALOG_TTL_NANOS) {
            return current.catalog();
        }
        List<PolicyDocument> all = new ArrayList<>(bundled);
        all.addAll(published.all());
        PolicyCatalog catalog;
        try {
            catalog = new PolicyCatalog(all);
        } catch (IllegalArgumentException clash) {
            throw new IllegalStateException("the bundled policies and those published in the database clash ("
                    + clash.getMessage() + "): publish the next version number instead of shipping it", clash);
        }
        cached = new Cached(catalog, now);
        return catalog;
    }

    private record Cached(PolicyCatalog catalog, long loadedAt) {
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Override
    public Optional<PolicyDocument> currentPolicy(String region) {
        return catalog().current(region, today());
    }

    @Override
    public Optional<PolicyDocument> policy(String region, int version) {
        return catalog().version(region, version);
    }

    @Override
    public List<PolicyDocument> policyVersions(String region) {
        return catalog().versions(region);
    }

    @Override
    public String policyRegionOf(AccountId person) {
        return Regions.of(account(person).country());
    }

    @Override
    public PolicyDocument publishPolicy(PolicyDocument draft) {
        Objects.requireNonNull(draft, "draft");
        cached = null;
        catalog().checkNext(draft, today());
        published.publish(draft, clock.instant());
        cached = null;
        return draft;
    }

    @Override
    public int notifyPolicyUpdates(int maxPeople) {
        if (maxPeople < 1) {
            throw new IllegalArgumentException("notify at least one person per round");
        }
        int looked = 0;
        for (PublishedPolicies.Notification n : published.unfinishedNotifications()) {
            PolicyDocument document = catalog().version(n.region(), n.version()).orElseThrow();
            Optional<AccountId> after = n.after();
            while (looked < maxPeople) {
                int limit = Math.min(PAGE, maxPeople - looked);
                Optional<AccountId> from = after;
                List<AccountId> page = tx.inTransaction(() -> {
                    List<AccountId> ids = accounts.idsAfter(from, limit);
                    ids.forEach(id -> notify(id, document));
                    published.notificationProgress(n.region(), n.version(),
                            ids.isEmpty() ? from : Optional.of(ids.getLast()),
                            ids.size() < limit ? Optional.of(clock.instant()) : Optional.empty());
                    return ids;
                });
                looked += page.size();
                if (page.size() < limit) {
                    break;
                }
                after = Optional.of(page.getLast());
            }
            if (looked >= maxPeople) {
                break;
            }
        }
        return looked;
    }

    private void notify(AccountId id, PolicyDocument document) {
        Optional<Account> found = accounts.findById(id);
        if (found.isEmpty() || !Regions.of(found.get().country()).equals(document.region())) {
            return;
        }
        Account account = found.get();
        String subject = "Our privacy policy changes on " + document.effectiveFrom() + " (version "
                + document.version() + ")";
        String body = body(document);
        boolean posted = inbox.post(InboxMessage.unread(id, MessageKind.POLICY_UPDATE, subject, body, clock.instant()),
                "policy:" + document.region() + ":" + document.version());
        if (posted && account.email().isPresent()) {
            outbox.enqueue(new MailMessage(account.email().get(), subject, body, Html.paragraphs(body),
                    Optional.empty()), clock.instant());
        }
    }

    private String body(PolicyDocument d) {
        StringBuilder text = new StringBuilder()
                .append("We have published version ").append(d.version()).append(" of the privacy policy that applies to you (")
                .append(d.region()).append("). It takes effect on ").append(d.effectiveFrom()).append(".\n\n")
                .append("What changes: ").append(d.summary().strip()).append("\n\n");
        if (!d.changedPurposes().isEmpty()) {
            text.append("It changes how we use your data for: ")
                    .append(d.changedPurposes().stream().map(PurposeKey::value).sorted().collect(Collectors.joining(", ")))
                    .append(". From that day we pause these uses and ask for your consent again; nothing is done for"
                            + " them until you answer.\n\n");
        }
        text.append("Read the full policy: ").append(publicUrl.map(u -> u + "/privacy").orElse("/privacy on Jobbot"))
                .append("\nWe will show it to you when you next sign in until you acknowledge it.");
        return text.toString();
    }

    @Override
    public PolicyStatus policyStatus(AccountId person) {
        Account account = account(person);
        return status(account, catalog(), ledger.history(person));
    }

    private PolicyStatus status(Account account, PolicyCatalog catalog, List<ConsentRecord> history) {
        String region = Regions.of(account.country());
        Optional<PolicyDocument> current = catalog.current(region, today());
        int acknowledged = history.stream()
                .filter(r -> r.choice() == ConsentChoice.ACKNOWLEDGED && r.purpose().equals(PurposeKey.ESSENTIAL_SERVICE)
                        && r.region().equals(region))
                .mapToInt(ConsentRecord::policyVersion).max().orElse(0);
        List<PurposeKey> askAgain = ConsentService.consents(history, catalog, region, today()).stream()
                .filter(c -> c.state() instanceof ConsentState.Outdated).map(c -> c.purpose().key()).toList();
        return new PolicyStatus(region, current, acknowledged, askAgain);
    }

    @Override
    public PolicyStatus acknowledgePolicy(AccountId person, int version, ConsentContext context) {
        return tx.inTransaction(() -> {
            Account account = account(person);
            PolicyCatalog catalog = catalog();
            List<ConsentRecord> history = ledger.history(person);
            PolicyStatus status = status(account, catalog, history);
            int current = status.current().map(PolicyDocument::version).orElseThrow(() -> new IllegalArgumentException(
                    "no policy is published for the " + status.region() + " region"));
            if (version != current) {
                throw new IllegalArgumentException("the " + status.region() + " policy in effect is version " + current
                        + ", not " + version);
            }
            if (status.acknowledgedVersion() >= version) {
                return status;
            }
            ledger.append(acknowledgement(account, status.region(), version, context));
            return status(account, catalog, ledger.history(person));
        });
    }

    /**
     * The person (or their guardian) was shown their region's policy in effect, e.g. at sign-up:
     * recorded as seen, by the context's method.
     */
    public void recordSeen(AccountId person, ConsentContext context) {
        Account account = account(person);
        String region = Regions.of(account.country());
        catalog().current(region, today()).ifPresent(
                current -> ledger.append(acknowledgement(account, region, current.version(), context)));
    }

    private ConsentRecord acknowledgement(Account account, String region, int version, ConsentContext context) {
        return ConsentService.recordOf(account, PurposeKey.ESSENTIAL_SERVICE, ConsentChoice.ACKNOWLEDGED, version,
                region, context, clock.instant(), userAgents);
    }

    private Account account(AccountId person) {
        return accounts.findById(person).orElseThrow(() -> new UnknownAccountException(person));
    }
}
