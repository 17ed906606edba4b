package tech.jobbot.adapters.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import tech.jobbot.domain.job.JobPosting;
import tech.jobbot.ports.out.job.JobPostingReader;

/**
 * Reads a posting from a page or from pasted text with jsoup.
 *
 * <p>HTML with a schema.org {@code JobPosting} in {@code application/ld+json} gives title,
 * company, description, responsibilities, qualifications (with experience and education
 * requirements), skills and employment type as the page declares them. Otherwise the posting is
 * the page's main text: navigation, banners, footers, side bars, forms and scripts dropped,
 * {@code <main>}/{@code <article>} preferred, headings and list items kept as lines. Plain text
 * passes through tidied. Text is capped at {@value #MAX_TEXT} characters and titles at
 * {@value #MAX_TITLE}, however large the input. Seniority is left empty: schema.org has no such
 * property, and reading it from the title is the domain's job, the same for every source.
 */
public final class JsoupJobPostingReader implements JobPostingReader {
    /** The most characters kept of a description or of pasted text. */
    public static final int MAX_TEXT = 50_000;
    /** The most characters kept of a title or a company name. */
    public static final int MAX_TITLE = 200;

    private static final String NEVER_CONTENT = String.join(", ",
            "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "dialog",
            "nav", "aside", "[hidden]", "[aria-hidden=true]",
            "[role=navigation]", "[role=complementary]", "[role=search]");
    private static final String CONTENT = "main, article, [role=main]";

    @Override
    public JobPosting read(String pasted) {
        Objects.requireNonNull(pasted, "pasted");
        if (!PlainText.looksLikeHtml(pasted)) {
            return JobPosting.ofText(PlainText.normalise(pasted, MAX_TEXT));
        }
        return read(Jsoup.parse(pasted));
    }

    /** Reads a parsed page; strips the page's boilerplate from {@code page} on the way. */
    JobPosting read(Document page) {
        Optional<JobPosting> declared = JsonLdPostings.first(page);
        Optional<String> pageTitle = pageTitle(page);
        if (declared.isEmpty()) {
            return new JobPosting(pageTitle, Optional.empty(), mainText(page), List.of(), List.of(), List.of(),
                    Optional.empty(), Optional.empty());
        }
        JobPosting posting = declared.get();
        return new JobPosting(
                posting.title().or(() -> pageTitle),
                posting.company(),
                posting.description().isEmpty() ? mainText(page) : posting.description(),
                posting.responsibilities(),
                posting.qualifications(),
                posting.skills(),
                posting.seniority(),
                posting.employmentType());
    }

    private static Optional<String> pageTitle(Document page) {
        return firstText(page.select("main h1, [role=main] h1, article h1"))
                .or(() -> firstText(page.select("h1")))
                .or(() -> Optional.of(page.title()))
                .map(title -> PlainText.inline(title, MAX_TITLE))
                .filter(title -> !title.isEmpty());
    }

    private static Optional<String> firstText(List<Element> elements) {
        return elements.stream().map(Element::text).filter(text -> !text.isBlank()).findFirst();
    }

    private static String mainText(Document page) {
        page.select(NEVER_CONTENT).remove();
        for (Element form : page.select("form")) {
            // ASP.NET pages wrap the whole body in one form, which must stay.
            if (form.selectFirst(CONTENT + ", h1") == null) {
                form.remove();
            }
        }
        for (Element landmark : page.select("header, footer, [role=banner], [role=contentinfo]")) {
            // A header inside an article belongs to it; one around the page is the site's banner.
            boolean insideContent = landmark.parent() != null && landmark.parent().closest(CONTENT) != null;
            if (!insideContent && landmark.selectFirst(CONTENT) == null) {
                landmark.remove();
            }
        }
        Element root = contentRoot(page);
        String text = PlainText.ofHtml(root, MAX_TEXT);
        return text.isEmpty() && root != page.body() ? PlainText.ofHtml(page.body(), MAX_TEXT) : text;
    }

    private static Element contentRoot(Document page) {
        Element main = page.selectFirst("main, [role=main]");
        if (main != null && main.hasText()) {
            return main;
        }
        List<Element> articles = page.select("article");
        if (articles.size() == 1 && articles.getFirst().hasText()) {
            return articles.getFirst();
        }
        return page.body();
    }
}
