package tech.jobbot.adapters.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.ports.out.mail.MailSender;

class OutboxFolderMailSenderTest extends MailSenderContract {
    private static final Instant NOW = Instant.parse("2026-11-29T06:15:00.042Z");

    @TempDir
    Path data;

    private Path outbox;
    private OutboxFolderMailSender sender;

    @BeforeEach
    void createSender() {
        outbox = data.resolve("outbox");
        sender = new OutboxFolderMailSender(outbox, FROM, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Override
    protected MailSender sender() {
        return sender;
    }

    @Override
    protected List<MimeMessage> delivered(int expected) throws IOException, MessagingException {
        Session session = Session.getInstance(new Properties());
        List<MimeMessage> mails = new ArrayList<>();
        for (Path file : emlFiles()) {
            try (InputStream in = Files.newInputStream(file)) {
                mails.add(new MimeMessage(session, in));
            }
        }
        return mails;
    }

    @Test
    void given_a_missing_folder_when_sending_then_it_is_created_and_holds_one_eml_named_by_time() throws IOException {
        sender.send(MAIL);

        List<Path> files = emlFiles();
        assertEquals(1, files.size());
        String name = files.getFirst().getFileName().toString();
        assertTrue(name.matches("20261129T061500\\.042Z-[0-9a-f]{16}\\.eml"), name);
    }

    @Test
    void given_sent_mails_when_listing_the_folder_then_no_temporary_files_are_left() throws IOException {
        sender.send(MAIL);
        sender.send(MAIL);

        try (Stream<Path> all = Files.list(outbox)) {
            List<String> names = all.map(p -> p.getFileName().toString()).toList();
            assertEquals(2, names.size(), names.toString());
            assertTrue(names.stream().allMatch(n -> n.endsWith(".eml")), names.toString());
        }
    }

    @Test
    void given_mails_sent_at_different_times_when_sorting_names_then_the_order_is_the_time_order() throws IOException {
        var later = new OutboxFolderMailSender(outbox, FROM, Clock.fixed(NOW.plusSeconds(1), ZoneOffset.UTC));
        var earlier = new OutboxFolderMailSender(outbox, FROM, Clock.fixed(NOW.minusMillis(1), ZoneOffset.UTC));

        later.send(MAIL);
        earlier.send(MAIL);
        sender.send(MAIL);

        List<String> sorted = emlFiles().stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(sorted.get(0).startsWith("20261129T061500.041Z-"), sorted.toString());
        assertTrue(sorted.get(1).startsWith("20261129T061500.042Z-"), sorted.toString());
        assertTrue(sorted.get(2).startsWith("20261129T061501.042Z-"), sorted.toString());
    }

    @Test
    void given_a_posix_file_system_when_sending_then_only_the_owner_can_read_the_mails() throws IOException {
        assumeTrue(outbox.getFileSystem().supportedFileAttributeViews().contains("posix"));

        sender.send(MAIL);

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(outbox)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(emlFiles().getFirst())));
    }

    @Test
    void given_the_folder_cannot_be_created_when_sending_then_the_failure_is_retryable() throws IOException {
        Path notADirectory = Files.writeString(data.resolve("occupied"), "a file, not a folder");
        var blocked = new OutboxFolderMailSender(notADirectory, FROM, Clock.fixed(NOW, ZoneOffset.UTC));

        JobbotException failure = assertThrows(JobbotException.class, () -> blocked.send(MAIL));

        assertTrue(failure.retryable());
    }

    private List<Path> emlFiles() throws IOException {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".eml")).sorted().toList();
        }
    }
}
