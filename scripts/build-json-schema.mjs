// Generates, from the built zod schemas, for every public model:
// - dist/json-schema/<model>.schema.json: JSON Schema draft 2020-12, `$id` urn:microneedling-planner:json-schema:<model>;
// - dist/json-schema/<model>.openapi.json: an OpenAPI 3.0.3 document whose components/schemas hold
//   the model and what it references; `x-root` points at the model's own schema.
// Input schemas describe what the library accepts; output schemas what it returns.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";
import * as schemas from "../dist/schemas.js";

const MODELS = {
  patient: [schemas.patientSchema, "input"],
  "case-file": [schemas.caseFileSchema, "input"],
  protocol: [schemas.protocolSchema, "input"],
  availability: [schemas.availabilitySchema, "input"],
  eligibility: [schemas.eligibilitySchema, "output"],
  "session-estimate": [schemas.sessionEstimateSchema, "output"],
  "session-window": [schemas.sessionWindowSchema, "output"],
  "maintenance-window": [schemas.maintenanceWindowSchema, "output"],
  reminder: [schemas.reminderSchema, "output"],
  "treatment-plan": [schemas.treatmentPlanSchema, "output"],
  booking: [schemas.bookingSchema, "input"],
  "booking-check": [schemas.bookingCheckSchema, "output"],
};

// An `other` factor needs a note: a refinement, which zod cannot write into JSON Schema. Written
// here by hand: `if`/`then` in draft 2020-12; OpenAPI 3.0 has no `if`, so "not other, or has a note".
const OTHER_NEEDS_NOTE = {
  "draft-2020-12": {
    if: { properties: { code: { const: "other" } }, required: ["code"] },
    // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword
    then: { properties: { note: { type: "string" } }, required: ["note"] },
  },
  "openapi-3.0": {
    anyOf: [
      { not: { properties: { code: { type: "string", enum: ["other"] } }, required: ["code"] } },
      { properties: { note: { type: "string" } }, required: ["note"] },
    ],
  },
};

const overrideFor =
  (target) =>
  ({ zodSchema, jsonSchema }) => {
    // zod 4.6 keeps a copy of the referenced definition's `allOf` beside a `$ref` (without its
    // `type`): redundant, and rejected by ajv's strictTypes. A bare `$ref` means the same.
    if (typeof jsonSchema.$ref === "string" && jsonSchema.allOf !== undefined) delete jsonSchema.allOf;
    if (z.globalRegistry.get(zodSchema)?.id === "FactorReport") Object.assign(jsonSchema, OTHER_NEEDS_NOTE[target]);
  };

const { version } = JSON.parse(readFileSync(join(import.meta.dirname, "../package.json"), "utf8"));
const out = join(import.meta.dirname, "../dist/json-schema");
mkdirSync(out, { recursive: true });
for (const [name, [schema, io]] of Object.entries(MODELS)) {
  const draft = z.toJSONSchema(schema, { target: "draft-2020-12", io, override: overrideFor("draft-2020-12") });
  draft.$id = `urn:microneedling-planner:json-schema:${name}`;
  writeFileSync(join(out, `${name}.schema.json`), `${JSON.stringify(draft, null, 2)}\n`);

  const {
    $ref,
    definitions = {},
    ...root
  } = z.toJSONSchema(schema, {
    target: "openapi-3.0",
    io,
    override: overrideFor("openapi-3.0"),
  });
  if (typeof $ref !== "string" || Object.keys(root).length > 0) throw new Error(`${name}: expected a root $ref`);
  const document = {
    openapi: "3.0.3",
    info: { title: `microneedling-planner ${name}`, version },
    paths: {},
    components: { schemas: definitions },
    "x-root": $ref,
  };
  const text = JSON.stringify(document, null, 2).replaceAll('"#/definitions/', '"#/components/schemas/');
  writeFileSync(join(out, `${name}.openapi.json`), `${text}\n`);
}
console.log(`json-schema: ${String(Object.keys(MODELS).length * 2)} files in dist/json-schema`);
