package tech.jobbot.domain.staff;

import java.util.Locale;

/** What a staff member does. Roles grant duties, never a person's data: that takes a case. */
public enum StaffRole {
    /** Answers complaints assigned to them. */
    SUPPORT,
    /** Handles privacy requests and complaints, legal holds, retention and policy publication. */
    PRIVACY_OFFICER,
    /** Runs the incident register and checks the audit log. */
    SECURITY_OFFICER,
    /** Manages staff and their roles (never their own) and reads no one's data by that role. */
    ADMINISTRATOR;

    /** The role as written in the API: {@code privacy-officer}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException naming the roles there are */
    public static StaffRole parse(String raw) {
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "must be support, privacy-officer, security-officer or administrator, not '" + raw + "'");
        }
    }
}
