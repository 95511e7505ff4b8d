package org.newsdesk.identity.internal;

import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page: plain HTML, not a Vaadin view, so that showing it costs no HTTP session (one is
 * made only when someone signs in; see README "Security model"). The form posts to Spring Security's
 * {@code /login}, which accepts it only from this site's own pages ({@link SameSiteSignIn}).
 */
@Controller
class SignInPage {

    /** What the page says after a redirect back to it, by the query parameter the redirect carries. */
    static final Map<String, String> MESSAGES = Map.of(
            "error", "Sign-in failed: check your username and password. Disabled accounts cannot sign in.",
            "throttled", "Too many failed sign-ins: sign-in from here is paused for a little while. Try again in a few minutes.",
            "ended", "You were signed out because an administrator changed your account. Sign in again.",
            "logout", "You are signed out.");

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@RequestParam Map<String, String> query) {
        String message = MESSAGES.entrySet().stream().filter(e -> query.containsKey(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        boolean problem = message != null && !query.containsKey("logout");
        String notice = message == null ? "" : "<p class=\"" + (problem ? "error" : "info") + "\" role=\"" + (problem ? "alert" : "status")
                + "\" id=\"sign-in-message\">" + message + "</p>";
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML).body(PAGE.replace("{notice}", notice));
    }

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign in · Newsdesk</title>
            <style>
              body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; min-height: 100vh;
                     display: flex; align-items: center; justify-content: center; background: #f4f5f7; color: #1d2330; }
              main { width: min(22rem, 92vw); text-align: center; }
              h1 { margin: 0 0 .25rem; font-size: 2rem; }
              main > p { margin: 0 0 1.5rem; color: #555d6b; }
              form { background: #fff; border-radius: 12px; padding: 1.5rem; box-shadow: 0 1px 4px rgba(0,0,0,.12); text-align: left; }
              h2 { margin: 0 0 1rem; font-size: 1.25rem; }
              label { display: block; margin: 0 0 1rem; font-size: .875rem; color: #3b4250; }
              input { display: block; box-sizing: border-box; width: 100%; margin-top: .3rem; padding: .55rem .6rem; font: inherit;
                      border: 1px solid #c4c9d2; border-radius: 6px; }
              button { width: 100%; padding: .6rem; font: inherit; font-weight: 600; color: #fff; background: #1f5fd1; border: 0;
                       border-radius: 6px; cursor: pointer; }
              .error { color: #a3161f; background: #fdecee; padding: .6rem; border-radius: 6px; }
              .info { color: #1d4f2b; background: #e8f5ec; padding: .6rem; border-radius: 6px; }
            </style>
            </head>
            <body>
            <main>
            <h1>Newsdesk</h1>
            <p>The AI industry desk: drafted with AI, checked by people.</p>
            <form method="post" action="login">
            <h2>Sign in</h2>
            {notice}
            <label>Username <input name="username" autocomplete="username" autocapitalize="none" required autofocus maxlength="100"></label>
            <label>Password <input type="password" name="password" autocomplete="current-password" required maxlength="200"></label>
            <button type="submit" id="sign-in">Sign in</button>
            </form>
            </main>
            </body>
            </html>
            """;
}
