package tech.jobbot.domain.consent;

import java.util.List;
import java.util.Objects;

/** The rules that turn a person's consent ledger into what Jobbot may do with their data. */
public final class Consents {
    private Consents() {
    }

    /**
     * The state of one purpose for one person. A purpose on a basis other than consent is
     * {@link ConsentState.NotNeeded}. Otherwise the latest grant or withdrawal for the purpose
     * decides, by time and, at the same instant, by position in the history; acknowledgements
     * and other purposes' records play no part. A grant under a policy version older than the
     * purpose's {@link Purpose#changedInPolicyVersion()} is {@link ConsentState.Outdated}.
     *
     * @param historyOfSubject the ledger records of one person, oldest first
     * @throws IllegalArgumentException if the records belong to more than one person
     */
    public static ConsentState stateOf(Purpose purpose, List<ConsentRecord> historyOfSubject) {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(historyOfSubject, "history");
        if (historyOfSubject.stream().map(ConsentRecord::subject).distinct().count() > 1) {
            throw new IllegalArgumentException("a consent history is the history of one person");
        }
        if (!purpose.legalBasis().needsConsent()) {
            return new ConsentState.NotNeeded(purpose.legalBasis());
        }
        ConsentRecord latest = null;
        for (ConsentRecord r : historyOfSubject) {
            if (r.purpose().equals(purpose.key()) && r.choice().decisive()
                    && (latest == null || !r.at().isBefore(latest.at()))) {
                latest = r;
            }
        }
        if (latest == null) {
            return new ConsentState.Missing();
        }
        if (latest.choice() == ConsentChoice.WITHDRAWN) {
            return new ConsentState.Withdrawn(latest);
        }
        if (latest.policyVersion() < purpose.changedInPolicyVersion()) {
            return new ConsentState.Outdated(latest);
        }
        return new ConsentState.Granted(latest);
    }

    /** Whether the state lets Jobbot use the data for its purpose. */
    public static boolean mayUse(ConsentState state) {
        return switch (Objects.requireNonNull(state, "state")) {
            case ConsentState.Granted granted -> true;
            case ConsentState.NotNeeded notNeeded -> true;
            case ConsentState.Missing missing -> false;
            case ConsentState.Withdrawn withdrawn -> false;
            case ConsentState.Outdated outdated -> false;
        };
    }

    /** Whether Jobbot may use the person's data for the purpose now. */
    public static boolean mayUse(Purpose purpose, List<ConsentRecord> historyOfSubject) {
        return mayUse(stateOf(purpose, historyOfSubject));
    }
}
