package tech.jobbot.adapters.mail;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import tech.jobbot.domain.mail.MailMessage;
import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.ports.out.mail.MailSender;

/**
 * The embedded default: "sends" each mail by writing it as an RFC 822 {@code .eml} file into a
 * folder, where an operator (or a test) can open it with any mail client.
 *
 * <p>File names start with the UTC time to the millisecond, so a plain name sort is a time
 * sort, and end with a random part, so names do not collide across threads or processes. A file
 * appears complete or not at all: it is written under a hidden temporary name and then moved.
 * On POSIX file systems the folder and the files are readable by their owner only, because the
 * mails carry personal data such as sign-in codes.
 */
public final class OutboxFolderMailSender implements MailSender {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final String EXTENSION = ".eml";

    private final Path directory;
    private final InternetAddress from;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());
    private final SecureRandom random = new SecureRandom();

    /**
     * @param directory the outbox folder, created on first use if missing
     * @param from      the From mailbox, e.g. {@code Jobbot <no-reply@example.com>}
     * @param clock     the source of the Date header and of the file name's time
     */
    public OutboxFolderMailSender(Path directory, String from, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.from = MimeMessages.parseFrom(from);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void send(MailMessage message) {
        Objects.requireNonNull(message, "message");
        Instant now = clock.instant();
        MimeMessage mime;
        try {
            mime = MimeMessages.build(session, from, message, now);
        } catch (MessagingException e) {
            throw new JobbotException("could not build the mail", false, e);
        }
        Path temp = null;
        try {
            createDirectory();
            temp = Files.createTempFile(directory, ".outbox-", ".tmp", ownerOnly("rw-------"));
            write(mime, temp);
            moveIntoPlace(temp, now);
            temp = null;
        } catch (IOException e) {
            throw new JobbotException("could not write the mail to the outbox folder " + directory, true, e);
        } catch (MessagingException e) {
            throw new JobbotException("could not encode the mail", false, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private void createDirectory() throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, ownerOnly("rwx------"));
        }
    }

    private static void write(MimeMessage mime, Path temp) throws IOException, MessagingException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
            mime.writeTo(out);
            out.flush();
            // Durable before it becomes visible: after a crash a reader finds the whole mail or none.
            channel.force(true);
        }
    }

    private void moveIntoPlace(Path temp, Instant now) throws IOException {
        // 64 random bits per millisecond make a collision negligible, so no existence check
        // (which could not be atomic with the move anyway).
        Files.move(temp, directory.resolve(fileName(now)), StandardCopyOption.ATOMIC_MOVE);
    }

    private String fileName(Instant now) {
        byte[] suffix = new byte[8];
        random.nextBytes(suffix);
        return STAMP.format(now) + "-" + HexFormat.of().formatHex(suffix) + EXTENSION;
    }

    private FileAttribute<?>[] ownerOnly(String permissions) {
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
        }
        return new FileAttribute<?>[0];
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The original failure matters more; a stray hidden .tmp file is ignored by readers.
        }
    }

    @Override
    public String toString() {
        return "OutboxFolderMailSender[" + directory + "]";
    }
}
