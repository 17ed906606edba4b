package tech.jobbot.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import tech.jobbot.domain.job.JobPosting;
import tech.jobbot.ports.out.job.JobPostingReader;

class JsoupJobPostingReaderTest {
    private final JobPostingReader reader = new JsoupJobPostingReader();

    @Test
    void given_a_page_with_one_json_ld_posting_when_read_then_every_declared_field_is_taken() {
        JobPosting posting = reader.read(page("""
                <script type="application/ld+json">
                {
                  "@context": "https://schema.org/",
                  "@type": "JobPosting",
                  "title": "Senior Backend Engineer",
                  "description": "<p>We build payment rails for small shops.</p><p>You will own our ledger service.</p>",
                  "hiringOrganization": {"@type": "Organization", "name": "Ledgerly", "sameAs": "https://ledgerly.example"},
                  "employmentType": "FULL_TIME",
                  "responsibilities": "<ul><li>Design and run the ledger service</li><li>Review code and mentor two engineers</li></ul>",
                  "qualifications": ["5+ years building backend services", "Experience with PostgreSQL at scale"],
                  "experienceRequirements": {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 60},
                  "educationRequirements": {"@type": "EducationalOccupationalCredential", "credentialCategory": "bachelor degree"},
                  "skills": ["Java", "PostgreSQL", "Kafka"]
                }
                </script>""", "<h1>Careers at Ledgerly</h1><p>Some page text</p>"));

        assertEquals(Optional.of("Senior Backend Engineer"), posting.title());
        assertEquals(Optional.of("Ledgerly"), posting.company());
        assertEquals("We build payment rails for small shops.\n\nYou will own our ledger service.", posting.description());
        assertEquals(List.of("Design and run the ledger service", "Review code and mentor two engineers"),
                posting.responsibilities());
        assertEquals(List.of("5+ years building backend services", "Experience with PostgreSQL at scale",
                "5 years of experience", "bachelor degree"), posting.qualifications());
        assertEquals(List.of("Java", "PostgreSQL", "Kafka"), posting.skills());
        assertEquals(Optional.of("full-time"), posting.employmentType());
        assertEquals(Optional.empty(), posting.seniority());
    }

    @Test
    void given_a_posting_inside_a_graph_when_read_then_it_is_found_among_the_other_nodes() {
        JobPosting posting = reader.read(page("""
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Acme Careers", "url": "https://jobs.acme.example"},
                  {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Jobs"}]},
                  {"@type": ["JobPosting", "Thing"], "title": "Warehouse Shift Lead",
                   "hiringOrganization": "Acme Logistics", "description": "Lead a team of 12 pickers."}
                ]}
                </script>""", ""));

        assertEquals(Optional.of("Warehouse Shift Lead"), posting.title());
        assertEquals(Optional.of("Acme Logistics"), posting.company());
        assertEquals("Lead a team of 12 pickers.", posting.description());
    }

    @Test
    void given_a_top_level_array_when_read_then_the_posting_in_it_is_found() {
        JobPosting posting = reader.read(page("""
                <script type="application/ld+json">
                [
                  {"@context": "https://schema.org", "@type": "Organization", "name": "Northwind Health"},
                  {"@context": "https://schema.org", "@type": "JobPosting", "title": "Registered Nurse, ICU",
                   "hiringOrganization": {"name": "Northwind Health"}, "description": "Night shifts in a 20-bed ICU.",
                   "employmentType": ["PART_TIME", "TEMPORARY"]}
                ]
                </script>""", ""));

        assertEquals(Optional.of("Registered Nurse, ICU"), posting.title());
        assertEquals(Optional.of("Northwind Health"), posting.company());
        assertEquals(Optional.of("part-time, temporary"), posting.employmentType());
    }

    @Test
    void given_a_malformed_block_before_a_valid_one_when_read_then_the_malformed_block_is_skipped() {
        JobPosting posting = reader.read(page("""
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "JobPosting", "title": "Broken
                </script>
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "JobPosting", "title": "Data Analyst",
                 "description": "Build the weekly sales dashboards."}
                </script>""", ""));

        assertEquals(Optional.of("Data Analyst"), posting.title());
        assertEquals("Build the weekly sales dashboards.", posting.description());
    }

    @Test
    void given_only_malformed_blocks_when_read_then_the_page_text_is_used() {
        JobPosting posting = reader.read(page("""
                <script type="application/ld+json">{ not json at all</script>
                <script type="application/ld+json">{"@type": "JobPosting", "title": [}</script>""",
                "<main><h1>Barista</h1><p>Morning shifts at our harbour cafe.</p></main>"));

        assertEquals(Optional.of("Barista"), posting.title());
        assertEquals("Barista\n\nMorning shifts at our harbour cafe.", posting.description());
    }

    @Test
    void given_an_html_escaped_description_with_a_list_when_read_then_bullets_and_paragraphs_are_lines() {
        JobPosting posting = reader.read(page("""
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "JobPosting", "title": "Frontend Developer",
                 "description": "&lt;p&gt;Join our &lt;strong&gt;design systems&lt;/strong&gt; team.&lt;/p&gt;&lt;h3&gt;What you will do&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Build accessible React components&lt;/li&gt;&lt;li&gt;Pair with designers &amp;amp; researchers&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Remote within the EU.&lt;/p&gt;"}
                </script>""", ""));

        assertEquals("""
                Join our design systems team.

                What you will do

                - Build accessible React components
                - Pair with designers & researchers

                Remote within the EU.""", posting.description());
        assertFalse(posting.description().contains("<"));
        assertFalse(posting.description().contains("&lt;"));
    }

    @Test
    void given_a_description_in_raw_html_with_breaks_and_a_nested_list_when_read_then_its_shape_is_kept() {
        JobPosting posting = reader.read(page("""
                <script type="application/ld+json">
                {"@type": "JobPosting", "title": "Teacher",
                 "description": "Year 5 class teacher.<br>Start in September.<ul><li>Planning<ul><li>Maths</li><li>Reading</li></ul></li><li>Parent meetings</li></ol>"}
                </script>""", ""));

        assertEquals("Year 5 class teacher.\nStart in September.\n\n- Planning\n- Maths\n- Reading\n- Parent meetings",
                posting.description());
    }

    @Test
    void given_skills_as_a_comma_separated_string_when_read_then_each_skill_is_an_entry() {
        JobPosting posting = reader.read(page("""
                <script type="application/ld+json">
                {"@type": "JobPosting", "title": "Cloud Engineer",
                 "skills": "Terraform, Kubernetes; cloud platforms (AWS, GCP),  Go , terraform"}
                </script>""", ""));

        assertEquals(List.of("Terraform", "Kubernetes", "cloud platforms (AWS, GCP)", "Go"), posting.skills());
    }

    @Test
    void given_skills_as_defined_terms_and_an_html_list_when_read_then_their_names_are_the_skills() {
        JobPosting posting = reader.read(page("""
                <script type="application/ld+json">
                {"@type": "JobPosting", "title": "Accountant",
                 "skills": [{"@type": "DefinedTerm", "name": "IFRS", "description": "Reporting standards"},
                            {"@type": "DefinedTerm", "name": "Month-end close"},
                            "<ul><li>Excel</li><li>SAP</li></ul>"]}
                </script>""", ""));

        assertEquals(List.of("IFRS", "Month-end close", "Excel", "SAP"), posting.skills());
    }

    @Test
    void given_a_hiring_organization_as_a_plain_string_when_read_then_it_is_the_company() {
        JobPosting posting = reader.read(page("""
                <script type="application/ld+json">
                {"@type": "JobPosting", "title": "Sales Representative", "hiringOrganization": "Brightside &amp; Co"}
                </script>""", ""));

        assertEquals(Optional.of("Brightside & Co"), posting.company());
    }

    @Test
    void given_a_posting_without_title_or_description_when_read_then_the_page_supplies_them() {
        JobPosting posting = reader.read(page("""
                <script type="application/ld+json">
                {"@type": "JobPosting", "hiringOrganization": {"name": "Fjord Bank"}, "skills": "SQL"}
                </script>""", """
                <nav><a href="/">Home</a></nav>
                <main><h1>Risk Analyst</h1><p>Model credit risk for retail loans.</p></main>"""));

        assertEquals(Optional.of("Risk Analyst"), posting.title());
        assertEquals(Optional.of("Fjord Bank"), posting.company());
        assertEquals("Risk Analyst\n\nModel credit risk for retail loans.", posting.description());
        assertEquals(List.of("SQL"), posting.skills());
    }

    @Test
    void given_json_ld_with_raw_line_breaks_a_comment_and_a_trailing_comma_when_read_then_it_is_still_read() {
        JobPosting posting = reader.read(page("""
                <script type="application/ld+json">
                <!--
                {"@type": "https://schema.org/JobPosting", // as exported by the careers plugin
                 "title": "Product Manager",
                 "description": "Own the roadmap.
                Talk to customers every week.",
                }
                -->
                </script>""", ""));

        assertEquals(Optional.of("Product Manager"), posting.title());
        assertEquals("Own the roadmap.\nTalk to customers every week.", posting.description());
    }

    @Test
    void given_a_page_without_a_posting_when_read_then_the_main_text_is_kept_without_navigation_or_footer() {
        JobPosting posting = reader.read("""
                <!doctype html>
                <html><head><title>HR Generalist | Careers at Pinecone Foods</title>
                <style>body { color: red }</style><script>trackVisitor();</script></head>
                <body>
                  <header><a href="/">Pinecone Foods</a> <a href="/about">About us</a></header>
                  <nav><ul><li>Jobs</li><li>Benefits</li></ul></nav>
                  <div class="content">
                    <h1>HR Generalist</h1>
                    <p>Support 300 colleagues across three sites.</p>
                    <h2>You will</h2>
                    <ul><li>Run onboarding for new starters</li><li>Advise managers on absence cases</li></ul>
                  </div>
                  <aside>Similar jobs: Payroll Officer</aside>
                  <form><label>Email</label><input name="email"><button>Subscribe</button></form>
                  <footer>© Pinecone Foods · Privacy · Cookies</footer>
                </body></html>""");

        assertEquals(Optional.of("HR Generalist"), posting.title());
        assertEquals("""
                HR Generalist

                Support 300 colleagues across three sites.

                You will

                - Run onboarding for new starters
                - Advise managers on absence cases""", posting.description());
        assertEquals(Optional.empty(), posting.company());
        assertTrue(posting.skills().isEmpty());
    }

    @Test
    void given_a_page_with_a_main_element_when_read_then_only_the_main_content_is_kept() {
        JobPosting posting = reader.read("""
                <html><head><title>Line Cook</title></head><body>
                <div class="cookie-banner">We use cookies.</div>
                <main><article><header><h1>Line Cook</h1><p>Posted 3 days ago</p></header>
                <p>Prep and cook for 120 covers a night.</p></article></main>
                <div class="related">Other jobs near you</div>
                </body></html>""");

        assertEquals("Line Cook\n\nPosted 3 days ago\n\nPrep and cook for 120 covers a night.", posting.description());
    }

    @Test
    void given_a_page_without_a_heading_when_read_then_the_title_comes_from_the_title_element() {
        JobPosting posting = reader.read("<html><head><title>  Forklift   Driver </title></head>"
                + "<body><p>Day shifts, certificate required.</p></body></html>");

        assertEquals(Optional.of("Forklift Driver"), posting.title());
        assertEquals("Day shifts, certificate required.", posting.description());
    }

    @Test
    void given_a_page_wrapped_in_one_form_when_read_then_its_content_stays() {
        JobPosting posting = reader.read("<html><body><form id=\"aspnetForm\"><h1>Payroll Officer</h1>"
                + "<p>Run monthly payroll for 800 staff.</p></form></body></html>");

        assertEquals("Payroll Officer\n\nRun monthly payroll for 800 staff.", posting.description());
    }

    @Test
    void given_plain_text_when_read_then_it_passes_through_with_tidied_whitespace() {
        JobPosting posting = reader.read("  Customer Support Agent\r\n\r\n\r\n\tAnswer   tickets in English\u00a0and German.  \n"
                + "- Zendesk\n- Calm under pressure\n\n\n");

        assertEquals(JobPosting.ofText("Customer Support Agent\n\nAnswer tickets in English and German.\n"
                + "- Zendesk\n- Calm under pressure"), posting);
    }

    @Test
    void given_plain_text_with_angle_brackets_when_read_then_it_is_not_mistaken_for_html() {
        JobPosting posting = reader.read("Salary < 60k, teams > 5 people, C++ templates like vector<int>.");

        assertEquals("Salary < 60k, teams > 5 people, C++ templates like vector<int>.", posting.description());
    }

    @Test
    void given_plain_text_longer_than_the_limit_when_read_then_fifty_thousand_characters_are_kept() {
        String pasted = "word ".repeat(30_000);

        JobPosting posting = reader.read(pasted);

        int kept = posting.description().length();
        assertTrue(kept <= JsoupJobPostingReader.MAX_TEXT && kept >= JsoupJobPostingReader.MAX_TEXT - 5, "kept " + kept);
        assertTrue(posting.description().startsWith("word word"));
    }

    @Test
    void given_a_huge_json_ld_description_when_read_then_it_is_capped_at_fifty_thousand_characters() {
        String huge = "<li>Ship features</li>".repeat(20_000);
        JobPosting posting = reader.read(page("<script type=\"application/ld+json\">{\"@type\": \"JobPosting\", "
                + "\"title\": \"" + "T".repeat(5_000) + "\", \"description\": \"<ul>" + huge + "</ul>\"}</script>", ""));

        assertTrue(posting.description().length() <= JsoupJobPostingReader.MAX_TEXT);
        assertTrue(posting.description().startsWith("- Ship features\n- Ship features"));
        assertEquals(JsoupJobPostingReader.MAX_TITLE, posting.title().orElseThrow().length());
    }

    @Test
    void given_deeply_nested_json_ld_when_read_then_the_block_is_skipped_without_failing() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);

        JobPosting posting = reader.read(page("<script type=\"application/ld+json\">" + deep + "</script>",
                "<p>Still readable.</p>"));

        assertEquals("Still readable.", posting.description());
    }

    @Test
    void no_field_of_a_read_posting_carries_markup() {
        JobPosting posting = reader.read(page("""
                <script type="application/ld+json">
                {"@type": "JobPosting", "title": "<b>Nurse</b> &amp; Midwife",
                 "hiringOrganization": {"name": "<span>St. Mary&#39;s</span>"},
                 "description": "<div><p>Ward <em>7</em></p></div>",
                 "responsibilities": ["<b>Triage</b>", "Handover &lt;b&gt;notes&lt;/b&gt;"],
                 "qualifications": "&lt;ul&gt;&lt;li&gt;NMC registration&lt;/li&gt;&lt;/ul&gt;",
                 "skills": ["<i>Wound care</i>"], "employmentType": "<span>FULL_TIME</span>"}
                </script>""", ""));

        assertEquals(new JobPosting(Optional.of("Nurse & Midwife"), Optional.of("St. Mary's"), "Ward 7",
                List.of("Triage", "Handover notes"), List.of("NMC registration"), List.of("Wound care"),
                Optional.empty(), Optional.of("full-time")), posting);
    }

    private static String page(String head, String body) {
        return "<!doctype html><html><head><title>Jobs</title>" + head + "</head><body>" + body + "</body></html>";
    }
}
