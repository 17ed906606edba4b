package tech.jobbot.sdk.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

import tech.jobbot.ports.out.crypto.MasterKeys;

/**
 * The embedded default for server secrets: a key file generated on first start with
 * owner-only permissions. Production deployments pass keys from their secret store instead.
 * Losing this file makes every encrypted value unreadable; back it up apart from the database.
 */
public final class KeyFile {
    static final String MASTER = "master-key";
    static final String DIGEST = "digest-key";
    /** Present only while a master key rotation is under way. */
    static final String PREVIOUS_MASTER = "previous-master-key";

    private KeyFile() {
    }

    public static MasterKeys loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
            return keys(properties, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key file " + file, e);
        }
    }

    private static MasterKeys keys(Properties properties, Path file) {
        String previous = properties.getProperty(PREVIOUS_MASTER);
        return new MasterKeys(decode(properties, MASTER, file), decode(properties, DIGEST, file),
                previous == null ? null : Base64.getDecoder().decode(previous.strip()));
    }

    /** Keys given as base64 text, e.g. from environment variables. */
    public static MasterKeys fromBase64(String masterKey, String digestKey) {
        return new MasterKeys(Base64.getDecoder().decode(masterKey.strip()),
                Base64.getDecoder().decode(digestKey.strip()));
    }

    /** Keys given as base64 text during a rotation: the new master key, and the one rotated away from. */
    public static MasterKeys fromBase64(String masterKey, String digestKey, String previousMasterKey) {
        return new MasterKeys(Base64.getDecoder().decode(masterKey.strip()),
                Base64.getDecoder().decode(digestKey.strip()), Base64.getDecoder().decode(previousMasterKey.strip()));
    }

    /**
     * Starts (or resumes) a master key rotation: a new master key is generated and written to the
     * file with the old one kept as the previous key, so data keys open under either until every one
     * is re-wrapped. A rotation already under way is resumed, never started again.
     */
    public static MasterKeys beginRotation(Path file) {
        try {
            Properties properties = read(file);
            if (properties.getProperty(PREVIOUS_MASTER) == null) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                properties.setProperty(PREVIOUS_MASTER, properties.getProperty(MASTER));
                properties.setProperty(MASTER, Base64.getEncoder().encodeToString(fresh));
                replace(file, properties);
            }
            return keys(properties, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rotate the key file " + file, e);
        }
    }

    /** Ends a rotation once every data key is under the new master key: the old key is forgotten. */
    public static void finishRotation(Path file) {
        try {
            Properties properties = read(file);
            if (properties.remove(PREVIOUS_MASTER) != null) {
                replace(file, properties);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the rotation of the key file " + file, e);
        }
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }

    /** Writes a complete new file beside the old one, then moves it into place atomically. */
    private static void replace(Path file, Properties properties) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        Path temp = posix
                ? Files.createTempFile(dir, ".jobbot-keys", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, ".jobbot-keys", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC)) {
                properties.store(out, "Jobbot server secrets. Keep private, back up apart from the database.");
            }
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            if (posix) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        }
        SecureRandom random = new SecureRandom();
        Properties properties = new Properties();
        for (String name : Set.of(MASTER, DIGEST)) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            properties.setProperty(name, Base64.getEncoder().encodeToString(key));
        }
        // Write a complete file under a temporary name, then link it into place: a crash leaves no
        // half-written key file, and of two processes starting at once exactly one key file wins.
        Path temp = posix
                ? Files.createTempFile(dir, ".jobbot-keys", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, ".jobbot-keys", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC)) {
                properties.store(out, "Jobbot server secrets. Keep private, back up apart from the database.");
            }
            try {
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException raced) {
                // Another process created it first; use theirs.
            } catch (UnsupportedOperationException | IOException noLinks) {
                if (!Files.exists(file)) {
                    Files.move(temp, file);
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static byte[] decode(Properties properties, String name, Path file) {
        String value = properties.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("key file " + file + " has no " + name);
        }
        return Base64.getDecoder().decode(value.strip());
    }
}
