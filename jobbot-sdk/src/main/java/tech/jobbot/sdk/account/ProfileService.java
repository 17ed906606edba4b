package tech.jobbot.sdk.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Avatar;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.account.ExternalSubject;
import tech.jobbot.domain.account.ProfileCorrection;
import tech.jobbot.domain.auth.CodeChallenge;
import tech.jobbot.domain.auth.CodeCheck;
import tech.jobbot.domain.auth.CodePurpose;
import tech.jobbot.domain.auth.FlowId;
import tech.jobbot.domain.auth.SignInCode;
import tech.jobbot.domain.mail.NoticeMail;
import tech.jobbot.ports.in.account.AvatarUpload;
import tech.jobbot.ports.in.account.ChangeEmail;
import tech.jobbot.ports.in.account.CorrectProfile;
import tech.jobbot.ports.in.account.EmailChangeResult;
import tech.jobbot.ports.in.account.ExternalAccounts;
import tech.jobbot.ports.in.account.ManageAvatar;
import tech.jobbot.ports.in.account.ViewProfile;
import tech.jobbot.ports.in.auth.CodeRequestResult;
import tech.jobbot.ports.out.account.AccountRepository;
import tech.jobbot.ports.out.account.AvatarStore;
import tech.jobbot.ports.out.account.DuplicateAccountException;
import tech.jobbot.ports.out.auth.CodeChallengeRepository;
import tech.jobbot.ports.out.image.ImageLimits;
import tech.jobbot.ports.out.image.ImageSanitizer;
import tech.jobbot.ports.out.image.ImageVerdict;
import tech.jobbot.ports.out.mail.MailOutbox;
import tech.jobbot.ports.out.tx.Transactions;

/** Access and correction of one's profile (privacy policy §2, §7), the email address and the avatar. */
public final class ProfileService implements ViewProfile, CorrectProfile, ChangeEmail, ManageAvatar, ExternalAccounts {
    private final Transactions tx;
    private final AccountRepository accounts;
    private final AvatarStore avatars;
    private final CodeIssuer codes;
    private final CodeChallengeRepository challenges;
    private final MailOutbox outbox;
    private final ImageSanitizer images;
    private final Clock clock;
    private final Runnable mailEnqueued;
    private final SecureRandom random = new SecureRandom();

    ProfileService(Transactions tx, AccountRepository accounts, AvatarStore avatars, CodeIssuer codes,
            CodeChallengeRepository challenges, MailOutbox outbox, ImageSanitizer images, Clock clock,
            Runnable mailEnqueued) {
        this.tx = tx;
        this.accounts = accounts;
        this.avatars = avatars;
        this.codes = codes;
        this.challenges = challenges;
        this.outbox = outbox;
        this.images = images;
        this.clock = clock;
        this.mailEnqueued = mailEnqueued;
    }

    @Override
    public Optional<Account> profile(AccountId account) {
        return accounts.findById(account);
    }

    @Override
    public Account correctProfile(AccountId id, ProfileCorrection correction) {
        return tx.inTransaction(() -> {
            Account corrected = locked(id).correctProfile(correction, clock.instant());
            accounts.update(corrected);
            return corrected;
        });
    }

    @Override
    public CodeRequestResult requestEmailChange(AccountId account, EmailAddress newEmail, String clientIp) {
        existing(account);
        return codes.issue(CodePurpose.CHANGE_EMAIL, newEmail, Optional.of(account), Optional.empty(), clientIp);
    }

    @Override
    public EmailChangeResult confirmEmailChange(AccountId id, FlowId flowId, EmailAddress newEmail, SignInCode code) {
        EmailChangeResult result;
        try {
            result = tx.inTransaction(() -> confirmOnce(id, flowId, newEmail, code));
        } catch (DuplicateAccountException taken) {
            return new EmailChangeResult.AddressTaken();
        }
        if (result instanceof EmailChangeResult.Changed) {
            mailEnqueued.run();
        }
        return result;
    }

    private EmailChangeResult confirmOnce(AccountId id, FlowId flowId, EmailAddress newEmail, SignInCode code) {
        Instant now = clock.instant();
        Optional<CodeChallenge> found = challenges.findForUpdate(flowId)
                .filter(c -> c.purpose() == CodePurpose.CHANGE_EMAIL && c.account().equals(Optional.of(id)));
        if (found.isEmpty()) {
            return new EmailChangeResult.Refused(new CodeCheck.UnknownFlow());
        }
        CodeChallenge.Attempt attempt = found.get().attempt(codes.emailIndex(newEmail), codes.codeDigest(flowId, code),
                now);
        challenges.save(attempt.challenge());
        if (!(attempt.check() instanceof CodeCheck.Verified)) {
            return new EmailChangeResult.Refused(attempt.check());
        }
        Optional<Account> holder = accounts.findByEmail(newEmail);
        if (holder.isPresent() && !holder.get().id().equals(id)) {
            return new EmailChangeResult.AddressTaken();
        }
        Account account = locked(id);
        Account changed = account.changeEmail(newEmail, now);
        accounts.update(changed);
        // The old address hears of the change, so a hijacked session cannot quietly take the account.
        account.email().filter(old -> !old.equals(newEmail))
                .ifPresent(old -> outbox.enqueue(NoticeMail.emailChanged(old), now));
        return new EmailChangeResult.Changed(changed);
    }

    @Override
    public AvatarUpload uploadAvatar(AccountId id, byte[] image) {
        existing(id);
        return switch (images.sanitize(image, ImageLimits.AVATAR)) {
            case ImageVerdict.Accepted clean -> {
                Avatar avatar = new Avatar(randomName() + (clean.mediaType().equals("image/png") ? ".png" : ".jpg"),
                        clean.mediaType());
                tx.run(() -> {
                    Account account = locked(id);
                    avatars.put(id, avatar, clean.bytes());
                    accounts.update(account.replaceAvatar(Optional.of(avatar), clock.instant()));
                });
                yield new AvatarUpload.Stored(avatar);
            }
            case ImageVerdict.TooLarge tooLarge -> new AvatarUpload.Rejected(AvatarUpload.Reason.TOO_LARGE,
                    "an avatar may be at most " + tooLarge.maxBytes() + " bytes");
            case ImageVerdict.TooManyPixels big -> new AvatarUpload.Rejected(AvatarUpload.Reason.TOO_MANY_PIXELS,
                    "the image is " + big.width() + "x" + big.height() + " pixels; at most " + big.maxWidth() + "x"
                            + big.maxHeight() + " are accepted");
            case ImageVerdict.Unsupported unsupported -> new AvatarUpload.Rejected(
                    AvatarUpload.Reason.UNSUPPORTED_TYPE, unsupported.reason());
        };
    }

    @Override
    public Optional<AvatarImage> avatar(AccountId id, String name) {
        return accounts.findById(id)
                .flatMap(Account::avatar)
                .filter(a -> a.name().equals(name))
                .flatMap(a -> avatars.get(id, a).map(bytes -> new AvatarImage(bytes, a.mediaType())));
    }

    @Override
    public boolean removeAvatar(AccountId id) {
        return tx.inTransaction(() -> {
            Account account = locked(id);
            if (account.avatar().isEmpty()) {
                return false;
            }
            avatars.delete(id);
            accounts.update(account.replaceAvatar(Optional.empty(), clock.instant()));
            return true;
        });
    }

    @Override
    public AccountId accountFor(ExternalSubject subject) {
        return accounts.findByExternalSubject(subject).map(Account::id).orElseGet(() -> {
            Account created = Account.registerExternal(new AccountId(UUID.randomUUID()), subject, clock.instant());
            try {
                tx.run(() -> accounts.add(created));
                return created.id();
            } catch (DuplicateAccountException raced) {
                return accounts.findByExternalSubject(subject).orElseThrow().id();
            }
        });
    }

    /** The account, locked until the transaction ends: changes are read-modify-write. */
    private Account locked(AccountId id) {
        return accounts.findForUpdate(id).orElseThrow(() -> new UnknownAccountException(id));
    }

    private Account existing(AccountId id) {
        return accounts.findById(id).orElseThrow(() -> new UnknownAccountException(id));
    }

    private String randomName() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
