package tech.jobbot.domain.account;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A normalised email address: surrounding white space trimmed and the domain lower-cased. The
 * local part keeps its case for sending, because RFC 5321 leaves it to the receiving server, but
 * addresses are recognised case-insensitively ({@link #lookupKey()}).
 */
public record EmailAddress(String value) {
    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    public EmailAddress {
        Objects.requireNonNull(value, "email");
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Normalises then validates raw input; throws {@link IllegalArgumentException} saying what is wrong. */
    public static EmailAddress parse(String raw) {
        Objects.requireNonNull(raw, "email");
        String trimmed = raw.strip();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at == trimmed.length() - 1) {
            throw new IllegalArgumentException("must look like name@example.com");
        }
        return new EmailAddress(trimmed.substring(0, at) + "@" + trimmed.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The form used to recognise an address: all lower case. Nearly every mail provider treats the
     * local part case-insensitively, and two accounts for {@code Alice@} and {@code alice@} would
     * also let case variants dodge the per-address limits.
     */
    public String lookupKey() {
        return value.toLowerCase(Locale.ROOT);
    }

    private static String problemWith(String value) {
        if (value.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1) {
            return "must look like name@example.com";
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        if (local.length() > MAX_LOCAL_LENGTH || !LOCAL.matcher(local).matches()) {
            return "has an invalid part before the @";
        }
        if (!domain.equals(domain.toLowerCase(Locale.ROOT))) {
            return "domain must be lower case";
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return "domain must contain a dot";
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return "has an invalid domain";
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "EmailAddress[redacted]";
    }
}
