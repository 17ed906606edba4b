package tech.jobbot.adapters.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.junit.jupiter.api.Test;

import tech.jobbot.ports.out.image.ImageLimits;
import tech.jobbot.ports.out.image.ImageSanitizer;
import tech.jobbot.ports.out.image.ImageVerdict;
import tech.jobbot.ports.out.image.ImageVerdict.Accepted;
import tech.jobbot.ports.out.image.ImageVerdict.TooLarge;
import tech.jobbot.ports.out.image.ImageVerdict.TooManyPixels;
import tech.jobbot.ports.out.image.ImageVerdict.Unsupported;

class ImageIoImageSanitizerTest {
    private static final ImageLimits SMALL = new ImageLimits(256 * 1024, 128, 128);
    private static final int PNG_SIGNATURE_AND_IHDR = 8 + 4 + 4 + 13 + 4;

    private final ImageSanitizer sanitizer = new ImageIoImageSanitizer();

    @Test
    void given_a_png_with_a_gps_text_chunk_when_sanitized_then_the_text_is_gone() {
        byte[] upload = insertAfterIhdr(png(32, 24, BufferedImage.TYPE_INT_ARGB), chunk("tEXt", "Comment\0GPS 52.52N"));
        assertTrue(contains(upload, "GPS 52.52N"), "the test image carries the text");

        Accepted accepted = assertInstanceOf(Accepted.class, sanitizer.sanitize(upload, SMALL));

        assertEquals("image/png", accepted.mediaType());
        assertEquals(32, accepted.width());
        assertEquals(24, accepted.height());
        assertFalse(contains(accepted.bytes(), "GPS 52.52N"));
        assertFalse(contains(accepted.bytes(), "tEXt"));
        assertEquals(32, decode(accepted.bytes()).getWidth());
    }

    @Test
    void given_a_png_when_sanitized_then_the_pixels_are_kept() {
        byte[] upload = png(16, 16, BufferedImage.TYPE_INT_ARGB);

        Accepted accepted = assertInstanceOf(Accepted.class, sanitizer.sanitize(upload, SMALL));

        BufferedImage before = decode(upload);
        BufferedImage after = decode(accepted.bytes());
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                assertEquals(before.getRGB(x, y), after.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void given_a_jpeg_with_an_exif_segment_when_sanitized_then_exif_and_its_content_are_gone() {
        byte[] upload = insertAfterSoi(jpeg(40, 30), exifSegment("SECRET-CAMERA-SERIAL-0042"));
        assertTrue(contains(upload, "Exif"), "the test image carries EXIF");

        Accepted accepted = assertInstanceOf(Accepted.class, sanitizer.sanitize(upload, SMALL));

        assertEquals("image/jpeg", accepted.mediaType());
        assertEquals(40, accepted.width());
        assertEquals(30, accepted.height());
        assertFalse(contains(accepted.bytes(), "Exif"));
        assertFalse(contains(accepted.bytes(), "SECRET-CAMERA-SERIAL-0042"));
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, Arrays.copyOf(accepted.bytes(), 3));
        assertEquals(30, decode(accepted.bytes()).getHeight());
    }

    @Test
    void given_a_payload_appended_after_the_image_when_sanitized_then_it_is_dropped() {
        byte[] image = png(8, 8, BufferedImage.TYPE_INT_RGB);
        byte[] payload = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.US_ASCII);
        byte[] upload = concat(image, payload);

        Accepted accepted = assertInstanceOf(Accepted.class, sanitizer.sanitize(upload, SMALL));

        assertFalse(contains(accepted.bytes(), "system("));
    }

    @Test
    void given_a_shell_script_when_sanitized_then_it_is_unsupported() {
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);

        Unsupported verdict = assertInstanceOf(Unsupported.class, sanitizer.sanitize(script, SMALL));

        assertEquals("not a PNG or JPEG image", verdict.reason());
    }

    @Test
    void given_svg_markup_when_sanitized_then_it_is_unsupported() {
        byte[] svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
                  <script>alert(document.cookie)</script>
                </svg>
                """.getBytes(StandardCharsets.UTF_8);

        assertInstanceOf(Unsupported.class, sanitizer.sanitize(svg, SMALL));
    }

    @Test
    void given_an_html_page_when_sanitized_then_it_is_unsupported() {
        byte[] html = "<!DOCTYPE html><html><body><img src=x onerror=alert(1)></body></html>".getBytes(StandardCharsets.UTF_8);

        assertInstanceOf(Unsupported.class, sanitizer.sanitize(html, SMALL));
    }

    @Test
    void given_a_gif_when_sanitized_then_it_is_unsupported() {
        byte[] gif = encode(image(8, 8, BufferedImage.TYPE_INT_RGB), "gif");

        assertInstanceOf(Unsupported.class, sanitizer.sanitize(gif, SMALL));
    }

    @Test
    void given_a_webp_header_when_sanitized_then_it_is_unsupported() {
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII);

        assertInstanceOf(Unsupported.class, sanitizer.sanitize(webp, SMALL));
    }

    @Test
    void given_an_empty_upload_when_sanitized_then_it_is_unsupported() {
        assertInstanceOf(Unsupported.class, sanitizer.sanitize(new byte[0], SMALL));
    }

    @Test
    void given_a_png_cut_off_in_its_pixel_data_when_sanitized_then_it_is_a_damaged_image() {
        byte[] whole = png(64, 64, BufferedImage.TYPE_INT_RGB);
        byte[] truncated = Arrays.copyOf(whole, PNG_SIGNATURE_AND_IHDR + (whole.length - PNG_SIGNATURE_AND_IHDR) / 2);

        Unsupported verdict = assertInstanceOf(Unsupported.class, sanitizer.sanitize(truncated, SMALL));

        assertEquals("damaged image", verdict.reason());
    }

    @Test
    void given_a_png_signature_with_nothing_behind_it_when_sanitized_then_it_is_a_damaged_image() {
        byte[] signatureOnly = Arrays.copyOf(png(4, 4, BufferedImage.TYPE_INT_RGB), 8);

        Unsupported verdict = assertInstanceOf(Unsupported.class, sanitizer.sanitize(signatureOnly, SMALL));

        assertEquals("damaged image", verdict.reason());
    }

    @Test
    void given_a_jpeg_cut_off_in_its_pixel_data_when_sanitized_then_it_is_a_damaged_image() {
        byte[] whole = jpeg(64, 64);
        byte[] truncated = Arrays.copyOf(whole, whole.length * 2 / 3);

        Unsupported verdict = assertInstanceOf(Unsupported.class, sanitizer.sanitize(truncated, SMALL));

        assertEquals("damaged image", verdict.reason());
    }

    @Test
    void given_an_image_wider_than_the_limit_when_sanitized_then_it_has_too_many_pixels() {
        byte[] wide = png(4097, 10, BufferedImage.TYPE_INT_RGB);

        ImageVerdict verdict = sanitizer.sanitize(wide, ImageLimits.AVATAR);

        assertEquals(new TooManyPixels(4097, 10, 4096, 4096), verdict);
    }

    @Test
    void given_a_tiny_png_claiming_to_be_huge_when_sanitized_then_it_is_refused_before_decoding() {
        byte[] bomb = withDimensions(png(1, 1, BufferedImage.TYPE_INT_RGB), 1_000_000, 1_000_000);

        ImageVerdict verdict = sanitizer.sanitize(bomb, ImageLimits.AVATAR);

        assertEquals(new TooManyPixels(1_000_000, 1_000_000, 4096, 4096), verdict);
    }

    @Test
    void given_an_upload_over_the_byte_limit_when_sanitized_then_it_is_too_large() {
        ImageLimits limits = new ImageLimits(1024, 64, 64);
        byte[] upload = new byte[1025];
        System.arraycopy(png(1, 1, BufferedImage.TYPE_INT_RGB), 0, upload, 0, 8);

        assertEquals(new TooLarge(1024), sanitizer.sanitize(upload, limits));
    }

    @Test
    void given_an_upload_exactly_at_the_byte_limit_when_sanitized_then_size_is_not_the_problem() {
        byte[] image = png(4, 4, BufferedImage.TYPE_INT_RGB);

        assertInstanceOf(Accepted.class, sanitizer.sanitize(image, new ImageLimits(image.length, 4, 4)));
    }

    @Property(tries = 40)
    void any_small_png_is_accepted_with_its_own_size(
            @ForAll @IntRange(min = 1, max = 64) int width,
            @ForAll @IntRange(min = 1, max = 64) int height) {
        byte[] upload = png(width, height, BufferedImage.TYPE_INT_ARGB);

        Accepted accepted = assertInstanceOf(Accepted.class, sanitizer.sanitize(upload, SMALL));

        assertEquals("image/png", accepted.mediaType());
        assertEquals(width, accepted.width());
        assertEquals(height, accepted.height());
        BufferedImage decoded = decode(accepted.bytes());
        assertEquals(width, decoded.getWidth());
        assertEquals(height, decoded.getHeight());
    }

    // --- building test images -------------------------------------------------------------

    private static BufferedImage image(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        // Noise, so that the compressed data is long enough to be cut in the middle.
        Random random = new Random(width * 31L + height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt() | (type == BufferedImage.TYPE_INT_ARGB ? 0 : 0xFF000000));
            }
        }
        return image;
    }

    private static byte[] png(int width, int height, int type) {
        return encode(image(width, height, type), "png");
    }

    private static byte[] jpeg(int width, int height) {
        return encode(image(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertTrue(ImageIO.write(image, format, out), "no writer for " + format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertNotNull(image, "decodable");
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG chunk: length, type, data, and the CRC-32 of type and data. */
    private static byte[] chunk(String type, String data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        byte[] dataBytes = data.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(dataBytes);
        return ByteBuffer.allocate(12 + dataBytes.length)
                .putInt(dataBytes.length)
                .put(typeBytes)
                .put(dataBytes)
                .putInt((int) crc.getValue())
                .array();
    }

    private static byte[] insertAfterIhdr(byte[] png, byte[] chunk) {
        return insert(png, PNG_SIGNATURE_AND_IHDR, chunk);
    }

    /** Rewrites the IHDR width and height (and its CRC) without touching the pixel data. */
    private static byte[] withDimensions(byte[] png, int width, int height) {
        byte[] patched = png.clone();
        ByteBuffer buffer = ByteBuffer.wrap(patched);
        buffer.putInt(16, width);
        buffer.putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(patched, 12, 4 + 13);
        buffer.putInt(29, (int) crc.getValue());
        return patched;
    }

    /** An APP1 segment holding a minimal big-endian TIFF header with no entries, then the marker. */
    private static byte[] exifSegment(String marker) {
        byte[] text = marker.getBytes(StandardCharsets.US_ASCII);
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0};
        byte[] payload = concat(concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff), text);
        return ByteBuffer.allocate(4 + payload.length)
                .put((byte) 0xFF).put((byte) 0xE1)
                .putShort((short) (2 + payload.length))
                .put(payload)
                .array();
    }

    private static byte[] insertAfterSoi(byte[] jpeg, byte[] segment) {
        return insert(jpeg, 2, segment);
    }

    private static byte[] insert(byte[] data, int at, byte[] inserted) {
        byte[] result = new byte[data.length + inserted.length];
        System.arraycopy(data, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(data, at, result, at + inserted.length, data.length - at);
        return result;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return insert(a, a.length, b);
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
