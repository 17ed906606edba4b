package tech.jobbot.adapters.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.recommendation.CatalogItem;

class PartnerFeedSkillServiceCatalogTest {
    private static final Duration TTL = Duration.ofHours(1);
    private static final Duration TIMEOUT = Duration.ofMillis(300);
    private static final Set<SkillId> SQL = Set.of(new SkillId("sql"));
    private static final Set<SkillId> SQL_OR_PYTHON = Set.of(new SkillId("sql"), new SkillId("python"));

    private static final String GOOD = feed(item("partner-sql-basics", "sql"), item("partner-python-basics", "python"));
    private static final String NEWER = feed(item("partner-sql-advanced", "sql"));

    private final AtomicLong nanos = new AtomicLong();
    private final List<String> warnings = new ArrayList<>();
    // Held here because java.util.logging keeps loggers only weakly.
    private final Logger log = Logger.getLogger(PartnerFeedSkillServiceCatalog.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (warnings) {
                warnings.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private FeedServer server;
    private PartnerFeedSkillServiceCatalog catalog;

    @BeforeEach
    void start() throws IOException {
        server = new FeedServer();
        log.addHandler(capture);
    }

    @AfterEach
    void stop() {
        log.removeHandler(capture);
        if (catalog != null) {
            catalog.close();
        }
        server.close();
    }

    // ---------------------------------------------------------------- normal

    @Test
    void given_a_normal_feed_when_looked_up_twice_then_the_partner_is_asked_once() {
        server.reply(FeedServer.json(GOOD));
        catalog = catalog(settings());

        assertEquals(List.of("partner-sql-basics"), ids(catalog.itemsTeaching(SQL)));
        assertEquals(List.of("partner-sql-basics", "partner-python-basics"), ids(catalog.itemsTeaching(SQL_OR_PYTHON)));
        assertEquals(1, server.requests());
    }

    @Test
    void given_a_cached_feed_when_the_ttl_passes_then_the_feed_is_fetched_again() {
        server.reply(FeedServer.json(GOOD));
        catalog = catalog(settings());
        catalog.itemsTeaching(SQL);
        server.reply(FeedServer.json(NEWER));

        advance(TTL.minusNanos(1));
        assertEquals(List.of("partner-sql-basics"), ids(catalog.itemsTeaching(SQL)));
        assertEquals(1, server.requests());

        advance(Duration.ofNanos(1));
        assertEquals(List.of("partner-sql-advanced"), ids(catalog.itemsTeaching(SQL)));
        assertEquals(2, server.requests());
    }

    @Test
    void looking_up_no_skills_asks_the_partner_nothing() {
        server.reply(FeedServer.json(GOOD));
        catalog = catalog(settings());

        assertEquals(List.of(), catalog.itemsTeaching(Set.of()));
        assertEquals(0, server.requests());
    }

    // ---------------------------------------------------------------- failures after a good copy

    @Test
    void given_a_good_copy_when_the_partner_is_slower_than_the_timeout_then_the_last_good_copy_is_served() {
        primeThenExpire();
        server.reply(FeedServer.slow(Duration.ofSeconds(5), NEWER));

        long started = System.nanoTime();
        List<CatalogItem> items = catalog.itemsTeaching(SQL);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertEquals(List.of("partner-sql-basics"), ids(items));
        assertTrue(took.compareTo(TIMEOUT) >= 0 && took.compareTo(Duration.ofSeconds(2)) < 0, "took " + took);
        assertEquals(2, server.requests());
    }

    @Test
    void given_a_good_copy_when_the_partner_answers_500_then_the_last_good_copy_is_served() {
        primeThenExpire();
        server.reply(FeedServer.status(500));

        assertEquals(List.of("partner-sql-basics"), ids(catalog.itemsTeaching(SQL)));
        assertEquals(2, server.requests());
    }

    @Test
    void given_a_good_copy_when_the_feed_is_malformed_json_then_the_last_good_copy_is_served() {
        primeThenExpire();
        server.reply(FeedServer.json("{\"items\": [ {\"id\": \"half-an-item\", SECRET-BODY-TEXT"));

        assertEquals(List.of("partner-sql-basics"), ids(catalog.itemsTeaching(SQL)));
    }

    @Test
    void given_a_good_copy_when_the_feed_is_json_but_not_a_catalog_then_the_last_good_copy_is_served() {
        primeThenExpire();
        server.reply(FeedServer.json("[{\"id\": \"not-in-an-items-object\"}]"));

        assertEquals(List.of("partner-sql-basics"), ids(catalog.itemsTeaching(SQL)));
    }

    @Test
    void given_a_good_copy_when_every_item_of_the_new_feed_is_invalid_then_the_last_good_copy_is_served() {
        primeThenExpire();
        server.reply(FeedServer.json(feed(item("new-format-1", "sql").replace("\"level\"", "\"difficulty\""),
                item("new-format-2", "sql").replace("\"level\"", "\"difficulty\""))));

        assertEquals(List.of("partner-sql-basics"), ids(catalog.itemsTeaching(SQL)));
    }

    @Test
    void given_a_good_copy_when_the_feed_declares_a_length_over_the_limit_then_it_is_refused() {
        catalog = catalog(settings().withLimits(PartnerFeedSettings.DEFAULT_MAX_ITEMS, 2_000));
        server.reply(FeedServer.json(GOOD));
        catalog.itemsTeaching(SQL);
        advance(TTL);
        server.reply(FeedServer.json(feed(manyItems(20))));

        assertEquals(List.of("partner-sql-basics"), ids(catalog.itemsTeaching(SQL)));
        assertEquals(2, server.requests());
    }

    @Test
    void given_a_good_copy_when_a_chunked_feed_grows_over_the_limit_then_it_is_refused() {
        catalog = catalog(settings().withLimits(PartnerFeedSettings.DEFAULT_MAX_ITEMS, 2_000));
        server.reply(FeedServer.json(GOOD));
        catalog.itemsTeaching(SQL);
        advance(TTL);
        server.reply(FeedServer.chunkedJson(feed(manyItems(20))));

        assertEquals(List.of("partner-sql-basics"), ids(catalog.itemsTeaching(SQL)));
    }

    @Test
    void given_a_good_copy_when_the_feed_has_more_items_than_allowed_then_it_is_refused() {
        catalog = catalog(settings().withLimits(5, PartnerFeedSettings.DEFAULT_MAX_BYTES));
        server.reply(FeedServer.json(GOOD));
        catalog.itemsTeaching(SQL);
        advance(TTL);
        server.reply(FeedServer.json(feed(manyItems(6))));

        assertEquals(List.of("partner-sql-basics"), ids(catalog.itemsTeaching(SQL)));
    }

    @Test
    void a_failed_refresh_is_logged_without_the_partners_body() {
        primeThenExpire();
        server.reply(FeedServer.status(503));
        catalog.itemsTeaching(SQL);
        advance(PartnerFeedSkillServiceCatalog.RETRY_AFTER_FAILURE);
        server.reply(FeedServer.json("{\"items\": SECRET-BODY-TEXT}"));
        catalog.itemsTeaching(SQL);

        List<String> logged = logged();
        assertEquals(2, logged.size(), logged.toString());
        assertTrue(logged.getFirst().contains("HTTP 503") && logged.getFirst().contains("last good copy"), logged.getFirst());
        assertTrue(logged.get(1).contains("not valid JSON"), logged.get(1));
        logged.forEach(line -> {
            assertFalse(line.contains("SECRET-BODY-TEXT"), line);
            assertFalse(line.contains("secret partner detail"), line);
        });
    }

    // ---------------------------------------------------------------- failures with no good copy

    @Test
    void given_no_good_copy_yet_when_the_partner_answers_500_then_no_items_are_served() {
        server.reply(FeedServer.status(500));
        catalog = catalog(settings());

        assertEquals(List.of(), catalog.itemsTeaching(SQL));
        assertTrue(logged().getFirst().contains("no good copy yet"), logged().toString());
    }

    @Test
    void after_a_failure_the_partner_is_not_asked_again_until_the_retry_delay_has_passed() {
        server.reply(FeedServer.status(500));
        catalog = catalog(settings());
        catalog.itemsTeaching(SQL);
        server.reply(FeedServer.json(GOOD));

        advance(PartnerFeedSkillServiceCatalog.RETRY_AFTER_FAILURE.minusNanos(1));
        assertEquals(List.of(), catalog.itemsTeaching(SQL));
        assertEquals(1, server.requests());

        advance(Duration.ofNanos(1));
        assertEquals(List.of("partner-sql-basics"), ids(catalog.itemsTeaching(SQL)));
        assertEquals(2, server.requests());
    }

    @Test
    void a_redirect_is_not_followed() {
        server.reply((exchange, closing) -> {
            exchange.getResponseHeaders().set("Location", "http://127.0.0.1:9/elsewhere");
            exchange.sendResponseHeaders(302, -1);
        });
        catalog = catalog(settings().withApiKey("k-123"));

        assertEquals(List.of(), catalog.itemsTeaching(SQL));
        assertEquals(1, server.requests());
        assertTrue(logged().getFirst().contains("HTTP 302"), logged().toString());
    }

    // ---------------------------------------------------------------- the feed's content

    @Test
    void an_invalid_item_is_skipped_and_the_others_are_served() {
        server.reply(FeedServer.json(feed(item("partner-sql-basics", "sql"),
                item("partner-bad-level", "sql").replace("\"beginner\"", "\"expert\""),
                item("partner-sql-reporting", "sql"))));
        catalog = catalog(settings());

        assertEquals(List.of("partner-sql-basics", "partner-sql-reporting"), ids(catalog.itemsTeaching(SQL)));
        assertTrue(logged().getFirst().contains("skipped 1 invalid item(s) of 3")
                && logged().getFirst().contains("partner-bad-level"), logged().toString());
    }

    // ---------------------------------------------------------------- what is sent

    @Test
    void the_request_is_a_plain_get_of_the_feed_carrying_no_query_no_body_and_no_skill() {
        server.reply(FeedServer.json(GOOD));
        catalog = catalog(settings());

        catalog.itemsTeaching(Set.of(new SkillId("patient-assessment"), new SkillId("sql")));

        FeedServer.Received request = server.received().getFirst();
        assertEquals("GET", request.method());
        assertEquals("/partner/catalog.json", request.uri().getRawPath());
        assertNull(request.uri().getRawQuery());
        assertEquals(0, request.body().length);
        Set<String> headerNames = request.headers().keySet().stream()
                .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        assertTrue(Set.of("accept", "host", "user-agent", "connection", "content-length").containsAll(headerNames),
                "unexpected headers: " + headerNames);
        assertNull(request.header("Authorization"));
        String everything = request.uri() + " " + request.headers();
        assertFalse(everything.contains("patient") || everything.contains("sql"), everything);
    }

    @Test
    void given_an_api_key_when_fetching_then_it_is_sent_as_a_bearer_token() {
        server.reply(FeedServer.json(GOOD));
        catalog = catalog(settings().withApiKey("partner-key-123"));

        catalog.itemsTeaching(SQL);

        assertEquals("Bearer partner-key-123", server.received().getFirst().header("Authorization"));
    }

    // ---------------------------------------------------------------- concurrency and lifecycle

    @Test
    void lookups_arriving_together_share_one_fetch() throws Exception {
        server.reply(FeedServer.slow(Duration.ofMillis(150), GOOD));
        catalog = catalog(settings());
        int lookups = 8;
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(lookups)) {
            Callable<List<CatalogItem>> lookup = () -> {
                go.await();
                return catalog.itemsTeaching(SQL);
            };
            List<Future<List<CatalogItem>>> answers = IntStream.range(0, lookups).mapToObj(i -> pool.submit(lookup)).toList();
            go.countDown();
            for (Future<List<CatalogItem>> answer : answers) {
                assertEquals(List.of("partner-sql-basics"), ids(answer.get()));
            }
        }
        assertEquals(1, server.requests());
    }

    @Test
    void a_closed_catalog_refuses_lookups() {
        catalog = catalog(settings());
        catalog.close();

        assertThrows(IllegalStateException.class, () -> catalog.itemsTeaching(SQL));
    }

    // ---------------------------------------------------------------- helpers

    private PartnerFeedSettings settings() {
        return new PartnerFeedSettings(server.feedUrl(), TIMEOUT, TTL, PartnerFeedSettings.DEFAULT_MAX_ITEMS,
                PartnerFeedSettings.DEFAULT_MAX_BYTES, Optional.empty(), Set.of("127.0.0.1"));
    }

    private PartnerFeedSkillServiceCatalog catalog(PartnerFeedSettings settings) {
        return new PartnerFeedSkillServiceCatalog(settings, nanos::get);
    }

    /** A catalog that has served {@link #GOOD} and whose TTL has just run out. */
    private void primeThenExpire() {
        server.reply(FeedServer.json(GOOD));
        catalog = catalog(settings());
        assertEquals(List.of("partner-sql-basics"), ids(catalog.itemsTeaching(SQL)));
        advance(TTL);
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    private List<String> logged() {
        synchronized (warnings) {
            return List.copyOf(warnings);
        }
    }

    private static List<String> ids(List<CatalogItem> items) {
        return items.stream().map(CatalogItem::id).toList();
    }

    static String feed(String... items) {
        return "{\"items\": [" + String.join(",", items) + "]}";
    }

    static String item(String id, String... skills) {
        String skillList = Arrays.stream(skills).map(skill -> "\"" + skill + "\"").collect(Collectors.joining(", "));
        return """
                {"id": "%s", "title": "Partner course %s", "type": "course", "skills": [%s],
                 "level": "beginner", "format": "online", "duration": "4 weeks", "price": "low",
                 "provider": "Partner Learning", "url": "https://partner.example.com/%s"}""".formatted(id, id, skillList, id);
    }

    private static String[] manyItems(int count) {
        return IntStream.range(0, count).mapToObj(i -> item("partner-item-" + i, "sql")).toArray(String[]::new);
    }
}
