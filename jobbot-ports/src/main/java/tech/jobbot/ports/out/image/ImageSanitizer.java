package tech.jobbot.ports.out.image;

/**
 * Checks an uploaded image by its content (not by what the client says it is) and re-encodes
 * it, so that no metadata (EXIF, GPS, comments) and no smuggled payload survives.
 */
public interface ImageSanitizer {
    ImageVerdict sanitize(byte[] upload, ImageLimits limits);
}
