package tech.jobbot.domain.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import tech.jobbot.domain.consent.Purpose;

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

    /**
     * The purpose as it stands for readers of the region on the day: its terms last changed in the
     * newest version in effect that lists it among its changed purposes, or where it was declared.
     * Consent given under an older version is outdated ({@link tech.jobbot.domain.consent.Consents#stateOf}).
     */
    public Purpose asOf(Purpose purpose, String region, LocalDate day) {
        int changed = documents.stream()
                .filter(d -> d.region().equals(region) && d.inEffectOn(day) && d.changedPurposes().contains(purpose.key()))
                .mapToInt(PolicyDocument::version).max().orElse(purpose.changedInPolicyVersion());
        return changed <= purpose.changedInPolicyVersion() ? purpose
                : new Purpose(purpose.key(), purpose.description(), purpose.legalBasis(), purpose.defaultGranted(),
                        changed);
    }

    /**
     * Checks that a draft may be published as the region's next version: numbered one more than
     * the newest published, and taking effect today or later (a policy is never backdated).
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public void checkNext(PolicyDocument draft, LocalDate today) {
        int expected = latest(draft.region()).map(PolicyDocument::version).orElse(0) + 1;
        if (draft.version() != expected) {
            throw new IllegalArgumentException("the next version of the " + draft.region() + " policy is " + expected
                    + ", not " + draft.version());
        }
        if (draft.effectiveFrom().isBefore(today)) {
            throw new IllegalArgumentException("a policy takes effect today or later, not on " + draft.effectiveFrom());
        }
    }

    /** The newest version published for the region, in effect or not. */
    public Optional<PolicyDocument> latest(String region) {
        return documents.stream().filter(d -> d.region().equals(region))
                .max(Comparator.comparingInt(PolicyDocument::version));
    }

    /** Every published version of the region's policy, oldest first, including any not yet in effect. */
    public List<PolicyDocument> versions(String region) {
        return documents.stream().filter(d -> d.region().equals(region)).toList();
    }
}
