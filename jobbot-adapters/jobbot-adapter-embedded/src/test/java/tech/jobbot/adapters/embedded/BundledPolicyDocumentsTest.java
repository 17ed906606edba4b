package tech.jobbot.adapters.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import tech.jobbot.domain.policy.PolicyDocument;

class BundledPolicyDocumentsTest {
    @Test
    void the_seed_policy_ships_whole_as_global_version_one_and_nothing_else() {
        List<PolicyDocument> all = new BundledPolicyDocuments().all();
        assertEquals(1, all.size());
        PolicyDocument global = all.get(0);
        assertEquals("GLOBAL", global.region());
        assertEquals(1, global.version());
        assertTrue(global.text().startsWith("Privacy Policy"), "the seed text, from its first line");
        assertTrue(global.text().contains("outside of China and the European Union"), "including its scope note");
        assertTrue(global.text().strip().endsWith("Shanghai, P.R. China"), "to its last line");
    }
}
