// Executes every ```ts block of every TSDoc @example in src/, of README.md and of docs/**/*.md.
// A Markdown block that cannot run here (a server, a browser page) is fenced ```ts no-run instead.
// A statement followed by `//=> value` becomes an assertion that it equals `value`;
// a statement followed by `// throws Name: message` must throw an error of that name with
// exactly that message (a PlannerError's message is its first issues as `dotted.path: message`).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as fhir from "../src/fhir.js";
import * as ical from "../src/ical.js";
import * as root from "../src/index.js";
import * as messages from "../src/messages.js";
import * as messagesEs from "../src/messages-es.js";
import * as schemas from "../src/schemas.js";
import * as sources from "../src/sources.js";
import * as svg from "../src/svg.js";

const SRC = join(import.meta.dirname, "../src");
const OUT = join(import.meta.dirname, ".examples");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

interface Example {
  readonly name: string;
  readonly code: string;
}

function tsdocExamples(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  const examples: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const body = (comment[1] ?? "").replace(/^[ \t]*\* ?/gm, "");
    const after = text.slice((comment.index ?? 0) + comment[0].length, (comment.index ?? 0) + comment[0].length + 200);
    const name = /export (?:const|function|class|type|interface) (\w+)/.exec(after)?.[1] ?? "?";
    for (const block of body.matchAll(/@example[\s\S]*?```ts\n([\s\S]*?)```/g)) {
      examples.push({ name: `${relative(SRC, file)} ${name}`, code: block[1] ?? "" });
    }
  }
  return examples;
}

const ROOT = join(import.meta.dirname, "..");

/** README.md, then every Markdown file under docs/ (docs/api, the generated reference, aside). */
function markdownFiles(): string[] {
  const docs = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) =>
        entry.isDirectory()
          ? entry.name === "api"
            ? []
            : docs(join(dir, entry.name))
          : entry.name.endsWith(".md")
            ? [join(dir, entry.name)]
            : [],
      );
  return [join(ROOT, "README.md"), ...docs(join(ROOT, "docs"))];
}

function markdownExamples(): Example[] {
  return markdownFiles().flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m, i) => ({
      name: `${relative(ROOT, file)} block ${String(i + 1)}`,
      code: m[1] ?? "",
    })),
  );
}

/** Bracket depth change of a line, ignoring string contents. */
function depthChange(line: string): number {
  const bare = line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g, "");
  return (bare.match(/[([{]/g) ?? []).length - (bare.match(/[)\]}]/g) ?? []).length;
}

/** Turns an example into a module that exports `run()`. */
function compile(code: string): string {
  const imports: string[] = [];
  const body: string[] = [];
  let depth = 0;
  let start = -1;
  let startDepth = 0;
  let last: [number, number] | undefined;
  for (const line of code.split("\n")) {
    const trimmed = line.trim();
    if (trimmed.startsWith("import ")) {
      imports.push(
        line
          .replace(/"microneedling-planner\/messages\/es"/, '"../../src/messages-es.js"')
          .replace(/"microneedling-planner\/(schemas|ical|fhir|cds-hooks|svg|sources|messages)"/, '"../../src/$1.js"')
          .replace(/"microneedling-planner"/, '"../../src/index.js"'),
      );
      continue;
    }
    const expected = /^\/\/=> (.*)$/.exec(trimmed);
    const throws = /^\/\/ throws (\w+): (.*)$/.exec(trimmed);
    if (expected || throws) {
      if (last === undefined) throw new Error(`assertion without a statement: ${trimmed}`);
      const statement = body.slice(last[0], last[1]).join("\n").trim().replace(/;$/, "");
      body.splice(last[0], last[1] - last[0]);
      body.push(
        expected
          ? `__expect(${statement}).toEqual(${expected[1] ?? ""});`
          : `__throws(() => { ${statement}; }, ${JSON.stringify(throws?.[1] ?? "")}, ${JSON.stringify(throws?.[2] ?? "")});`,
      );
      last = undefined;
      continue;
    }
    body.push(line);
    if (trimmed === "" || trimmed.startsWith("//")) continue;
    if (start < 0) {
      start = body.length - 1;
      startDepth = depth;
    }
    depth += depthChange(line);
    if (depth > startDepth && /^(try|catch|if|else|for|while|\})\b.*\{$/.test(trimmed)) {
      start = -1; // a block opener: statements inside are tracked on their own
    } else if (depth <= startDepth && /[;}]$/.test(trimmed)) {
      last = [start, body.length];
      start = -1;
    }
  }
  return `import { expect as __expect } from "vitest";\n${imports.join("\n")}\n${THROWS}\nexport function run() {\n${body.join("\n")}\n}\n`;
}

/** The check of `// throws Name: message`: an error of that name, with exactly that message. */
const THROWS = `function __throws(run: () => unknown, name: string, message: string): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  __expect(thrown, "expected the statement to throw").toBeInstanceOf(Error);
  __expect({ name: (thrown as Error).name, message: (thrown as Error).message }).toEqual({ name, message });
}`;

const examples = [...sourceFiles(SRC).flatMap(tsdocExamples), ...markdownExamples()];
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

/**
 * Examples known to be stale, pinned with `it.fails` until their text is updated (then this test
 * fails, and the entry must go). None today.
 */
const STALE: ReadonlySet<string> = new Set<string>([]);

describe("documentation examples run and show true results", () => {
  const run = async (i: number, example: Example) => {
    const file = join(OUT, `example-${String(i)}.ts`);
    writeFileSync(file, compile(example.code));
    const module = (await import(/* @vite-ignore */ file)) as { run: () => void };
    module.run();
  };
  const cases = examples.map((example, i) => [example.name, i, example] as const);
  it.each(cases.filter(([name]) => !STALE.has(name)))("%s (#%i)", async (_name, i, example) => {
    await run(i, example);
  });
  it.fails.each(cases.filter(([name]) => STALE.has(name)))("%s (#%i), stale: see STALE", async (_name, i, example) => {
    await run(i, example);
  });

  it("the guides in docs/ are executed too", () => {
    const names = examples.map((example) => example.name);
    expect(names).toEqual(expect.arrayContaining(["README.md block 1", "docs/getting-started.md block 1"]));
  });

  it("every stale entry names an example", () => {
    const names = new Set(examples.map((example) => example.name));
    for (const name of STALE) expect(names.has(name), name).toBe(true);
  });
});

describe("every runtime export is documented with an example", () => {
  const documented = new Set(examples.map((example) => example.name.split(" ")[1]));
  const names = [
    ...Object.keys(root),
    ...Object.keys(schemas),
    ...Object.keys(sources),
    ...Object.keys(messages),
    ...Object.keys(messagesEs),
    ...Object.keys(ical),
    ...Object.keys(fhir),
    ...Object.keys(svg),
  ];
  it.each(names)("%s has an @example", (name) => {
    expect(documented.has(name)).toBe(true);
  });

  it("covers every entry point, new exports included", () => {
    expect(names).toEqual(
      expect.arrayContaining(["planReminders", "isPlannerError", "ISSUE_CODES", "FACTOR_CATALOGUE"]),
    );
    expect(names).toEqual(expect.arrayContaining(["parseTreatmentPlan", "safeParseCaseFile", "sessionFlagSchema"]));
    expect(names).toEqual(
      expect.arrayContaining(["SOURCE_CATALOGUE", "SOURCE_IDS", "englishMessages", "spanishMessages"]),
    );
    expect(names).toEqual(expect.arrayContaining(["toICalendar", "toFhirCarePlan", "toSvgTimeline"]));
    expect(names).toEqual(expect.arrayContaining(["replan", "checkBooking"]));
    expect(names).toEqual(
      expect.arrayContaining(["bookingSchema", "planInputsSchema", "bookingReasonSchema", "bookingCheckSchema"]),
    );
    // issue 12
    expect(names).toEqual(
      expect.arrayContaining([
        "goodmanQuantitativeScore",
        "compareGoodmanScores",
        "GOODMAN_LESION_TYPES",
        "ACNE_SCAR_TYPES",
        "ADJUNCT_THERAPIES",
        "goodmanScoreInputSchema",
        "goodmanScoreSchema",
        "PROTOCOL_SETTING_CATALOGUE",
        "REMINDER_CATALOGUE",
      ]),
    );
    expect(names).not.toEqual(expect.arrayContaining(["upcomingReminders"]));
    expect(names).not.toEqual(expect.arrayContaining(["PROTOCOL_SOURCES"]));
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("README JSON blocks are valid case files", () => {
  const text = readFileSync(join(import.meta.dirname, "../README.md"), "utf8");
  it.each([...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? ""))("%s", (json) => {
    expect(schemas.caseFileSchema.safeParse(JSON.parse(json)).success).toBe(true);
  });
});
