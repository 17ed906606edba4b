package tech.jobbot.domain.consent;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The purposes declared by the privacy policy (GLOBAL v1), and sharing purposes made per third
 * party. Essential purposes always apply; every other one waits for the person's consent.
 */
public final class Purposes {
    /** The policy version that declared the fixed purposes. */
    public static final int INITIAL_POLICY_VERSION = 1;

    public static final Purpose ESSENTIAL_SERVICE = new Purpose(PurposeKey.ESSENTIAL_SERVICE,
            "Providing the service you signed up for: verifying your identity with an email code, keeping you"
                    + " signed in, and generating interview questions and feedback from the job and answers you"
                    + " submit (policy §3: providing and optimizing services, interview interactions).",
            LegalBasis.CONTRACT, true, INITIAL_POLICY_VERSION);
    public static final Purpose ESSENTIAL_SECURITY = new Purpose(PurposeKey.ESSENTIAL_SECURITY,
            "Keeping accounts and the service secure: sign-in and security logs with a shortened IP address,"
                    + " rate limits, incident response and the records the law requires (policy §3: ensuring"
                    + " account security, legal obligations; §6: information security).",
            LegalBasis.LEGITIMATE_INTEREST, true, INITIAL_POLICY_VERSION);
    public static final Purpose FUNCTIONAL_PREFERENCES = new Purpose(PurposeKey.FUNCTIONAL_PREFERENCES,
            "Remembering your preference settings, such as language and display choices, in cookies and"
                    + " LocalStorage (policy §2: cookies and similar technologies; §5).",
            LegalBasis.CONSENT, false, INITIAL_POLICY_VERSION);
    public static final Purpose ANALYTICS_USAGE = new Purpose(PurposeKey.ANALYTICS_USAGE,
            "Measuring how the service is used, such as pages visited and page dwell time beyond the security"
                    + " logs, to troubleshoot problems and improve the product (policy §2: device and logs;"
                    + " §3: technical support and operations; §5).",
            LegalBasis.CONSENT, false, INITIAL_POLICY_VERSION);
    public static final Purpose PERSONALIZATION_RECOMMENDATIONS = new Purpose(
            PurposeKey.PERSONALIZATION_RECOMMENDATIONS,
            "Recommending skill training, courses and consulting related to the position you apply for, from"
                    + " your job information, background and interview results (policy §3: skill service"
                    + " recommendations).",
            LegalBasis.CONSENT, false, INITIAL_POLICY_VERSION);
    public static final Purpose MARKETING_EMAIL = new Purpose(PurposeKey.MARKETING_EMAIL,
            "Sending you product updates and operational activity information by email; you can opt out at"
                    + " any time with one click (policy §3: user communications; §7: permission management).",
            LegalBasis.CONSENT, false, INITIAL_POLICY_VERSION);

    private static final List<Purpose> FIXED = List.of(ESSENTIAL_SERVICE, ESSENTIAL_SECURITY, FUNCTIONAL_PREFERENCES,
            ANALYTICS_USAGE, PERSONALIZATION_RECOMMENDATIONS, MARKETING_EMAIL);

    private Purposes() {
    }

    /** The fixed purposes, essential ones first. */
    public static List<Purpose> all() {
        return FIXED;
    }

    /** The fixed purpose with that key; sharing purposes are made with {@link #sharing}. */
    public static Optional<Purpose> find(PurposeKey key) {
        Objects.requireNonNull(key, "key");
        return FIXED.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /**
     * Sharing your personal information with one named third party (policy §4), which needs its
     * own explicit consent.
     */
    public static Purpose sharing(String partnerSlug, String partnerName) {
        Objects.requireNonNull(partnerName, "partner name");
        if (partnerName.isBlank()) {
            throw new IllegalArgumentException("name the third party that receives the data");
        }
        return new Purpose(PurposeKey.sharing(partnerSlug),
                "Sharing your personal information, such as an interview report, with " + partnerName.strip()
                        + ", only with your explicit consent, which you can revoke at any time (policy §4).",
                LegalBasis.CONSENT, false, INITIAL_POLICY_VERSION);
    }
}
