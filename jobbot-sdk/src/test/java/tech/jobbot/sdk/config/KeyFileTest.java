package tech.jobbot.sdk.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.ports.out.crypto.MasterKeys;

class KeyFileTest {
    @TempDir
    Path dir;

    @Test
    void on_first_use_the_key_file_is_created_readable_and_writable_by_the_owner_only() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("keys").resolve("jobbot.keys");

        KeyFile.loadOrCreate(file);

        assertTrue(Files.isRegularFile(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    }

    @Test
    void the_second_load_returns_the_same_keys() throws IOException {
        Path file = dir.resolve("keys").resolve("jobbot.keys");
        MasterKeys first = KeyFile.loadOrCreate(file);
        byte[] contentAfterCreate = Files.readAllBytes(file);

        MasterKeys second = KeyFile.loadOrCreate(file);

        assertArrayEquals(first.masterKey(), second.masterKey());
        assertArrayEquals(first.digestKey(), second.digestKey());
        assertArrayEquals(contentAfterCreate, Files.readAllBytes(file), "loading does not rewrite the file");
    }

    @Test
    void generated_keys_are_256_bits_distinct_and_differ_between_files() {
        MasterKeys one = KeyFile.loadOrCreate(dir.resolve("one.keys"));
        MasterKeys two = KeyFile.loadOrCreate(dir.resolve("two.keys"));

        assertEquals(32, one.masterKey().length);
        assertEquals(32, one.digestKey().length);
        assertFalse(Arrays.equals(one.masterKey(), one.digestKey()));
        assertFalse(Arrays.equals(one.masterKey(), two.masterKey()));
        assertFalse(Arrays.equals(one.digestKey(), two.digestKey()));
    }

    @Test
    void a_key_file_missing_a_key_is_refused_rather_than_silently_regenerated() throws IOException {
        Path file = dir.resolve("broken.keys");
        Files.writeString(file, "master-key=" + Base64.getEncoder().encodeToString(new byte[32]) + "\n");

        assertThrows(IllegalStateException.class, () -> KeyFile.loadOrCreate(file));
        assertTrue(Files.readString(file).startsWith("master-key="), "the file is left alone");
    }

    @Test
    void keys_given_as_base64_are_decoded() {
        byte[] master = new byte[32];
        byte[] digest = new byte[32];
        Arrays.fill(master, (byte) 1);
        Arrays.fill(digest, (byte) 2);

        MasterKeys keys = KeyFile.fromBase64(" " + Base64.getEncoder().encodeToString(master) + "\n",
                Base64.getEncoder().encodeToString(digest));

        assertArrayEquals(master, keys.masterKey());
        assertArrayEquals(digest, keys.digestKey());
    }

    @Test
    void keys_of_the_wrong_length_are_refused() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        String ok = Base64.getEncoder().encodeToString(new byte[32]);
        assertThrows(IllegalArgumentException.class, () -> KeyFile.fromBase64(short16, ok));
    }
}
