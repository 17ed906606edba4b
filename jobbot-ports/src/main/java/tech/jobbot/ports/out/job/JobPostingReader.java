package tech.jobbot.ports.out.job;

import tech.jobbot.domain.job.JobPosting;

/**
 * Reads a posting from pasted text: HTML (a copied page, with or without schema.org JobPosting
 * data) or plain text. The result's text carries no markup.
 */
public interface JobPostingReader {
    JobPosting read(String pasted);
}
