package tech.jobbot.ports.in.policy;

import tech.jobbot.domain.policy.PolicyDocument;

/**
 * An operator publishes a new version of a region's privacy policy (policy §9). Everybody it
 * applies to is told by an in-site message and by email, in batches; consents to the purposes it
 * changes become outdated once it takes effect, and those purposes pause until people answer again.
 */
public interface PublishPolicies {
    /**
     * Publishes the draft as the region's next version; the notification of affected people starts
     * with the next {@link #notifyPolicyUpdates} round.
     *
     * @throws IllegalArgumentException if it is not the region's next version or takes effect before today
     */
    PolicyDocument publishPolicy(PolicyDocument draft);

    /**
     * Notifies up to {@code maxPeople} more people of published versions (an in-site message, and a
     * mail through the outbox), resuming where the last round stopped; nobody is notified twice.
     * Returns how many people were looked at; 0 once every notification is done.
     */
    int notifyPolicyUpdates(int maxPeople);
}
