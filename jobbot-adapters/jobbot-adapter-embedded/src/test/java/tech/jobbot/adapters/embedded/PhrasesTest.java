package tech.jobbot.adapters.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhrasesTest {
    private static final Set<String> NAMES = Set.of("Excel", "Python");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Design and maintain REST APIs                               | design and maintain REST APIs
        • Administer medications and monitor vital signs.           | administer medications and monitor vital signs
        Designing, building and maintaining data pipelines          | design, build and maintain data pipelines
        Managing budgets and forecasting revenue                    | manage budgets and forecast revenue
        You will be responsible for managing a team of 5 analysts   | manage a team of 5 analysts
        Responsible for patient care on a 30-bed ward               | be responsible for patient care on a 30-bed ward
        You will be the main point of contact for key accounts      | be the main point of contact for key accounts
        Ownership of the billing service                            | be responsible for ownership of the billing service
        Training of new staff                                       | be responsible for training of new staff
        Python scripting to automate reports                        | be responsible for Python scripting to automate reports
        Coordinating with carriers (UPS, FedEx) to schedule pickups | coordinate with carriers to schedule pickups
        Reconciling bank statements; preparing journal entries      | reconcile bank statements
        Writing clean code. Reviewing pull requests.                | write clean code
        Key duties: plan weekly production schedules                | plan weekly production schedules
        """)
    void a_responsibility_becomes_a_verb_phrase_that_fits_after_how_you_would(String line, String phrase) {
        assertEquals(Optional.of(phrase), Phrases.responsibility(line, NAMES));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        5+ years of professional experience with Java          | 5+ years of professional experience with Java
        Must be able to lift 50 lbs                            | the ability to lift 50 lbs
        Proficient in Excel (pivot tables, VLOOKUP)            | proficiency in Excel
        Bachelor's degree in Nursing (BSN) required            | a bachelor's degree in Nursing
        Active RN licence in the state                         | an active RN licence in the state
        Degree in mathematics or a related subject             | a degree in mathematics or a related subject
        Experience with Salesforce is a plus                   | experience with Salesforce
        You have a strong understanding of GAAP                | a strong understanding of GAAP
        Familiar with agile ways of working                    | familiarity with agile ways of working
        Detail-oriented and organised                          | being detail-oriented and organised
        BLS certification                                      | BLS certification
        Fluent in German; English is a plus                    | fluency in German
        """)
    void a_requirement_becomes_a_noun_phrase_that_fits_after_the_role_asks_for(String line, String phrase) {
        assertEquals(Optional.of(phrase), Phrases.requirement(line, NAMES));
    }

    @Test
    void a_single_word_gives_no_clause_because_no_question_reads_well_around_it() {
        assertEquals(Optional.empty(), Phrases.responsibility("Scheduling", NAMES));
        assertEquals(Optional.empty(), Phrases.requirement("Python", NAMES));
    }

    @Test
    void a_long_clause_is_cut_at_a_natural_break_within_120_characters() {
        String line = "Work closely with product managers and designers to ship new features that delight our "
                + "customers across web and mobile, including performance work and accessibility improvements";

        String phrase = Phrases.responsibility(line, NAMES).orElseThrow();

        assertTrue(phrase.length() <= Phrases.MAX_CLAUSE, phrase);
        assertTrue(line.toLowerCase(Locale.ROOT).startsWith(phrase), phrase);
        assertTrue(!phrase.endsWith(" and") && !phrase.endsWith(","), phrase);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
        Senior Software Engineer, Payments (Remote) ; Senior Software Engineer
        Registered Nurse - ICU                      ; Registered Nurse
        Data Analyst | Marketing                    ; Data Analyst
        Sales / Account Executive                   ; Sales / Account Executive
        """)
    void a_title_loses_its_location_and_team_suffixes(String title, String core) {
        assertEquals(core, Phrases.title(title));
    }

    @ParameterizedTest
    @CsvSource({"designing,design", "running,run", "managing,manage", "assessing,assess", "reconciling,reconcile",
        "routing,route", "triaging,triage", "liaising,liaise", "analysing,analyse", "writing,write",
        "installing,install", "auditing,audit", "selling,sell", "dispensing,dispense", "clearing,clear"})
    void a_gerund_becomes_its_base_verb(String gerund, String verb) {
        assertEquals(verb, Phrases.baseVerb(gerund));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Patient assessment       | patient assessment
        Medical-surgical nursing | medical-surgical nursing
        Budgeting                | budgeting
        Java                     | Java
        Google Analytics         | Google Analytics
        SQL                      | SQL
        Six Sigma                | Six Sigma
        code review              | code review
        """)
    void a_sentence_case_skill_name_loses_its_capital_inside_a_sentence_but_a_name_keeps_it(String name,
            String inSentence) {
        assertEquals(inSentence, Phrases.inSentence(name));
    }
}
