/**
 * The CDS Hooks 2.0 response and discovery documents as zod schemas, written from the
 * specification's field rules (https://cds-hooks.hl7.org/2.0/, "CDS Service Response" and
 * "Discovery"), not from this library's output:
 *
 * - Card: `uuid` optional (a UUID: the HL7 logical model reads it as `urn:uuid:` + value);
 *   `summary` required, "<140 characters"; `detail` optional (GitHub-flavoured Markdown);
 *   `indicator` required, one of info, warning, critical; `source` required; `suggestions`
 *   optional, and then `selectionBehavior` (at-most-one, any) is required; `overrideReasons`
 *   optional, Codings whose `display` is required; `links` optional.
 * - Source: `label` required; `url` and `icon` optional absolute URLs; `topic` an optional Coding.
 * - Coding: `code` and `system` required; `display` conditional (required for override reasons).
 * - Response: `cards` required (an array, possibly empty); `systemActions` optional.
 * - Discovery: `services` required; each with `hook`, `description` and `id` required, `title`
 *   recommended, `prefetch` an optional map of FHIR query templates, `usageRequirements` optional.
 *
 * Objects are strict here (the specification allows an `extension` member, which this library
 * never writes), so that a misspelt field fails.
 */
import * as z from "zod";

const absoluteUrl = z.url({ protocol: /^https?$/ });

export const cdsCodingSchema = z.strictObject({
  code: z.string().min(1),
  system: z.string().min(1),
  display: z.string().min(1).optional(),
});

const overrideReasonSchema = cdsCodingSchema.required({ display: true });

export const cdsSourceSchema = z.strictObject({
  label: z.string().min(1),
  url: absoluteUrl.optional(),
  icon: absoluteUrl.optional(),
  topic: cdsCodingSchema.optional(),
});

const suggestionSchema = z.strictObject({
  label: z.string().min(1),
  uuid: z.uuid().optional(),
  isRecommended: z.boolean().optional(),
  actions: z.array(z.unknown()).optional(),
});

const linkSchema = z.strictObject({
  label: z.string().min(1),
  url: absoluteUrl,
  type: z.enum(["absolute", "smart"]),
  appContext: z.string().optional(),
});

export const cdsCardSchema = z
  .strictObject({
    uuid: z.uuid().optional(),
    summary: z.string().min(1).max(139),
    detail: z.string().min(1).optional(),
    indicator: z.enum(["info", "warning", "critical"]),
    source: cdsSourceSchema,
    suggestions: z.array(suggestionSchema).optional(),
    selectionBehavior: z.enum(["at-most-one", "any"]).optional(),
    overrideReasons: z.array(overrideReasonSchema).optional(),
    links: z.array(linkSchema).optional(),
  })
  .refine((card) => card.suggestions === undefined || card.selectionBehavior !== undefined, {
    message: "selectionBehavior is required when suggestions are present",
  });

export const cdsResponseSchema = z.strictObject({
  cards: z.array(cdsCardSchema),
  systemActions: z.array(z.unknown()).optional(),
});

export const cdsDiscoverySchema = z.strictObject({
  services: z.array(
    z.strictObject({
      hook: z.string().min(1),
      title: z.string().min(1).optional(),
      description: z.string().min(1),
      id: z.string().regex(/^[A-Za-z0-9._~-]+$/, "a URL path segment"),
      prefetch: z.record(z.string(), z.string()).optional(),
      usageRequirements: z.string().optional(),
    }),
  ),
});
