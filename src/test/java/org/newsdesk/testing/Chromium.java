package org.newsdesk.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/** Debian's Chromium, headless, for the browser tests (Playwright's own browser downloads are disabled). */
public final class Chromium {

    public static final Path PATH = Paths.get("/usr/bin/chromium");

    private Chromium() {}

    public static Browser launch(Playwright playwright) {
        if (!Files.isExecutable(PATH)) {
            throw new AssertionError("The browser tests drive Debian's Chromium at " + PATH
                    + ", which is missing: install it with `apt-get install chromium` (Playwright's own browser downloads are disabled).");
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(PATH).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }
}
