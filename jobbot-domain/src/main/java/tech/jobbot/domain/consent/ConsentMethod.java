package tech.jobbot.domain.consent;

/** How a choice reached Jobbot, part of the proof of consent. */
public enum ConsentMethod {
    SIGN_UP,
    SETTINGS,
    BANNER,
    /** A link in an email, such as one-click unsubscribe. */
    EMAIL_LINK,
    /** The browser's Global Privacy Control signal ({@code Sec-GPC: 1}). */
    GPC,
    /** A minor's legal guardian (policy §8). */
    GUARDIAN
}
