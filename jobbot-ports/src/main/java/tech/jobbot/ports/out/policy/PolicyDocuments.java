package tech.jobbot.ports.out.policy;

import java.util.List;

import tech.jobbot.domain.policy.PolicyDocument;

/** Where the published privacy policies come from: every version of every region. */
public interface PolicyDocuments {
    List<PolicyDocument> all();
}
