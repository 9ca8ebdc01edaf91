/** Every generated file, by path from the repository root. */
import { generateClinicalTables, generateErrorsReference } from "./docs.js";
import { generateModelChecks } from "./model-checks.js";
import { QUOTING_DOCS, refreshQuotes } from "./quotes.js";

/** @param root - the repository root (the docs generators read TSDoc from src/) */
export function generatedFiles(root: string): Record<string, string> {
  return {
    "src/validation/generated.ts": generateModelChecks(),
    "docs/clinical-tables.md": generateClinicalTables(root),
    "docs/errors.md": generateErrorsReference(root),
    ...Object.fromEntries(QUOTING_DOCS.map((path) => [path, refreshQuotes(root, path)])),
  };
}
