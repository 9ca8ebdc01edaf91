// Stryker's configuration. `npm run mutation` (the gate) mutates the clinical and scheduling
// core, the CLI and the errors; `npm run mutation:full` (MNP_MUTATION_SCOPE=full) also mutates the
// root entry's input-check interpreter and zod issue mapping and the exports (iCalendar, FHIR,
// CDS Hooks, SVG). The full run takes about 48 minutes on 2 cores, more than the CI run allows with
// the rest of the gate (CONTRIBUTING.md, Mutation testing); what it adds is guarded in the gate by
// other means: the input checks by the differential property tests against the zod schemas, the
// exports by third-party validators, golden files and round-trip properties.

/** Every file with logic: declarations, generated code, text tables and entry points left out. */
const FULL = [
  "src/**/*.ts",
  "!src/index.ts",
  "!src/schemas.ts",
  "!src/ical.ts",
  "!src/fhir.ts",
  "!src/cds-hooks.ts",
  "!src/svg.ts",
  "!src/messages.ts",
  "!src/messages-es.ts",
  "!src/sources.ts",
  "!src/cli/bin.ts",
  "!src/models/*.ts",
  "src/models/refinements.ts",
  "!src/schemas/iso-date.ts",
  "!src/schemas/patient.ts",
  "!src/schemas/eligibility.ts",
  "!src/schemas/plan.ts",
  "!src/schemas/protocol.ts",
  "!src/schemas/options.ts",
  "!src/validation/generated.ts",
  "!src/validation/node.ts",
  "!src/messages/*.ts",
  "!src/catalogues/source-catalogue.ts"
];

/** What the gate leaves to the full run. */
const FULL_ONLY = [
  "!src/validation/validate.ts",
  "!src/schemas/zod-issues.ts",
  "!src/schemas/parse.ts",
  "!src/interop/*.ts",
];

const full = process.env.MNP_MUTATION_SCOPE === "full";

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  "testRunner": "vitest",
  "vitest": {
    "configFile": "vitest.stryker.config.ts"
  },
  "mutate": full ? FULL : [...FULL, ...FULL_ONLY],
  "ignorePatterns": [
    "dist",
    "docs",
    "coverage",
    "reports",
    ".vitest-results",
    "tests/.examples"
  ],
  "reporters": [
    "progress-append-only",
    "clear-text",
    "html",
    "json"
  ],
  "htmlReporter": {
    "fileName": "reports/mutation/index.html"
  },
  "jsonReporter": {
    "fileName": "reports/mutation/mutation.json"
  },
  "coverageAnalysis": "perTest",
  "concurrency": 2,
  "timeoutMS": 5000,
  "thresholds": {
    "high": 90,
    "low": 85,
    "break": 85
  },
  "tempDirName": ".stryker-tmp",
  "cleanTempDir": "always",
  "ignoreStatic": true,
  "mutator": {
    "excludedMutations": [
      "StringLiteral"
    ]
  },
  "timeoutFactor": 1.25
};
