/**
 * Generated files match what `npm run generate` writes from the library's own definitions:
 * editing a zod schema without regenerating fails here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generatedFiles } from "../scripts/generate/index.js";

const ROOT = join(import.meta.dirname, "..");

describe("generated files are up to date (run npm run generate)", () => {
  it.each(Object.entries(generatedFiles(ROOT)))("%s", (path, text) => {
    expect(readFileSync(join(ROOT, path), "utf8")).toBe(text);
  });
});
