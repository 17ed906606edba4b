package tech.jobbot.domain.staff;

import java.util.Locale;

/** The kinds of a person's data a staff member may be allowed to read, one at a time. */
public enum DataCategory {
    /** Email, name, region, age band. */
    PROFILE,
    /** Education, experience and skills the person gave. */
    BACKGROUND,
    JOBS,
    /** Interview answers, feedback and reports. */
    INTERVIEWS,
    /** Consents and their history. */
    CONSENTS,
    /** Sessions, devices and recent sign-ins. */
    SESSIONS,
    /** Complaints and requests the person filed, with the replies. */
    REQUESTS,
    /** Messages in the person's inbox. */
    INBOX;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the categories there are */
    public static DataCategory parse(String raw) {
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be one of profile, background, jobs, interviews, consents, "
                    + "sessions, requests, inbox, not '" + raw + "'");
        }
    }
}
