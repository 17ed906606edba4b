package tech.jobbot.domain.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The published policies of every region, and which one applies. A region's policy is never
 * stood in for by another's: a reader in the EU with no EU policy published gets none, not the
 * GLOBAL one, so that the wrong policy is never applied.
 */
public final class PolicyCatalog {
    private final List<PolicyDocument> documents;

    public PolicyCatalog(List<PolicyDocument> documents) {
        Set<String> seen = new HashSet<>();
        for (PolicyDocument d : Objects.requireNonNull(documents, "documents")) {
            if (!seen.add(d.region() + "/" + d.version())) {
                throw new IllegalArgumentException("two policies are " + d.region() + " version " + d.version());
            }
        }
        this.documents = documents.stream()
                .sorted(Comparator.comparing(PolicyDocument::region).thenComparingInt(PolicyDocument::version))
                .toList();
    }

    /** The version of the region's policy in effect on the day: the newest that has taken effect. */
    public Optional<PolicyDocument> current(String region, LocalDate day) {
        return documents.stream().filter(d -> d.region().equals(region) && d.inEffectOn(day))
                .max(Comparator.comparingInt(PolicyDocument::version));
    }

    public Optional<PolicyDocument> version(String region, int version) {
        return documents.stream().filter(d -> d.region().equals(region) && d.version() == version).findFirst();
    }

    /** Every published version of the region's policy, oldest first, including any not yet in effect. */
    public List<PolicyDocument> versions(String region) {
        return documents.stream().filter(d -> d.region().equals(region)).toList();
    }
}
