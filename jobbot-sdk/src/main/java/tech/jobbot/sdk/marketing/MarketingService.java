package tech.jobbot.sdk.marketing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Pattern;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.consent.Purposes;
import tech.jobbot.domain.mail.Html;
import tech.jobbot.domain.mail.MailMessage;
import tech.jobbot.ports.in.consent.ConsentContext;
import tech.jobbot.ports.in.consent.ManageConsents;
import tech.jobbot.ports.in.marketing.Marketing;
import tech.jobbot.ports.out.account.AccountRepository;
import tech.jobbot.sdk.account.UnknownAccountException;
import tech.jobbot.sdk.consent.ConsentGate;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.mail.MailOutbox;
import tech.jobbot.ports.out.marketing.MailingCampaigns;
import tech.jobbot.ports.out.tx.Transactions;

/**
 * Marketing mail, opt-in only: each person's consent is asked of the domain when their copy is
 * queued, and each copy carries a one-click unsubscribe link (RFC 8058) holding a token that
 * names the person and is keyed with the server secret, so it cannot be made for anyone else.
 */
public final class MarketingService implements Marketing {
    private static final String TOKEN_DIGEST = "unsubscribe.marketing-email";
    private static final int PAGE = 200;
    public static final int MAX_TEXT = 20_000;

    private static final Pattern CAMPAIGN_ID = Pattern.compile("[A-Za-z0-9._-]{1,80}");

    private final Transactions tx;
    private final MailingCampaigns campaigns;
    private final AccountRepository accounts;
    private final ConsentGate gate;
    private final ManageConsents consents;
    private final MailOutbox outbox;
    private final KeyVault vault;
    private final Optional<URI> publicUrl;
    private final Clock clock;

    public MarketingService(Transactions tx, MailingCampaigns campaigns, AccountRepository accounts, ConsentGate gate, ManageConsents consents,
            MailOutbox outbox, KeyVault vault, Optional<URI> publicUrl, Clock clock) {
        this.tx = tx;
        this.campaigns = campaigns;
        this.accounts = accounts;
        this.gate = gate;
        this.consents = consents;
        this.outbox = outbox;
        this.vault = vault;
        this.publicUrl = publicUrl.map(u -> URI.create(u.toString().replaceAll("/+$", "")));
        this.clock = clock;
    }

    @Override
    public int sendMarketing(String subject, String text) {
        return sendMarketing("campaign-" + UUID.randomUUID(), subject, text);
    }

    @Override
    public int sendMarketing(String campaignId, String subject, String text) {
        Objects.requireNonNull(campaignId, "campaignId");
        if (!CAMPAIGN_ID.matcher(campaignId).matches()) {
            throw new IllegalArgumentException(
                    "the campaign id must be 1 to 80 letters, digits, dots, hyphens or underscores");
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if (subject.isBlank() || subject.length() > 200 || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("the subject must be one line of 1 to 200 characters");
        }
        if (text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("the text must be 1 to " + MAX_TEXT + " characters");
        }
        URI base = publicUrl.orElseThrow(() -> new IllegalStateException(
                "set the public URL (Jobbot.Builder.publicUrl): every marketing mail needs its unsubscribe link"));
        return tx.inTransaction(() -> {
            OptionalInt earlier = campaigns.claim(campaignId, clock.instant());
            if (earlier.isPresent()) {
                return earlier.getAsInt();
            }
            int queued = queueAll(base, subject, text);
            campaigns.queued(campaignId, queued);
            return queued;
        });
    }

    private int queueAll(URI base, String subject, String text) {
        int queued = 0;
        Optional<AccountId> after = Optional.empty();
        while (true) {
            List<AccountId> page = accounts.idsAfter(after, PAGE);
            if (page.isEmpty()) {
                return queued;
            }
            for (AccountId id : page) {
                if (!gate.mayUse(id, Purposes.MARKETING_EMAIL)) {
                    continue;
                }
                Optional<Account> account = accounts.findById(id);
                if (account.isEmpty() || account.get().email().isEmpty()) {
                    continue;
                }
                URI link = URI.create(base + "/unsubscribe/" + token(id));
                outbox.enqueue(new MailMessage(account.get().email().get(), subject,
                        text + "\n\n--\nYou receive this because you agreed to news from Jobbot. Unsubscribe: " + link
                                + "\n(or withdraw the consent \"marketing.email\" in your settings)\n",
                        html(text, link), Optional.of(link)), clock.instant());
                queued++;
            }
            after = Optional.of(page.get(page.size() - 1));
        }
    }

    @Override
    public boolean unsubscribe(String token, ConsentContext context) {
        Optional<AccountId> person = verified(token);
        if (person.isEmpty()) {
            return false;
        }
        try {
            consents.changeConsents(person.get(), Map.of(PurposeKey.MARKETING_EMAIL, false),
                    new ConsentContext(ConsentMethod.EMAIL_LINK, context.clientIp(), context.userAgent()));
            return true;
        } catch (UnknownAccountException gone) {
            return false;
        }
    }

    /**
     * Whether a queued mail may still go out: a marketing mail (one with an unsubscribe link) only
     * while the person it was made for still consents, so a withdrawal stops copies already queued.
     */
    public boolean stillWanted(MailMessage mail) {
        if (mail.unsubscribe().isEmpty()) {
            return true;
        }
        String path = mail.unsubscribe().get().getPath();
        return verified(path == null ? null : path.substring(path.lastIndexOf('/') + 1))
                .map(person -> gate.mayUse(person, Purposes.MARKETING_EMAIL))
                .orElse(false);
    }

    /** The person's unsubscribe token: their id and a keyed digest of it. */
    public String token(AccountId person) {
        return person.value() + "." + vault.digest(TOKEN_DIGEST, person.value().toString()).value();
    }

    private Optional<AccountId> verified(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        AccountId id;
        try {
            id = new AccountId(UUID.fromString(token.substring(0, dot)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        byte[] expected = token(id).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII)) ? Optional.of(id)
                : Optional.empty();
    }

    private static String html(String text, URI link) {
        return Html.paragraphs(text)
                + "<hr><p style=\"font-size:small\">You receive this because you agreed to news from Jobbot. "
                + "<a href=\"" + Html.escape(link.toString()) + "\">Unsubscribe</a> in one click.</p>";
    }
}
