/** Every generated file, by path from the repository root. */
import { generateModelChecks } from "./model-checks.js";

export function generatedFiles(): Record<string, string> {
  return { "src/validation/generated.ts": generateModelChecks() };
}
