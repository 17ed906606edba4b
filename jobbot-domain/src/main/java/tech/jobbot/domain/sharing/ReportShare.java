package tech.jobbot.domain.sharing;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.interview.InterviewId;

/**
 * An interview report shared with one named third party, such as a recruiter or a career coach
 * (policy §4): under an explicit consent for sharing with that recipient, through a link that
 * expires and can be revoked at any time.
 *
 * @param recipient who receives it, as the person named them (e.g. "Acme Recruiting")
 * @param partnerSlug the recipient as a purpose key part: {@code sharing.<partnerSlug>}
 */
public record ReportShare(UUID id, AccountId owner, InterviewId interview, String recipient, String partnerSlug,
        Instant createdAt, Instant expiresAt, Optional<Instant> revokedAt) {
    public static final int MAX_RECIPIENT = 100;
    public static final Duration MIN_VALIDITY = Duration.ofHours(1);
    public static final Duration MAX_VALIDITY = Duration.ofDays(90);

    public ReportShare {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(interview, "interview");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(partnerSlug, "partnerSlug");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
        checkRecipient(recipient);
        PurposeKey.sharing(partnerSlug);
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a share expires after it is made");
        }
    }

    /** A new share, valid for {@code validFor} from {@code now}. */
    public static ReportShare create(AccountId owner, InterviewId interview, String recipient, Duration validFor,
            Instant now) {
        Objects.requireNonNull(validFor, "validFor");
        if (validFor.compareTo(MIN_VALIDITY) < 0 || validFor.compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("a share link is valid for 1 hour to 90 days");
        }
        String name = checkRecipient(recipient).strip();
        return new ReportShare(UUID.randomUUID(), owner, interview, name, slugOf(name), now, now.plus(validFor),
                Optional.empty());
    }

    /** The consent this share rests on. */
    public PurposeKey purpose() {
        return PurposeKey.sharing(partnerSlug);
    }

    /** Whether the link opens now: not revoked and not expired. */
    public boolean isOpenAt(Instant now) {
        return revokedAt.isEmpty() && now.isBefore(expiresAt);
    }

    public ReportShare revoke(Instant at) {
        return revokedAt.isPresent() ? this
                : new ReportShare(id, owner, interview, recipient, partnerSlug, createdAt, expiresAt, Optional.of(at));
    }

    /**
     * The recipient's name as a slug: accents dropped, lower case, runs of anything but letters and
     * digits as one hyphen, at most 63 characters ("Zoë's Career Coaching" becomes
     * {@code zoe-s-career-coaching}). A name with no letter or digit is refused.
     */
    public static String slugOf(String recipient) {
        String ascii = Normalizer.normalize(recipient, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 63) {
            slug = slug.substring(0, 63).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("name the recipient with at least one letter or digit (a-z, 0-9)");
        }
        return slug;
    }

    private static String checkRecipient(String recipient) {
        Objects.requireNonNull(recipient, "recipient");
        if (recipient.isBlank() || recipient.length() > MAX_RECIPIENT
                || recipient.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("name the recipient in one line of 1 to " + MAX_RECIPIENT
                    + " characters");
        }
        return recipient;
    }
}
