package tech.jobbot.adapters.imaging;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import tech.jobbot.ports.out.image.ImageLimits;
import tech.jobbot.ports.out.image.ImageSanitizer;
import tech.jobbot.ports.out.image.ImageVerdict;

/**
 * Accepts PNG and JPEG uploads, recognised by their leading bytes rather than by a name or a
 * declared type, and re-encodes their pixels into a fresh file of the same type with the JDK's
 * {@code javax.imageio}. Only pixels are carried over, so EXIF, GPS, text chunks, comments and
 * anything appended to the file are gone from the result.
 *
 * <p>The dimensions are read from the header before any pixel is decoded, so a small file that
 * claims to be huge (a decompression bomb) is turned away without allocating its pixels. A
 * full-size image still takes up to 64 MiB while decoded, so only a few are decoded at once;
 * the rest wait their turn instead of exhausting the heap. Safe for concurrent use.
 */
public final class ImageIoImageSanitizer implements ImageSanitizer {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final float JPEG_QUALITY = 0.9f;
    private static final String DAMAGED = "damaged image";
    private static final int CONCURRENT_DECODES = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final Semaphore decoding = new Semaphore(CONCURRENT_DECODES, true);

    private enum Format {
        PNG("png", "image/png"),
        JPEG("jpeg", "image/jpeg");

        final String imageIoName;
        final String mediaType;

        Format(String imageIoName, String mediaType) {
            this.imageIoName = imageIoName;
            this.mediaType = mediaType;
        }
    }

    @Override
    public ImageVerdict sanitize(byte[] upload, ImageLimits limits) {
        Objects.requireNonNull(upload, "upload");
        Objects.requireNonNull(limits, "limits");
        if (upload.length > limits.maxBytes()) {
            return new ImageVerdict.TooLarge(limits.maxBytes());
        }
        Format format = detect(upload);
        if (format == null) {
            return new ImageVerdict.Unsupported("not a PNG or JPEG image");
        }
        ImageReader reader = first(ImageIO.getImageReadersByFormatName(format.imageIoName));
        if (reader == null) {
            return new ImageVerdict.Unsupported("no " + format.imageIoName + " decoder available");
        }
        // Memory-cached streams: ImageIO's default would spill the upload into a temporary file.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            int width;
            int height;
            try {
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } catch (IOException | RuntimeException e) {
                return new ImageVerdict.Unsupported(DAMAGED);
            }
            if (width < 1 || height < 1) {
                return new ImageVerdict.Unsupported(DAMAGED);
            }
            if (width > limits.maxWidth() || height > limits.maxHeight()) {
                return new ImageVerdict.TooManyPixels(width, height, limits.maxWidth(), limits.maxHeight());
            }
            decoding.acquireUninterruptibly();
            try {
                BufferedImage image = decode(reader);
                if (image == null) {
                    return new ImageVerdict.Unsupported(DAMAGED);
                }
                byte[] clean = encode(format, image);
                return new ImageVerdict.Accepted(clean, format.mediaType, image.getWidth(), image.getHeight());
            } finally {
                decoding.release();
            }
        } catch (IOException e) {
            // Only closing an in-memory stream can get here, which does not fail in practice.
            throw new UncheckedIOException(e);
        } finally {
            reader.dispose();
        }
    }

    private static Format detect(byte[] upload) {
        if (startsWith(upload, PNG_MAGIC)) {
            return Format.PNG;
        }
        if (startsWith(upload, JPEG_MAGIC)) {
            return Format.JPEG;
        }
        return null;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The decoded pixels, or {@code null} if the data is damaged. */
    private static BufferedImage decode(ImageReader reader) {
        // The JPEG decoder reports a truncated or corrupt stream only as a warning and fills the
        // missing part with grey; such a picture is treated as damaged, not accepted.
        AtomicBoolean warned = new AtomicBoolean();
        IIOReadWarningListener listener = (source, warning) -> warned.set(true);
        reader.addIIOReadWarningListener(listener);
        try {
            BufferedImage image = reader.read(0);
            return warned.get() ? null : image;
        } catch (IOException | RuntimeException e) {
            // Decoders throw assorted unchecked exceptions on malformed input, not only IIOException.
            return null;
        } finally {
            reader.removeIIOReadWarningListener(listener);
        }
    }

    private static byte[] encode(Format format, BufferedImage image) {
        ImageWriter writer = first(ImageIO.getImageWritersByFormatName(format.imageIoName));
        if (writer == null) {
            throw new IllegalStateException("no " + format.imageIoName + " encoder in this JDK");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            BufferedImage pixels = image;
            if (format == Format.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                pixels = jpegCompatible(image);
            }
            // No stream or image metadata: the writer emits only what it needs to decode the pixels.
            writer.write(null, new IIOImage(pixels, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding to memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** JPEG has no alpha channel; transparent areas become white, as they look on a page. */
    private static BufferedImage jpegCompatible(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static <T> T first(Iterator<T> candidates) {
        return candidates.hasNext() ? candidates.next() : null;
    }
}
