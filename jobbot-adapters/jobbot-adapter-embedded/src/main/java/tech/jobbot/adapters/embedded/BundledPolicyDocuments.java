package tech.jobbot.adapters.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import tech.jobbot.domain.consent.Regions;
import tech.jobbot.domain.policy.PolicyDocument;
import tech.jobbot.ports.out.policy.PolicyDocuments;

/**
 * The policies Jobbot ships with: the seed privacy policy as GLOBAL version 1. It governs readers
 * outside China and the EU; no EU or CN policy ships, so readers there are told none is published
 * rather than shown the GLOBAL one.
 */
public final class BundledPolicyDocuments implements PolicyDocuments {
    /** The day the seed policy took effect: the first release of Jobbot. */
    public static final LocalDate GLOBAL_V1_EFFECTIVE = LocalDate.parse("2026-11-01");

    private final List<PolicyDocument> documents;

    public BundledPolicyDocuments() {
        this.documents = List.of(new PolicyDocument(Regions.GLOBAL, 1, GLOBAL_V1_EFFECTIVE,
                "The first version of the policy.", read("policies/GLOBAL-1.txt")));
    }

    @Override
    public List<PolicyDocument> all() {
        return documents;
    }

    private static String read(String resource) {
        try (InputStream in = BundledPolicyDocuments.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled policy " + resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
