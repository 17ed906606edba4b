package tech.jobbot.server;

/** The page at {@code /} until the web app arrives: what this server is and where its API lives. */
final class IndexPage {
    static final String HTML = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Jobbot</title></head>
            <body>
            <main>
            <h1>Jobbot is running</h1>
            <p>Jobbot is a privacy-first AI mock-interview service. This server answers its JSON API under
            <code>/api/v1</code>; health is at <a href="/observe/health">/observe/health</a>.</p>
            <p>Sign in by email code: <code>POST /api/v1/auth/codes</code> with <code>{"email": "..."}</code>, read the
            code from the mail (on the embedded defaults, an <code>.eml</code> file in <code>jobbot-data/outbox/</code>),
            then <code>POST /api/v1/auth/sessions</code> with <code>{"flowId", "email", "code"}</code>.</p>
            </main>
            </body>
            </html>
            """;

    private IndexPage() {
    }
}
