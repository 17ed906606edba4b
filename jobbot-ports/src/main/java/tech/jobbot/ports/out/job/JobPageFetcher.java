package tech.jobbot.ports.out.job;

import java.net.URI;

/**
 * Fetches the page behind a job link and reads the posting on it. Implementations must not let a
 * link reach the server's own network (SSRF): only public addresses, bounded time and size.
 */
public interface JobPageFetcher {
    PageFetch fetch(URI link);
}
