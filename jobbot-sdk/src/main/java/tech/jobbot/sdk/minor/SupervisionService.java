package tech.jobbot.sdk.minor;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.SignInCode;
import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.ConsentState;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.mail.Html;
import tech.jobbot.domain.mail.MailMessage;
import tech.jobbot.domain.minor.AgeBand;
import tech.jobbot.domain.minor.AgeDeclaration;
import tech.jobbot.domain.minor.GuardianConsent;
import tech.jobbot.domain.minor.MinimumAges;
import tech.jobbot.domain.minor.Supervision;
import tech.jobbot.ports.in.consent.ConsentContext;
import tech.jobbot.ports.in.consent.ManageConsents;
import tech.jobbot.ports.in.consent.PurposeConsent;
import tech.jobbot.ports.in.minor.AgeNotDeclaredException;
import tech.jobbot.ports.in.minor.GuardianConsentRequiredException;
import tech.jobbot.ports.in.minor.SuperviseMinors;
import tech.jobbot.ports.out.account.AccountRepository;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.mail.MailOutbox;
import tech.jobbot.ports.out.minor.Supervisions;
import tech.jobbot.ports.out.tx.Transactions;
import tech.jobbot.sdk.account.UnknownAccountException;
import tech.jobbot.sdk.policy.PolicyService;

/**
 * Minors under policy §8. The guardian's link carries a 256-bit token and the mail a six-digit
 * code, both kept only as keyed digests; five wrong codes lock the link, and a code is valid for
 * seven days. The guardian's answers are recorded in the consent ledger with the method GUARDIAN.
 */
public final class SupervisionService implements SuperviseMinors {
    static final Duration CODE_VALIDITY = Duration.ofDays(7);
    static final int MAX_WRONG_CODES = 5;
    private static final String TOKEN_DIGEST = "guardian.link";
    private static final String CODE_DIGEST = "guardian.code";

    private final Transactions tx;
    private final Supervisions supervisions;
    private final AccountRepository accounts;
    private final ManageConsents consents;
    private final PolicyService policies;
    private final MailOutbox outbox;
    private final KeyVault vault;
    private final MinimumAges minimumAges;
    private final Consumer<AccountId> removeAvatar;
    private final Optional<URI> publicUrl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SupervisionService(Transactions tx, Supervisions supervisions, AccountRepository accounts,
            ManageConsents consents, PolicyService policies, MailOutbox outbox, KeyVault vault,
            MinimumAges minimumAges, Consumer<AccountId> removeAvatar, Optional<URI> publicUrl, Clock clock) {
        this.tx = tx;
        this.supervisions = supervisions;
        this.accounts = accounts;
        this.consents = consents;
        this.policies = policies;
        this.outbox = outbox;
        this.vault = vault;
        this.minimumAges = minimumAges;
        this.removeAvatar = removeAvatar;
        this.publicUrl = publicUrl.map(u -> URI.create(u.toString().replaceAll("/+$", "")));
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Override
    public Supervision declareAge(AccountId person, Optional<LocalDate> birthDate, String region) {
        Objects.requireNonNull(birthDate, "birthDate");
        Supervision declared = birthDate.isPresent()
                ? Supervision.declare(birthDate.get(), today(), minimumAges.of(region), clock.instant())
                : Supervision.adult(clock.instant());
        return tx.inTransaction(() -> {
            accounts.findForUpdate(person).orElseThrow(() -> new UnknownAccountException(person));
            if (supervisions.find(person).isPresent()) {
                throw new IllegalStateException("the age was declared already; ask support to correct it");
            }
            supervisions.save(person, declared);
            return declared;
        });
    }

    @Override
    public Optional<Supervision> supervision(AccountId person) {
        return supervisions.find(person);
    }

    @Override
    public AgeStatus ageStatus(AccountId person) {
        LocalDate today = today();
        return supervisions.find(person)
                .map(s -> new AgeStatus(Optional.of(s.bandOn(today)), s.supervisedOn(today), s.guardian(),
                        s.maySensitiveOn(today), s.mayKeepDataOn(today)))
                .orElse(new AgeStatus(Optional.empty(), false, GuardianConsent.NONE, false, false));
    }

    /** Refuses sensitive data of a supervised person whose guardian has not consented, or of someone undeclared. */
    public void requireSensitiveAllowed(AccountId person, String what) {
        Supervision s = declared(person);
        if (!s.maySensitiveOn(today())) {
            throw new GuardianConsentRequiredException(what + " needs your guardian's consent first (you are under "
                    + AgeBand.AGE_OF_MAJORITY + ")");
        }
    }

    /**
     * Refuses any data beyond the email of someone who has not declared their age, or is under the
     * minimum age and their guardian has not consented.
     */
    public void requireDataAllowed(AccountId person) {
        Supervision s = declared(person);
        if (!s.mayKeepDataOn(today())) {
            throw new GuardianConsentRequiredException("you are under the minimum age: Jobbot keeps nothing beyond"
                    + " your email until your guardian consents");
        }
    }

    private Supervision declared(AccountId person) {
        Optional<Supervision> found = supervisions.find(person);
        if (found.isEmpty() && accounts.findById(person).isEmpty()) {
            throw new UnknownAccountException(person);
        }
        return found.orElseThrow(AgeNotDeclaredException::new);
    }

    /** Declares the age given at sign-in, unless the person has declared it already. */
    public void declareIfUndeclared(AccountId person, AgeDeclaration age) {
        if (supervisions.find(person).isEmpty()) {
            try {
                declareAge(person, age.birthDate(), age.region());
            } catch (IllegalStateException declaredMeanwhile) {
                // Another sign-in of the same person declared first; theirs stands.
            } catch (IllegalArgumentException implausible) {
                // Signed in all the same; the person stays undeclared and is asked again.
            }
        }
    }

    @Override
    public void requestGuardianConsent(AccountId person, EmailAddress guardian) {
        Objects.requireNonNull(guardian, "guardian");
        String token = token();
        String code = "%06d".formatted(random.nextInt(1_000_000));
        String tokenDigest = digest(TOKEN_DIGEST, token);
        tx.run(() -> {
            Account account = accounts.findForUpdate(person).orElseThrow(() -> new UnknownAccountException(person));
            if (account.email().filter(guardian::equals).isPresent()) {
                throw new IllegalArgumentException("name your guardian's email address, not your own");
            }
            Supervision current = supervisions.find(person).orElseThrow(() -> new IllegalStateException(
                    "declare your age first"));
            if (!current.supervisedOn(today())) {
                throw new IllegalStateException("an adult's account needs no guardian");
            }
            supervisions.save(person, current.guardianAsked(guardian));
            supervisions.replaceGuardianLink(person, tokenDigest, digest(CODE_DIGEST, tokenDigest + ":" + code),
                    clock.instant().plus(CODE_VALIDITY), clock.instant());
            outbox.enqueue(guardianMail(guardian, current, token, code), clock.instant());
        });
    }

    private MailMessage guardianMail(EmailAddress guardian, Supervision supervision, String token, String code) {
        String link = publicUrl.map(u -> u + "/guardian/" + token).orElse("/guardian/" + token + " on Jobbot");
        String text = """
                Someone who named you as their legal guardian has signed up for Jobbot, a service for practising \
                job interviews. They told us they are under 18, so their account is supervised (privacy policy §8).

                What Jobbot collects to provide the service: their email address, the jobs they practise for, \
                and their interview answers with the feedback on them.
                What it does not collect until you consent: a profile photo, marketing emails, sharing of reports \
                with third parties, personalised recommendations and usage analytics.%s

                To read the details and give or refuse your consent, open %s and enter this code: %s
                The code is valid for 7 days. If you do not know this person, ignore this mail: nothing more \
                happens without your answer.
                """.formatted(supervision.declaredBand() == AgeBand.UNDER_MINIMUM_AGE
                ? "\nThey are under the minimum age for their region, so Jobbot keeps nothing beyond their email until"
                        + " you consent." : "", link, code);
        return new MailMessage(guardian, "Your consent is asked for a Jobbot account", text,
                Html.paragraphs(text), Optional.empty());
    }

    @Override
    public Optional<GuardianView> guardianView(String token) {
        return link(token).flatMap(l -> supervisions.find(l.person())
                .map(s -> new GuardianView(s, consents.consents(l.person()))));
    }

    /**
     * The guardian link, while the person it is for is still supervised: a guardian has no say over
     * an adult, so the link stops working when the person comes of age.
     */
    private Optional<Supervisions.GuardianLink> link(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return supervisions.findGuardianLink(digest(TOKEN_DIGEST, token))
                .filter(l -> supervisions.find(l.person()).map(s -> s.supervisedOn(today())).orElse(false));
    }

    @Override
    public GuardianAnswer answerAsGuardian(String token, SignInCode code, boolean consent, ConsentContext context) {
        Objects.requireNonNull(code, "code");
        Optional<Supervisions.GuardianLink> found = link(token);
        if (found.isEmpty()) {
            return GuardianAnswer.UNKNOWN_LINK;
        }
        Supervisions.GuardianLink link = found.get();
        if (link.failedAttempts() >= MAX_WRONG_CODES) {
            return GuardianAnswer.LOCKED;
        }
        if (!clock.instant().isBefore(link.codeExpiresAt())) {
            return GuardianAnswer.EXPIRED;
        }
        String tokenDigest = digest(TOKEN_DIGEST, token);
        byte[] expected = link.codeDigest().getBytes(StandardCharsets.US_ASCII);
        byte[] given = digest(CODE_DIGEST, tokenDigest + ":" + code.digits()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return supervisions.failedCode(tokenDigest) >= MAX_WRONG_CODES ? GuardianAnswer.LOCKED
                    : GuardianAnswer.WRONG_CODE;
        }
        ConsentContext asGuardian = new ConsentContext(ConsentMethod.GUARDIAN, context.clientIp(), context.userAgent());
        tx.run(() -> {
            Supervision current = supervisions.findForUpdate(link.person()).orElseThrow();
            supervisions.save(link.person(), current.guardianAnswered(consent, clock.instant()));
            if (consent) {
                // The guardian was shown the policy and what is collected: that is the proof.
                policies.recordSeen(link.person(), asGuardian);
            } else {
                withdrawSensitive(link.person(), asGuardian);
            }
        });
        if (!consent) {
            // A refusal after an earlier consent takes back what that consent allowed, the photo too.
            removeAvatar.accept(link.person());
        }
        return GuardianAnswer.RECORDED;
    }

    @Override
    public boolean revokeAsGuardian(String token, ConsentContext context) {
        Optional<Supervisions.GuardianLink> link = link(token);
        if (link.isEmpty()) {
            return false;
        }
        AccountId person = link.get().person();
        boolean revoked = tx.inTransaction(() -> {
            Supervision current = supervisions.findForUpdate(person).orElseThrow();
            if (current.guardian() != GuardianConsent.GIVEN) {
                return false;
            }
            supervisions.save(person, current.guardianAnswered(false, clock.instant()));
            withdrawSensitive(person, new ConsentContext(ConsentMethod.GUARDIAN, context.clientIp(),
                    context.userAgent()));
            return true;
        });
        if (revoked) {
            removeAvatar.accept(person);
        }
        return revoked;
    }

    private void withdrawSensitive(AccountId person, ConsentContext context) {
        Map<PurposeKey, Boolean> withdrawals = new LinkedHashMap<>();
        for (PurposeConsent c : consents.consents(person)) {
            if (Supervision.needsGuardian(c.purpose().key()) && !(c.state() instanceof ConsentState.Withdrawn)
                    && !(c.state() instanceof ConsentState.Missing)) {
                withdrawals.put(c.purpose().key(), false);
            }
        }
        if (!withdrawals.isEmpty()) {
            consents.changeConsents(person, withdrawals, context);
        }
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String digest(String purpose, String value) {
        return vault.digest(purpose, value).value();
    }
}
