import { readFileSync } from "node:fs";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";

const { version } = JSON.parse(readFileSync(new URL("package.json", import.meta.url), "utf8")) as { version: string };

// The core suite (pure functions, no Node APIs) in headless Chromium: Debian's /usr/bin/chromium,
// installed by scripts/setup-system.sh; playwright downloads no browser of its own.
export default defineConfig({
  // The library's version, as tsup defines it in the build (src/version.ts).
  define: { __LIBRARY_VERSION__: JSON.stringify(version) },
  test: {
    // Limits that hold on a busy 2-core machine: a timeout is not a speed test.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    include: [
      "tests/dates.test.ts",
      "tests/eligibility-factors.test.ts",
      "tests/eligibility-scars.test.ts",
      "tests/bad-input.test.ts",
      "tests/protocol.test.ts",
      "tests/errors.test.ts",
      "tests/schemas.test.ts",
      "tests/estimate-sessions.test.ts",
      "tests/plan-sessions.test.ts",
      "tests/plan-maintenance.test.ts",
      "tests/reminders.test.ts",
      "tests/plan-treatment.test.ts",
      // The SVG timeline's golden files, rendered and compared with stored screenshots.
      "tests/svg-screenshots.browser.ts",
    ],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      }),
      instances: [{ browser: "chromium" }],
    },
  },
});
