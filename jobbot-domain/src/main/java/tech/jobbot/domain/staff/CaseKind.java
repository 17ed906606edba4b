package tech.jobbot.domain.staff;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Why a staff member may look at someone's data, and so what they may look at (policy §6,
 * need-to-know): a case for a complaint needs the profile, the complaint and the inbox to answer
 * it, never the interviews; a case for an incident needs the profile and the sessions.
 */
public enum CaseKind {
    COMPLAINT(EnumSet.of(DataCategory.PROFILE, DataCategory.REQUESTS, DataCategory.INBOX),
            EnumSet.of(StaffRole.SUPPORT, StaffRole.PRIVACY_OFFICER),
            EnumSet.of(StaffRole.PRIVACY_OFFICER, StaffRole.ADMINISTRATOR)),
    PRIVACY_REQUEST(EnumSet.of(DataCategory.PROFILE, DataCategory.BACKGROUND, DataCategory.CONSENTS,
            DataCategory.REQUESTS, DataCategory.INBOX),
            EnumSet.of(StaffRole.PRIVACY_OFFICER),
            EnumSet.of(StaffRole.PRIVACY_OFFICER, StaffRole.ADMINISTRATOR)),
    INCIDENT(EnumSet.of(DataCategory.PROFILE, DataCategory.SESSIONS),
            EnumSet.of(StaffRole.SECURITY_OFFICER),
            EnumSet.of(StaffRole.SECURITY_OFFICER, StaffRole.ADMINISTRATOR));

    private final Set<DataCategory> mayNeed;
    private final Set<StaffRole> handledBy;
    private final Set<StaffRole> openedBy;

    CaseKind(Set<DataCategory> mayNeed, Set<StaffRole> handledBy, Set<StaffRole> openedBy) {
        this.mayNeed = Set.copyOf(mayNeed);
        this.handledBy = Set.copyOf(handledBy);
        this.openedBy = Set.copyOf(openedBy);
    }

    /** The most a case of this kind may allow; each case names the part of it that it needs. */
    public Set<DataCategory> mayNeed() {
        return mayNeed;
    }

    /** The roles a case of this kind may be assigned to. */
    public Set<StaffRole> handledBy() {
        return handledBy;
    }

    /** The roles that may open (and assign) a case of this kind. */
    public Set<StaffRole> openedBy() {
        return openedBy;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static CaseKind parse(String raw) {
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be complaint, privacy-request or incident, not '" + raw + "'");
        }
    }
}
