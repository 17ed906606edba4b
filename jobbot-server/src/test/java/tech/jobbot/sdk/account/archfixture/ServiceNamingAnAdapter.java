package tech.jobbot.sdk.account.archfixture;

import tech.jobbot.adapters.imaging.ImageIoImageSanitizer;

/** Breaks "only the SDK builder names adapters" on purpose. */
public final class ServiceNamingAnAdapter {
    public Object sanitizer() {
        return new ImageIoImageSanitizer();
    }
}
