// The recipes, run: packs the built package (npm pack) and installs it into a copy of each
// project under examples/ (the package copied into its node_modules, zod and vite linked
// from this repository's node_modules: no registry install), then exercises them as a user would:
// - examples/http-service: type-checked (checkJs), started on a loopback port, real HTTP requests
//   (plan, re-plan, check a booking, iCalendar download, errors as JSON, 404);
// - examples/browser-ui: built with Vite, served on a loopback port and used in headless Chromium
//   (Debian's /usr/bin/chromium, scripts/setup-system.sh): fill the form, plan, read the result;
// - the docs playground (docs/playground/, scripts/build-playground.mjs), built from dist/ and used
//   in headless Chromium the same way, with an accessibility check (axe-core: no serious or
//   critical violations) and a screenshot.
// Prints "ok  <check>" or "FAIL <check>" per check and a closing "smoke-examples: N passed, N failed".
//
// Usage: npm run build && node scripts/smoke-examples.mjs [--keep]   (--keep leaves the temp dir)
// Child processes get 5 minutes each: a limit that holds on a busy 2-core machine, not a speed test.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = join(import.meta.dirname, "..");
const NAME = "microneedling-planner";
const KEEP = process.argv.includes("--keep");
const CHROMIUM = "/usr/bin/chromium";
const started = performance.now();

if (!existsSync(join(ROOT, "dist/index.js"))) {
  console.error("smoke-examples: dist/ is missing: run npm run build first");
  process.exit(1);
}

const tmp = mkdtempSync(join(tmpdir(), "mnp-examples-"));
const results = [];

/** Runs a command; throws with its output unless it exits 0. */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", timeout: 300_000 });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} exited with ${String(result.status)}\n${result.stdout}${result.stderr}`,
    );
  }
  return result;
}

async function check(name, fn) {
  const t0 = performance.now();
  try {
    await fn();
    results.push(true);
    console.log(`ok  ${name} (${String(Math.round(performance.now() - t0))} ms)`);
  } catch (error) {
    results.push(false);
    console.log(`FAIL ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** A copy of examples/<name> with the packed package installed and `links` linked from here. */
function install(name, pkgDir, links) {
  const dir = join(tmp, name);
  cpSync(join(ROOT, "examples", name), dir, {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|dist)$/.test(source),
  });
  cpSync(pkgDir, join(dir, "node_modules", NAME), { recursive: true });
  for (const dep of links) {
    const target = join(dir, "node_modules", dep);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(join(ROOT, "node_modules", dep), target, "dir");
  }
  return dir;
}

/** Serves a directory on a loopback port; resolves to { url, close }. */
function serveStatic(root) {
  const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    const file = join(root, path === "/" ? "index.html" : path);
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  return listen(server);
}

function listen(server) {
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${String(port)}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

const PATIENT = {
  goal: "scar-revision",
  fitzpatrick: "III",
  scars: [{ type: "rolling", severity: "moderate" }],
};

try {
  const pack = run("npm", ["pack", "--pack-destination", tmp, "--json", "--ignore-scripts"], ROOT);
  const [packed] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf("[")));
  const pkgDir = join(tmp, "package");
  run("tar", ["-xzf", join(tmp, packed.filename), "-C", tmp], tmp);
  const deps = ["zod"];

  // ---------------------------------------------------------------------------------------------
  const http = install("http-service", pkgDir, [...deps, "@types/node", "typescript"]);

  await check("examples/http-service type-checks against the packed package (checkJs)", () => {
    run(
      process.execPath,
      [
        join(http, "node_modules/typescript/bin/tsc"),
        ...["--noEmit", "--allowJs", "--checkJs", "--skipLibCheck", "false"],
        ...["--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "--types", "node"],
        "server.mjs",
      ],
      http,
    );
  });

  await check("examples/http-service answers real HTTP requests", async () => {
    const { service } = await import(pathToFileURL(join(http, "server.mjs")).href);
    const { url, close } = await listen(service({ today: () => "2026-11-24" }));
    try {
      const post = (path, body, raw) =>
        fetch(`${url}${path}`, { method: "POST", body: raw ?? JSON.stringify(body) }).then(async (response) => ({
          status: response.status,
          type: response.headers.get("content-type") ?? "",
          text: await response.text(),
        }));
      const planned = await post("/plan", { patient: PATIENT, today: "2026-11-24", completed: ["2026-10-27"] });
      expect(
        planned.status === 200 && planned.type.startsWith("application/json"),
        `/plan: ${planned.status} ${planned.text}`,
      );
      const plan = JSON.parse(planned.text);
      expect(plan.schemaVersion === 1 && plan.sessions[0].status === "done", "/plan: not a plan with session 1 done");
      expect(
        plan.reminders.every((r) => typeof r.message === "string"),
        "/plan: reminders without text",
      );

      const later = JSON.parse((await post("/replan", { plan, today: "2027-01-20" })).text);
      expect(later.today === "2027-01-20" && later.sessions[1].status === "overdue", "/replan: session 2 not overdue");

      const allowed = JSON.parse((await post("/check-booking", { plan, on: "2026-11-26" })).text);
      expect(allowed.status === "allowed" && allowed.session === 2, `/check-booking: ${JSON.stringify(allowed)}`);
      const blocked = JSON.parse((await post("/check-booking", { plan, on: "2026-11-23" })).text);
      expect(blocked.status === "blocked" && blocked.reasons.every((r) => r.message), "/check-booking: not blocked");

      const ics = await post("/ical", { plan, calendarId: "c-smoke" });
      expect(ics.status === 200 && ics.type.startsWith("text/calendar"), `/ical: ${ics.status} ${ics.text}`);
      expect(
        ics.text.startsWith("BEGIN:VCALENDAR\r\n") && ics.text.includes("UID:c-smoke-session-2@"),
        "/ical: no events",
      );

      const bad = await post("/plan", { patient: { ...PATIENT, scar: [] }, today: "2026-11-24" });
      const error = JSON.parse(bad.text).error;
      expect(bad.status === 400 && error.code === "INVALID_INPUT", `bad patient: ${bad.status} ${bad.text}`);
      expect(
        error.issues.some((i) => i.code === "unknown-key" && i.path.join(".") === "patient.scar"),
        "no unknown-key issue",
      );
      const noCalendar = await post("/ical", { plan });
      expect(
        noCalendar.status === 400 && JSON.parse(noCalendar.text).error.issues.length > 0,
        "/ical without calendarId",
      );
      const notJson = await post("/plan", undefined, "{");
      expect(notJson.status === 400 && JSON.parse(notJson.text).error.code === "invalid-json", "invalid JSON");
      const missing = await fetch(`${url}/nowhere`);
      expect(missing.status === 404, `unknown route: ${missing.status}`);

      // CDS Hooks: discovery, then cards for a patient whose plan the service stored.
      const discovery = await (await fetch(`${url}/cds-services`)).json();
      expect(
        discovery.services.map((x) => x.id).join() === "microneedling-eligibility,microneedling-booking-check",
        `discovery: ${JSON.stringify(discovery)}`,
      );
      await post("/plan", { patient: { ...PATIENT, id: "p-1" }, today: "2026-11-24", completed: ["2026-10-27"] });
      const hookInstance = "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea";
      const eligibility = JSON.parse(
        (
          await post("/cds-services/microneedling-eligibility", {
            hook: "order-select",
            hookInstance,
            context: { patientId: "p-1", userId: "Practitioner/1", selections: [], draftOrders: {} },
          })
        ).text,
      );
      const [card] = eligibility.cards;
      expect(
        eligibility.cards.length === 1 && card.indicator === "info",
        `eligibility cards: ${JSON.stringify(eligibility)}`,
      );
      expect(card.summary.length < 140 && /^[0-9a-f-]{36}$/.test(card.uuid), `card: ${JSON.stringify(card)}`);
      const booking = async (start, patientId = "p-1") =>
        JSON.parse(
          (
            await post("/cds-services/microneedling-booking-check", {
              hook: "appointment-book",
              hookInstance,
              context: {
                patientId,
                userId: "Practitioner/1",
                appointments: {
                  resourceType: "Bundle",
                  type: "collection",
                  entry: [{ resource: { resourceType: "Appointment", status: "proposed", start } }],
                },
              },
            })
          ).text,
        ).cards;
      const allowedCards = await booking("2026-11-26T10:30:00+00:00");
      expect(allowedCards[0]?.indicator === "info", `booking allowed: ${JSON.stringify(allowedCards)}`);
      const blockedCards = await booking("2026-11-23T10:00:00+00:00");
      expect(blockedCards[0]?.indicator === "critical", `booking blocked: ${JSON.stringify(blockedCards)}`);
      expect((await booking("2026-11-26T10:30:00+00:00", "nobody")).length === 0, "unknown patient: expected no cards");
    } finally {
      await close();
    }
  });

  // ---------------------------------------------------------------------------------------------
  const ui = install("browser-ui", pkgDir, [...deps, "vite"]);

  await check("examples/browser-ui builds with Vite", () => {
    run(process.execPath, [join(ui, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], ui);
    expect(existsSync(join(ui, "dist/index.html")), "no dist/index.html");
  });

  await check("examples/browser-ui plans in headless Chromium", async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: run npm run setup:system`);
    const { chromium } = await import(pathToFileURL(join(ROOT, "node_modules/playwright/index.mjs")).href);
    const { url, close } = await serveStatic(join(ui, "dist"));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(url);
      await page.selectOption("select[name=fitzpatrick]", "V");
      await page.check("input[name=coldSores]");
      await page.click("button[type=submit]");
      const status = await page.textContent("#status", { timeout: 60_000 });
      expect(status === "eligible-with-precautions", `status: ${status}`);
      const findings = await page.locator("#eligibility li").allTextContents();
      expect(
        findings.some((f) => f.startsWith("Herpes simplex") && f.includes("Sources:")),
        findings.join(" | "),
      );
      const rows = await page.locator("#sessions tr").count();
      expect(rows === 5, `expected a header and 4 sessions, got ${String(rows)} rows`);
      // Bad input shows the coded issue, not a crash.
      await page.fill("input[name=today]", "");
      await page.evaluate(() => document.querySelector("input[name=today]")?.removeAttribute("required"));
      await page.click("button[type=submit]");
      const alert = await page.textContent("[role=alert]", { timeout: 60_000 });
      expect(alert?.startsWith("options.today"), `alert: ${alert}`);
      await page.screenshot({ path: join(tmp, "browser-ui.png"), fullPage: true });
      expect(errors.length === 0, `page errors: ${errors.join("; ")}`);
    } finally {
      await browser.close();
      await close();
    }
  });

  // ---------------------------------------------------------------------------------------------
  await check("the docs playground plans in headless Chromium, with no serious accessibility violation", async () => {
    const out = join(tmp, "playground");
    run(process.execPath, [join(ROOT, "scripts/build-playground.mjs"), "--out", out], ROOT);
    const { chromium } = await import(pathToFileURL(join(ROOT, "node_modules/playwright/index.mjs")).href);
    const { url, close } = await serveStatic(out);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(url);
      await page.selectOption("#fitzpatrick", "V");
      await page.selectOption("#factor", "herpes-simplex");
      await page.selectOption("#factorStatus", "history");
      await page.click("button[type=submit]");
      const status = await page.textContent("#status", { timeout: 60_000 });
      expect(status === "Status: eligible-with-precautions", `status: ${status}`);
      const findings = await page.locator("#findings li").allTextContents();
      expect(
        findings.some((f) => f.startsWith("Herpes simplex") && /Sources: .*[A-Z]+-\d{4}/.test(f)),
        `findings: ${findings.join(" | ")}`,
      );
      const rows = await page.locator("#sessions tr").allTextContents();
      expect(rows.length === 5 && rows[1]?.startsWith("1done2026-10-27"), `sessions: ${rows.join(" | ")}`);
      const title = await page.textContent("#timeline svg[role=img] > title");
      expect(title === "Microneedling plan on 2026-11-24", `timeline title: ${title}`);
      await page.addScriptTag({ path: join(ROOT, "node_modules/axe-core/axe.min.js") });
      const violations = await page.evaluate(async () => {
        // axe is the global the script tag adds.
        const report = await globalThis.axe.run(document);
        return report.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s)`);
      });
      expect(violations.length === 0, `axe: ${violations.join("; ")}`);
      await page.screenshot({ path: join(tmp, "playground.png"), fullPage: true });
      expect(errors.length === 0, `page errors: ${errors.join("; ")}`);
    } finally {
      await browser.close();
      await close();
    }
  });
} catch (error) {
  results.push(false);
  console.log(`FAIL setup: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  if (KEEP) console.log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

const passed = results.filter(Boolean).length;
console.log(
  `smoke-examples: ${String(passed)} passed, ${String(results.length - passed)} failed (${String(Math.round(performance.now() - started))} ms)`,
);
process.exit(passed === results.length ? 0 : 1);
