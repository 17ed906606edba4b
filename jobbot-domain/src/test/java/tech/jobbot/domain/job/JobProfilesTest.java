package tech.jobbot.domain.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.jobbot.domain.job.SkillFixtures.EXTRACTOR;
import static tech.jobbot.domain.job.SkillFixtures.id;
import static tech.jobbot.domain.job.SkillFixtures.ids;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobProfilesTest {

    private static final String MARKDOWN_POSTING = """
            Senior Software Engineer
            Company: Acme Payments

            ## About us
            Acme runs warehouse operations software for 300 retailers. Pick and pack, all day.

            ## What you'll do
            - Design and build REST APIs in Java
            - Review code and mentor others

            ## Requirements
            - 6+ years of experience with Java or Python
            - Strong SQL and relational databases
            - Good communication skills

            ## Benefits
            - Free Excel training and a forklift licence, should you want one
            """;

    @Test
    void given_markdown_sections_then_requirements_and_responsibilities_are_their_bullets() {
        JobProfile profile = JobProfiles.fromDescription(MARKDOWN_POSTING, EXTRACTOR);
        assertEquals("Senior Software Engineer", profile.title());
        assertEquals(Optional.of("Acme Payments"), profile.company());
        assertEquals(List.of("Design and build REST APIs in Java", "Review code and mentor others"),
                profile.responsibilities());
        assertEquals(List.of("6+ years of experience with Java or Python", "Strong SQL and relational databases",
                "Good communication skills"), profile.requirements());
    }

    @Test
    void given_skills_in_requirements_then_they_rank_before_skills_only_in_the_duties() {
        JobProfile profile = JobProfiles.fromDescription(MARKDOWN_POSTING, EXTRACTOR);
        List<SkillId> skills = profile.skills();
        assertEquals(ids("java", "python", "sql", "relational-databases", "communication"), skills.subList(0, 5));
        assertTrue(skills.indexOf(id("api-design")) > skills.indexOf(id("communication")), skills.toString());
    }

    @Test
    void given_a_company_blurb_and_benefits_then_their_words_are_not_skills_of_the_job() {
        List<SkillId> skills = JobProfiles.fromDescription(MARKDOWN_POSTING, EXTRACTOR).skills();
        for (SkillId notAsked : ids("warehouse-operations", "microsoft-excel", "forklift")) {
            assertFalse(skills.contains(notAsked), notAsked + " in " + skills);
        }
    }

    @Test
    void given_headings_in_capitals_or_as_phrases_ending_in_a_colon_then_sections_are_found() {
        String text = """
                Healthcare Assistant
                THE SUCCESSFUL CANDIDATE WILL HAVE
                - Experience in nursing care
                - A team player attitude
                As a Healthcare Assistant you will:
                - Support residents with administering medications
                - Help with care plans
                We are looking for someone who:
                - Has good communication skills
                """;
        JobProfile profile = JobProfiles.fromDescription(text, EXTRACTOR);
        assertEquals(List.of("Experience in nursing care", "A team player attitude", "Has good communication skills"),
                profile.requirements());
        assertEquals(List.of("Support residents with administering medications", "Help with care plans"),
                profile.responsibilities());
    }

    @Test
    void given_paragraphs_under_headings_then_each_sentence_is_an_item() {
        String text = """
                Junior Data Analyst

                About you
                You know SQL well. You have used Python or R. Excel is second nature.

                Your role
                You will build reports. You will present them to the team.
                """;
        JobProfile profile = JobProfiles.fromDescription(text, EXTRACTOR);
        assertEquals(List.of("You know SQL well.", "You have used Python or R.", "Excel is second nature."),
                profile.requirements());
        assertEquals(List.of("You will build reports.", "You will present them to the team."),
                profile.responsibilities());
        assertEquals(Seniority.JUNIOR, profile.seniority());
    }

    @Test
    void given_an_inline_heading_then_its_content_is_an_item() {
        JobProfile profile = JobProfiles.fromDescription("Teacher\nRequirements: lesson plans and behaviour management",
                EXTRACTOR);
        assertEquals(List.of("lesson plans and behaviour management"), profile.requirements());
        assertEquals(ids("lesson-planning", "classroom-management"), profile.skills().subList(0, 2));
    }

    @Test
    void given_a_list_flattened_from_html_onto_one_line_then_its_items_are_split() {
        String text = "Warehouse Associate\nWhat you'll do: • Pick and pack orders • Drive a forklift • Keep the floor safe";
        JobProfile profile = JobProfiles.fromDescription(text, EXTRACTOR);
        assertEquals(List.of("Pick and pack orders", "Drive a forklift", "Keep the floor safe"),
                profile.responsibilities());
    }

    @Test
    void given_text_without_a_title_line_then_the_profile_is_an_untitled_role() {
        String text = "We are a growing company in Leeds and we are looking for someone to help us with Java and SQL "
                + "in our small development team, starting as soon as possible.";
        JobProfile profile = JobProfiles.fromDescription(text, EXTRACTOR);
        assertEquals("Untitled role", profile.title());
        assertEquals(ids("java", "sql"), profile.skills());
    }

    @Test
    void given_a_labelled_title_then_it_wins_over_the_first_line() {
        JobProfile profile = JobProfiles.fromDescription("Acme Health\nJob title: Staff Nurse\nEmployment type: Part time",
                EXTRACTOR);
        assertEquals("Staff Nurse", profile.title());
        assertEquals(Optional.of("part-time"), profile.employmentType());
    }

    @Test
    void given_an_about_heading_naming_the_company_then_the_company_is_read_from_it() {
        JobProfile profile = JobProfiles.fromDescription("Teacher\n\nAbout Oakfield Primary\nA happy school.\n", EXTRACTOR);
        assertEquals(Optional.of("Oakfield Primary"), profile.company());
    }

    @Test
    void given_a_posting_with_its_own_fields_then_they_win_over_the_text() {
        JobPosting posting = new JobPosting(Optional.of("Registered Nurse"), Optional.of("St. Mary's"),
                "Night Porter\nRequirements:\n- Forklift licence", List.of("Give nursing care"),
                List.of("Care plans"), List.of("Python", "Underwater basket weaving"), Optional.of("Senior"),
                Optional.of("FULL_TIME"));
        JobProfile profile = JobProfiles.fromPosting(posting, EXTRACTOR);
        assertEquals("Registered Nurse", profile.title());
        assertEquals(Optional.of("St. Mary's"), profile.company());
        assertEquals(List.of("Care plans"), profile.requirements());
        assertEquals(List.of("Give nursing care"), profile.responsibilities());
        assertEquals(Seniority.SENIOR, profile.seniority());
        assertEquals(Optional.of("full-time"), profile.employmentType());
        assertEquals(ids("python", "care-planning"), profile.skills().subList(0, 2));
        assertTrue(profile.skills().contains(id("patient-care")), "the title's role implies patient care");
    }

    @Test
    void given_a_title_alone_then_the_profile_has_the_skills_the_role_implies() {
        JobProfile profile = JobProfiles.fromTitle("  Senior   Registered Nurse ", EXTRACTOR);
        assertEquals("Senior Registered Nurse", profile.title());
        assertEquals(ids("patient-care", "medication-administration", "care-planning"), profile.skills());
        assertEquals(Seniority.SENIOR, profile.seniority());
        assertTrue(profile.requirements().isEmpty() && profile.responsibilities().isEmpty());
    }

    @Test
    void given_a_title_naming_skills_then_they_come_before_the_implied_ones() {
        JobProfile profile = JobProfiles.fromTitle("Part-time Python Software Engineer", EXTRACTOR);
        assertEquals(ids("python", "api-design", "teamwork"), profile.skills());
        assertEquals(Optional.of("part-time"), profile.employmentType());
    }

    @Test
    void given_a_title_jobbot_knows_nothing_about_then_the_core_interview_skills_stand_in() {
        assertEquals(ids("communication", "teamwork"), JobProfiles.fromTitle("Paralegal", EXTRACTOR).skills());
    }

    @Test
    void given_a_blank_title_then_no_profile_is_made() {
        assertThrows(IllegalArgumentException.class, () -> JobProfiles.fromTitle("   ", EXTRACTOR));
    }

    @Test
    void given_a_text_naming_few_skills_then_the_title_role_fills_in() {
        JobProfile profile = JobProfiles.fromDescription("Warehouse Associate\nDay shift, weekly pay.", EXTRACTOR);
        assertEquals(ids("warehouse-operations", "forklift"), profile.skills());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Software Engineering Intern|INTERN",
            "Summer Internship - Marketing|INTERN",
            "Junior Developer|JUNIOR",
            "Graduate Accountant|JUNIOR",
            "Entry-Level Sales Associate|JUNIOR",
            "Senior Data Scientist|SENIOR",
            "Sr. Nurse|SENIOR",
            "Software Engineer III|SENIOR",
            "Software Engineer II|MID",
            "Lead Engineer|LEAD",
            "Principal Product Designer|LEAD",
            "Staff Software Engineer|LEAD",
            "Head of Marketing|LEAD",
            "Nursing Manager|LEAD",
            "Senior Manager, Finance|LEAD",
            "Production Supervisor|LEAD",
            "Staff Nurse|UNKNOWN",
            "Product Manager|UNKNOWN",
            "Senior Account Manager|SENIOR",
            "Lead Generation Specialist|UNKNOWN",
            "Registered Nurse|UNKNOWN"})
    void given_a_title_then_its_seniority_is_read(String title, Seniority expected) {
        assertEquals(expected, JobProfiles.fromTitle(title, EXTRACTOR).seniority());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3-5 years of experience in nursing|MID",
            "At least 4 years' experience|MID",
            "2+ years in a warehouse|MID",
            "8+ years of experience building systems|SENIOR",
            "0-2 years of experience|JUNIOR",
            "1 year experience preferred|JUNIOR",
            "This is an entry-level role|JUNIOR",
            "No experience? No problem!|JUNIOR",
            "Experience with Java|UNKNOWN"})
    void given_no_seniority_in_the_title_then_the_requirements_tell_it(String requirement, Seniority expected) {
        String text = "Engineer\nRequirements:\n- " + requirement + "\n";
        assertEquals(expected, JobProfiles.fromDescription(text, EXTRACTOR).seniority());
    }

    @Test
    void given_a_company_boasting_of_its_years_then_that_is_not_the_candidate_s_seniority() {
        String text = "Engineer\nWe have 25 years of experience in logistics.\nRequirements:\n- Java\n";
        assertEquals(Seniority.UNKNOWN, JobProfiles.fromDescription(text, EXTRACTOR).seniority());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Full-time position in Leeds|full-time",
            "Part time, 20 hours a week|part-time",
            "A 6-month contract role|contract",
            "Fixed-term for 12 months|contract",
            "Temporary cover for the summer|temporary",
            "Freelance project|freelance"})
    void given_the_employment_type_in_the_text_then_it_is_read(String line, String expected) {
        assertEquals(Optional.of(expected),
                JobProfiles.fromDescription("Engineer\n" + line + "\n", EXTRACTOR).employmentType());
    }

    @Test
    void given_a_contract_negotiation_skill_then_it_is_not_a_contract_job() {
        assertEquals(Optional.empty(),
                JobProfiles.fromDescription("Buyer\nContract negotiation with suppliers", EXTRACTOR).employmentType());
    }

    @Test
    void given_text_longer_than_a_profile_holds_then_it_is_clipped_at_a_word() {
        String text = "Engineer\n" + "Java and SQL every day. ".repeat(3_000);
        JobProfile profile = JobProfiles.fromDescription(text, EXTRACTOR);
        assertTrue(profile.description().length() <= JobProfile.MAX_DESCRIPTION);
        assertTrue(profile.description().endsWith("day."), "clipped between words");
    }

    @Test
    void given_the_same_text_then_the_same_profile_every_time() {
        assertEquals(JobProfiles.fromDescription(MARKDOWN_POSTING, EXTRACTOR),
                JobProfiles.fromDescription(MARKDOWN_POSTING, EXTRACTOR));
    }
}
