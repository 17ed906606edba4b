package tech.jobbot.domain.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Language;

/**
 * One entry of the consent ledger: the proof that a person made a choice about a purpose, under
 * which policy version, how, when and from where. Records are never changed; a later choice is a
 * later record.
 *
 * <p>The context kept is the least that makes the proof credible: the region whose policy applied,
 * the language the notice was shown in, the IP address shortened so that it points to a network
 * rather than a device ({@link #truncate}), and a summary of the user agent such as "Firefox on
 * Linux" rather than the full string.
 *
 * @param policyVersion the version of the policy or notice shown when the choice was made
 * @param region the policy region that applied: {@code GLOBAL}, {@code EU} or {@code CN}
 * @param language a BCP 47 tag, such as {@code en} or {@code zh-CN}
 * @param truncatedIp an address already shortened by {@link #truncate}; a full address is refused
 */
public record ConsentRecord(UUID id, AccountId subject, PurposeKey purpose, ConsentChoice choice, int policyVersion,
        ConsentMethod method, Instant at, String region, Optional<String> language, Optional<String> truncatedIp,
        Optional<String> userAgentSummary) {
    public static final Set<String> REGIONS = Set.of("GLOBAL", "EU", "CN");
    private static final int MAX_USER_AGENT_SUMMARY = 100;

    public ConsentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(truncatedIp, "truncated ip");
        Objects.requireNonNull(userAgentSummary, "user agent summary");
        if (policyVersion < 1) {
            throw new IllegalArgumentException("policy versions start at 1");
        }
        if (!REGIONS.contains(region)) {
            throw new IllegalArgumentException("region must be GLOBAL, EU or CN");
        }
        if (purpose.isEssential() && choice.decisive()) {
            throw new IllegalArgumentException(
                    "essential purposes rest on no consent: they can be acknowledged, not granted or withdrawn");
        }
        language.ifPresent(Language::new);
        truncatedIp.ifPresent(ip -> {
            if (!truncate(ip).equals(ip)) {
                throw new IllegalArgumentException("the ledger keeps only a truncated IP address");
            }
        });
        userAgentSummary.ifPresent(summary -> {
            if (summary.isBlank() || summary.length() > MAX_USER_AGENT_SUMMARY
                    || summary.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("a user agent summary is one short line, such as Firefox on Linux");
            }
        });
    }

    /**
     * Shortens an IP address to its network: IPv4 to its /24 ({@code 203.0.113.7} becomes
     * {@code 203.0.113.0}), IPv6 to its /48 in RFC 5952 form ({@code 2001:db8:85a3::8a2e:370:7334}
     * becomes {@code 2001:db8:85a3::}). An IPv4-mapped IPv6 address counts as IPv4. A zone id is
     * dropped. Parses the text only; never resolves a name.
     *
     * @throws IllegalArgumentException if {@code ip} is not an IPv4 or IPv6 address
     */
    public static String truncate(String ip) {
        Objects.requireNonNull(ip, "ip");
        int[] v4 = ipv4(ip);
        if (v4 != null) {
            return v4[0] + "." + v4[1] + "." + v4[2] + ".0";
        }
        int[] groups = ipv6(ip);
        if (groups == null) {
            throw new IllegalArgumentException("not an IPv4 or IPv6 address");
        }
        if (groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0 && groups[4] == 0
                && groups[5] == 0xffff) {
            return (groups[6] >> 8) + "." + (groups[6] & 0xff) + "." + (groups[7] >> 8) + ".0";
        }
        return ipv6Text(new int[] {groups[0], groups[1], groups[2], 0, 0, 0, 0, 0});
    }

    /** Dotted-quad octets, or null. Leading zeros are refused: some parsers read them as octal. */
    private static int[] ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || part.length() > 1 && part.charAt(0) == '0') {
                return null;
            }
            octets[i] = Integer.parseInt(part);
            if (octets[i] > 255) {
                return null;
            }
        }
        return octets;
    }

    /** The eight 16-bit groups, or null. */
    private static int[] ipv6(String text) {
        int zone = text.indexOf('%');
        if (zone >= 0) {
            if (zone == text.length() - 1) {
                return null;
            }
            text = text.substring(0, zone);
        }
        if (!text.contains(":")) {
            return null;
        }
        int gap = text.indexOf("::");
        List<Integer> head;
        List<Integer> tail;
        if (gap < 0) {
            head = ipv6Groups(text, true);
            tail = List.of();
            if (head == null || head.size() != 8) {
                return null;
            }
        } else {
            if (text.indexOf("::", gap + 1) >= 0) {
                return null;
            }
            head = ipv6Groups(text.substring(0, gap), false);
            tail = ipv6Groups(text.substring(gap + 2), true);
            if (head == null || tail == null || head.size() + tail.size() > 7) {
                return null;
            }
        }
        int[] groups = new int[8];
        for (int i = 0; i < head.size(); i++) {
            groups[i] = head.get(i);
        }
        for (int i = 0; i < tail.size(); i++) {
            groups[8 - tail.size() + i] = tail.get(i);
        }
        return groups;
    }

    private static List<Integer> ipv6Groups(String part, boolean mayEndInIpv4) {
        List<Integer> groups = new ArrayList<>();
        if (part.isEmpty()) {
            return groups;
        }
        String[] pieces = part.split(":", -1);
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (mayEndInIpv4 && i == pieces.length - 1 && piece.contains(".")) {
                int[] v4 = ipv4(piece);
                if (v4 == null) {
                    return null;
                }
                groups.add(v4[0] << 8 | v4[1]);
                groups.add(v4[2] << 8 | v4[3]);
            } else if (!piece.isEmpty() && piece.length() <= 4 && piece.chars().allMatch(ConsentRecord::isHex)) {
                groups.add(Integer.parseInt(piece, 16));
            } else {
                return null;
            }
        }
        return groups;
    }

    private static boolean isHex(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** RFC 5952: lower case, no leading zeros, the longest run of two or more zero groups as "::". */
    private static String ipv6Text(int[] groups) {
        int runStart = -1;
        int runLength = 0;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int end = i;
            while (end < 8 && groups[end] == 0) {
                end++;
            }
            if (end - i > runLength) {
                runStart = i;
                runLength = end - i;
            }
            i = end;
        }
        if (runLength < 2) {
            runStart = -1;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == runStart) {
                text.append("::");
                i += runLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
