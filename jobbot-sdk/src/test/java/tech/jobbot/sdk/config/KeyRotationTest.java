package tech.jobbot.sdk.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.DisplayName;
import tech.jobbot.domain.account.ExternalSubject;
import tech.jobbot.domain.account.Patch;
import tech.jobbot.domain.account.ProfileCorrection;
import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.crypto.MasterKeys;
import tech.jobbot.sdk.Jobbot;

/** Master key rotation: every data key re-wrapped, resumable, and the old key then useless. */
class KeyRotationTest {
    @TempDir
    Path dataDir;

    private final String url = "jdbc:h2:mem:rotation-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private Jobbot jobbot(MasterKeys keys) {
        return Jobbot.builder().dataDirectory(dataDir).database(url, "sa", "").masterKeys(keys)
                .backgroundWorkers(false).build();
    }

    private static String name(Jobbot jobbot, AccountId id) {
        return jobbot.profile(id).orElseThrow().displayName().orElseThrow().value();
    }

    @Test
    void a_rotation_rewraps_every_data_key_resumes_when_cut_short_and_leaves_the_old_key_useless()
            throws Exception {
        Path keyFile = dataDir.resolve("keys").resolve("jobbot.keys");
        MasterKeys original = KeyFile.loadOrCreate(keyFile);
        List<AccountId> people = new ArrayList<>();
        try (Jobbot before = jobbot(original)) {
            for (int i = 0; i < 5; i++) {
                AccountId id = before.accountFor(new ExternalSubject("platform|" + i));
                before.declareAge(id, Optional.empty(), "GLOBAL");
                before.correctProfile(id, new ProfileCorrection(Patch.set(new DisplayName("Person " + i)),
                        Patch.keep(), Patch.keep()));
                people.add(id);
            }
        }

        MasterKeys rotating = KeyFile.beginRotation(keyFile);
        assertArrayEquals(original.masterKey(), rotating.previousMasterKey().orElseThrow(), "the old key is kept");
        assertArrayEquals(rotating.masterKey(), KeyFile.beginRotation(keyFile).masterKey(),
                "beginning again resumes the same rotation, it never makes a third key");
        assertArrayEquals(rotating.masterKey(), KeyFile.loadOrCreate(keyFile).masterKey(),
                "a server restarted mid-rotation uses both keys");
        try (Jobbot during = jobbot(rotating)) {
            assertEquals("Person 3", name(during, people.get(3)), "not yet re-wrapped keys still open");
            KeyVault.Rewrap done = during.rewrapDataKeys();
            assertTrue(done.rewrapped() >= 5, "every person's data key: " + done);
            assertEquals(done.examined(), done.rewrapped(), "all were under the old key, and a clean pass confirmed it");
            assertEquals(0, during.rewrapDataKeys().rewrapped(), "running again changes nothing");
        }
        KeyFile.finishRotation(keyFile);
        assertTrue(!Files.readString(keyFile).contains("previous-master-key"), "the old key is gone from the file");

        MasterKeys rotated = KeyFile.loadOrCreate(keyFile);
        try (Jobbot after = jobbot(rotated)) {
            for (int i = 0; i < 5; i++) {
                assertEquals("Person " + i, name(after, people.get(i)));
            }
        }
        try (Jobbot stale = jobbot(original)) {
            assertThrows(JobbotException.class, () -> name(stale, people.get(0)),
                    "the old master key opens nothing any more");
        }
    }
}
