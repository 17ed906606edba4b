package tech.jobbot.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.RateLimit;
import tech.jobbot.domain.request.RequestKind;
import tech.jobbot.domain.staff.StaffMember;
import tech.jobbot.domain.staff.StaffRole;
import tech.jobbot.domain.staff.Totp;
import tech.jobbot.sdk.account.CodeLimits;
import tech.jobbot.server.JobbotServer;
import tech.jobbot.server.support.TestServer;

/**
 * The website's journeys in a real headless Chromium: sign-up through the outbox code, a job, a
 * whole interview with feedback, the report with its charts, the cookie banner, the export, the
 * cancellation and its undo, and the staff console's need-to-know. axe-core checks every page.
 */
@Tag("browser")
class WebJourneyTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path downloads;
    TestServer server;
    Browser browser;

    @BeforeEach
    void start() {
        server = TestServer.start(dataDir, new CodeLimits(CodeLimits.DEFAULT.addressCooldown(),
                new RateLimit("address-hourly", 100, Duration.ofHours(1)),
                new RateLimit("client-hourly", 10_000, Duration.ofHours(1))), JobbotServer.Options.local(0));
        browser = new Browser(downloads);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
    }

    private String url(String path) {
        return server.uri(path).toString().replace("127.0.0.1", "localhost");
    }

    /** Sign-up as a newcomer does it: email, the code from the outbox, the age, and in. */
    private void signUp(String email) {
        browser.open(url("/#/sign-in"));
        browser.type("Email address", email);
        browser.button("Send me a code").click();
        browser.waitForText("We sent a code to " + email);
        browser.type("Six-digit code", server.codeFromOutbox(email));
        browser.button("Sign in").click();
        browser.until(d -> d.getCurrentUrl().endsWith("#/jobs") ? true : null);
        browser.find("#add-job");
    }

    /** A fresh browser has made no choice, so the banner comes: reject, and it is gone. */
    private void dismissBanner() {
        browser.find("#cookie-reject").click();
        browser.until(d -> d.findElements(By.cssSelector(".cookie-banner")).isEmpty() ? true : null);
    }

    @Test
    void sign_up_add_a_job_practise_a_whole_interview_and_read_the_report_with_its_charts() {
        browser.open(url("/"));
        browser.waitForText("Practise the interview for the job you want");
        browser.assertAccessible("home with the cookie banner");
        browser.screenshots("home");
        dismissBanner();
        browser.open(url("/#/sign-in"));
        browser.find("input[type=email]");
        browser.assertAccessible("sign-in");
        browser.screenshots("sign-in");
        browser.type("Email address", "ada.web@example.com");
        browser.button("Send me a code").click();
        browser.until(d -> d.findElement(By.id("outbox-hint")).getText().contains("outbox") ? true : null);
        assertTrue(browser.find("#outbox-hint").getText().contains(".eml"), "the page says where the code is");
        browser.type("Six-digit code", server.codeFromOutbox("ada.web@example.com"));
        browser.button("Sign in").click();
        browser.find("#add-job");

        browser.type("Job title", "Data Analyst");
        browser.find("#add-job").click();
        WebElement job = browser.find("#job-list li.job");
        assertTrue(job.getText().contains("Data Analyst"), job.getText());
        assertFalse(job.findElements(By.cssSelector(".chips li")).isEmpty(), "the skills Jobbot recognised");
        browser.assertAccessible("jobs");
        browser.screenshots("jobs");

        // Correct the recognised skills: drop the first, add Python from the taxonomy.
        String dropped = job.findElement(By.cssSelector(".chips li")).getText();
        job.findElement(By.cssSelector("button.correct-skills")).click();
        job.findElement(By.cssSelector(".skill-editor input[type=checkbox]")).click();
        job.findElement(By.name("skill-search")).sendKeys("Python");
        browser.button("Add").click();
        browser.until(d -> d.findElements(By.cssSelector(".skill-editor label")).stream()
                .anyMatch(l -> l.getText().equals("Python")) ? true : null);
        browser.button("Save the skills").click();
        browser.until(d -> {
            List<String> chips = d.findElements(By.cssSelector("#job-list li.job .chips li")).stream()
                    .map(WebElement::getText).toList();
            return chips.contains("Python") && !chips.contains(dropped) ? chips : null;
        });
        job = browser.find("#job-list li.job");

        job.findElement(By.cssSelector("button.practise")).click();
        browser.find("form.question");
        browser.assertAccessible("interview");
        browser.screenshots("interview");
        int answered = 0;
        while (!browser.all("form.question").isEmpty() && answered < 20) {
            String question = browser.find(".question-text").getText();
            WebElement answer = browser.find("form.question textarea");
            answer.sendKeys("At my last job I owned the weekly revenue report. I rebuilt it in SQL and Python, "
                    + "cut the run time from four hours to ten minutes, and presented the findings to the sales "
                    + "director, which led to a 12% increase in qualified leads over the next quarter.");
            assertTrue(browser.find("#word-count").getText().matches("\\d+ words"), "a live word count");
            browser.find("#submit-answer").click();
            answered++;
            int turns = answered;
            browser.until(d -> d.findElements(By.cssSelector(".conversation .turn")).size() >= turns ? true : null);
            assertFalse(question.isBlank());
        }
        assertTrue(answered >= 3, "a whole interview: " + answered + " answers");
        List<WebElement> feedback = browser.all(".conversation .feedback");
        assertEquals(answered, feedback.size(), "feedback for every answer");
        assertTrue(feedback.get(0).getText().contains("Score"), feedback.get(0).getText());
        assertFalse(browser.all(".feedback .strengths li, .feedback .improvements li").isEmpty());

        browser.find("#finish").click();
        browser.until(d -> d.getCurrentUrl().contains("#/reports/") ? true : null);
        browser.find(".report svg.radar");
        List<WebElement> radarPoints = browser.all("svg.radar circle.chart-point");
        assertTrue(radarPoints.size() >= 3, "a radar point per competency: " + radarPoints.size());
        for (WebElement p : radarPoints) {
            int value = Integer.parseInt(p.getAttribute("data-value"));
            assertTrue(value >= 0 && value <= 100, "a score: " + value);
        }
        assertEquals(1, browser.all("svg.line circle.chart-point").size(), "progress over the one interview");
        assertEquals(3, browser.all("ol.practice li").size(), "three things to practise");
        browser.assertAccessible("report");
        browser.screenshots("report");

        browser.open(url("/#/history"));
        browser.waitForText("Data Analyst");
        browser.assertAccessible("history");
        browser.screenshots("history");
    }

    @Test
    void sign_in_and_add_a_job_with_the_keyboard_only() {
        browser.open(url("/#/sign-in"));
        browser.find(".cookie-banner");
        WebElement active = null;
        for (int i = 0; i < 8; i++) {
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            active = browser.driver.switchTo().activeElement();
            if ("cookie-reject".equals(active.getAttribute("id"))) {
                break;
            }
        }
        assertEquals("cookie-reject", active.getAttribute("id"), "the banner's choices come first in the tab order");
        active.sendKeys(Keys.ENTER);
        browser.until(d -> d.findElements(By.cssSelector(".cookie-banner")).isEmpty() ? true : null);
        browser.find("input[type=email]");
        for (int i = 0; i < 12; i++) {
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            active = browser.driver.switchTo().activeElement();
            if ("email".equals(active.getAttribute("type"))) {
                break;
            }
        }
        assertEquals("email", active.getAttribute("type"), "the email field is reached by Tab");
        active.sendKeys("kim.keys@example.com", Keys.ENTER);
        browser.waitForText("We sent a code to kim.keys@example.com");
        WebElement code = browser.driver.switchTo().activeElement();
        assertEquals("code", code.getAttribute("name"), "focus moves to the code");
        code.sendKeys(server.codeFromOutbox("kim.keys@example.com"), Keys.ENTER);
        browser.find("#add-job");
        WebElement focused = null;
        for (int i = 0; i < 20; i++) {
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            focused = browser.driver.switchTo().activeElement();
            if ("title".equals(focused.getAttribute("name"))) {
                break;
            }
        }
        assertEquals("title", focused.getAttribute("name"), "the job title is reached by Tab");
        focused.sendKeys("Backend Developer", Keys.ENTER);
        browser.waitForText("Backend Developer");
        assertTrue(browser.find("#job-list li.job").getText().contains("Backend Developer"));
    }

    @Test
    void the_cookie_banner_stores_nothing_before_a_choice_and_reject_and_accept_are_one_click_each() throws Exception {
        browser.open(url("/"));
        browser.find(".cookie-banner");
        assertEquals(Set.of(), browser.driver.manage().getCookies(), "nothing stored before a choice");
        assertEquals(0L, browser.driver.executeScript("return localStorage.length"));

        browser.find("#cookie-reject").click();
        browser.until(d -> d.findElements(By.cssSelector(".cookie-banner")).isEmpty() ? true : null);
        JsonNode rejected = consent();
        browser.open(url("/#/sign-in"));
        browser.find("input[type=email]");
        browser.open(url("/"));
        browser.waitForText("Practise the interview");
        assertEquals(0, pageViews(), "no page-view beacon without analytics consent");
        assertFalse(rejected.at("/choice/analytics").asBoolean(), rejected.toString());
        browser.open(url("/"));
        browser.waitForText("Practise the interview");
        assertTrue(browser.all(".cookie-banner").isEmpty(), "the choice is remembered");

        browser.find("#cookie-settings").click();
        browser.find("#cookie-accept").click();
        browser.until(d -> d.findElements(By.cssSelector(".cookie-banner")).isEmpty() ? true : null);
        JsonNode accepted = consent();
        assertTrue(accepted.at("/choice/analytics").asBoolean() && accepted.at("/choice/preferences").asBoolean(),
                accepted.toString());
        browser.open(url("/#/sign-in"));
        browser.find("input[type=email]");
        browser.open(url("/"));
        browser.until(d -> pageViews() > 0 ? true : null);

        browser.find("#cookie-settings").click();
        browser.find("#cookie-customise").click();
        WebElement analytics = browser.find("#cookie-analytics");
        analytics.click();
        browser.find("#cookie-save").click();
        browser.until(d -> d.findElements(By.cssSelector(".cookie-banner")).isEmpty() ? true : null);
        assertFalse(consent().at("/choice/analytics").asBoolean(), "customised: analytics off again");
        assertTrue(consent().at("/choice/preferences").asBoolean());
    }

    /** Staff sign-in in the browser: email code, enrolment shown once, then email code plus TOTP. */
    private void staffSignIn(String email) {
        browser.type("Email address", email);
        browser.button("Send me a code").click();
        browser.field("Six-digit code");
        browser.type("Six-digit code", server.codeFromOutbox(email));
        browser.button("Sign in").click();
        byte[] secret = Totp.fromBase32(browser.find("#totp-secret").getText());
        browser.assertAccessible("staff enrolment");
        server.clock.advance(Duration.ofSeconds(61));
        browser.type("Email address", email);
        browser.button("Send me a code").click();
        browser.field("Six-digit code");
        browser.type("Six-digit code", server.codeFromOutbox(email));
        browser.type("Authenticator code", Totp.code(secret, Totp.step(server.clock.instant()), Totp.DIGITS));
        browser.button("Sign in").click();
        browser.waitForText("Sign out");
    }

    private int pageViews() {
        try (var c = java.sql.DriverManager.getConnection(server.databaseUrl, "sa", "");
                var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM analytics_events")) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode consent() throws Exception {
        Object json = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/cookie-consent').then(r => r.text()).then(done);");
        return new ObjectMapper().readTree(String.valueOf(json));
    }

    @Test
    void the_privacy_center_downloads_the_export_and_a_cancelled_account_comes_back_by_signing_in() throws Exception {
        browser.open(url("/"));
        dismissBanner();
        signUp("bea.web@example.com");
        browser.type("Job title", "Nurse");
        browser.find("#add-job").click();
        browser.find("#job-list li.job");

        browser.open(url("/#/privacy"));
        browser.find("#export-json");
        browser.assertAccessible("privacy center");
        browser.screenshots("privacy");
        browser.find("#export-json").click();
        Path file = browser.until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(".json")).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        JsonNode export = new ObjectMapper().readTree(Files.readString(file));
        assertEquals("jobbot-export", export.get("format").asText());
        assertEquals("bea.web@example.com", export.at("/account/email").asText());
        assertEquals("Nurse", export.at("/jobs/0/profile/title").asText(), export.get("jobs").toString());

        browser.find("#cancel-account").click();
        browser.driver.switchTo().alert().accept();
        browser.waitForText("Your account is cancelled");
        browser.open(url("/#/jobs"));
        browser.waitForText("No password: we send a six-digit code");
        // Within the grace period, signing in again restores the account and everything in it.
        server.clock.advance(Duration.ofDays(3));
        signUp("bea.web@example.com");
        browser.open(url("/#/jobs"));
        browser.waitForText("Nurse");
    }

    @Test
    void a_staff_member_signs_in_with_totp_and_reads_only_what_the_case_allows_and_the_person_sees_it() {
        var staff = server.jobbot.staff();
        StaffMember admin = staff.bootstrapAdministrator(EmailAddress.parse("admin@staff.example"), "Grace").orElseThrow();
        staff.addMember(admin, EmailAddress.parse("sam@staff.example"), "Sam Support", Set.of(StaffRole.SUPPORT));
        staff.addMember(admin, EmailAddress.parse("pat@staff.example"), "Pat Privacy", Set.of(StaffRole.PRIVACY_OFFICER));
        var ada = server.signIn("ada.case@example.com");
        var adaId = new tech.jobbot.domain.account.AccountId(java.util.UUID.fromString(
                server.get("/api/v1/me", "Authorization", ada.bearer()).json().get("id").asText()));
        var complaint = server.jobbot.fileRequest(adaId, RequestKind.COMPLAINT, "Rude feedback",
                "The feedback on my second answer was rude.");

        // The privacy officer opens a case for the complaint from the queue and assigns it to Sam.
        browser.open(url("/#/staff"));
        dismissBanner();
        staffSignIn("pat@staff.example");
        WebElement queue = browser.find("#request-queue");
        assertTrue(queue.getText().contains("complaint " + complaint.id()), queue.getText());
        assertFalse(queue.getText().contains("rude"), "the queue shows what is due, not what was written");
        new org.openqa.selenium.support.ui.Select(queue.findElement(By.tagName("select")))
                .selectByVisibleText("Sam Support (support)");
        queue.findElement(By.cssSelector("form.open-case button[type=submit]")).click();
        browser.waitForText("Case opened:");
        browser.assertAccessible("staff console with the request queue");
        browser.button("Sign out").click();

        staffSignIn("sam@staff.example");
        WebElement theCase = browser.find("li.case");
        assertTrue(theCase.getText().contains("complaint " + complaint.id()), theCase.getText());
        browser.assertAccessible("staff console");
        browser.screenshots("staff");
        new org.openqa.selenium.support.ui.Select(theCase.findElement(By.tagName("select"))).selectByValue("requests");
        theCase.findElement(By.cssSelector("button.read-data")).click();
        browser.waitForText("The feedback on my second answer was rude.");
        new org.openqa.selenium.support.ui.Select(theCase.findElement(By.tagName("select"))).selectByValue("interviews");
        theCase.findElement(By.cssSelector("button.read-data")).click();
        browser.waitForText("Refused: the case does not need interviews data");
        browser.type("Reply to the person", "We are sorry: the wording is fixed.");
        browser.button("Send the reply").click();
        browser.waitForText("The reply is in their inbox and mailbox.");

        var accesses = server.get("/api/v1/me/staff-accesses", "Authorization", ada.bearer()).json().get("accesses");
        assertEquals(2, accesses.size(), "the read and the reply: " + accesses);
        assertEquals("Sam Support (support)", accesses.at("/1/who").asText());

        // Ada sees who looked at her data and why, in her privacy center.
        browser.button("Sign out").click();
        server.clock.advance(Duration.ofMinutes(2));
        signUp("ada.case@example.com");
        browser.open(url("/#/privacy"));
        WebElement seen = browser.find("#staff-accesses");
        assertTrue(seen.getText().contains("Sam Support (support)") && seen.getText().contains("complaint "
                + complaint.id()), seen.getText());
        browser.waitForText("We are sorry: the wording is fixed.");
    }
}
