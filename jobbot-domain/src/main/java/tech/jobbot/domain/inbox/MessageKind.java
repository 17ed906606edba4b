package tech.jobbot.domain.inbox;

/** What an in-site message is about (policy §3 user communications, §9 updates). */
public enum MessageKind {
    /** A new version of the privacy policy that applies to the person. */
    POLICY_UPDATE,
    /** Something that concerns the safety of the account or its data, such as an incident. */
    SECURITY_NOTICE,
    /** Jobbot's answer to a question or complaint the person raised. */
    COMPLAINT_REPLY
}
