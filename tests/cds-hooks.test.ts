/**
 * CDS Hooks cards (`microneedling-planner/cds-hooks`): golden cards for each eligibility status
 * and each booking-check outcome, every one checked against a schema written from the CDS Hooks
 * 2.0 specification (tests/cds-hooks-spec.ts), and targeted checks of indicators, override
 * reasons, UUIDs, summaries, Markdown and bad input.
 *
 * Every export runs inside `it`, never in a `describe` body (Stryker activates a mutant only once
 * the tests start).
 */
import { describe, expect, it } from "vitest";
import {
  CDS_OVERRIDE_REASON_SYSTEM,
  cdsHooksDiscovery,
  type ToCdsCardsOptions,
  toBookingCheckCards,
  toEligibilityCards,
} from "../src/cds-hooks.js";
import {
  assessEligibility,
  type BookingCheck,
  type CdsMessages,
  checkBooking,
  defineProtocol,
  type Eligibility,
  type Messages,
  type Patient,
  PlannerError,
  planTreatment,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { cdsDiscoverySchema, cdsResponseSchema } from "./cds-hooks-spec.js";
import { caught } from "./planning-helpers.js";

const TODAY = "2026-11-24";
const rolling: Patient = {
  goal: "scar-revision",
  fitzpatrick: "III",
  scars: [{ type: "rolling", severity: "moderate" }],
};

const ELIGIBILITY: Record<string, () => Eligibility> = {
  "eligible, nothing to list": () => assessEligibility({ goal: "rejuvenation", fitzpatrick: "II" }, { today: TODAY }),
  "eligible-with-precautions, Fitzpatrick V": () =>
    assessEligibility({ ...rolling, fitzpatrick: "V" }, { today: TODAY }),
  "needs-review, diabetes and an other factor with Markdown in its note": () =>
    assessEligibility(
      { ...rolling, factors: [{ code: "diabetes" }, { code: "other", note: "uses *tretinoin* [2x] #daily" }] },
      { today: TODAY },
    ),
  "deferred until a known day, active acne": () =>
    assessEligibility({ ...rolling, factors: [{ code: "active-acne", until: "2027-01-15" }] }, { today: TODAY }),
  "contraindicated, bleeding disorder, with English messages": () =>
    assessEligibility(
      { ...rolling, factors: [{ code: "bleeding-disorder" }] },
      { today: TODAY, messages: englishMessages },
    ),
};

const BOOKING: Record<string, () => BookingCheck> = {
  "allowed, session 2 in its window": () =>
    checkBooking(planTreatment(rolling, { today: TODAY, completed: ["2026-10-27"] }), { on: "2026-11-26" }),
  "allowed with warnings, needs review": () =>
    checkBooking(planTreatment({ ...rolling, factors: [{ code: "diabetes" }] }, { today: TODAY }), { on: TODAY }),
  "blocked, too soon": () =>
    checkBooking(planTreatment(rolling, { today: TODAY, completed: ["2026-11-10"] }), { on: "2026-11-26" }),
  "blocked maintenance, course unfinished and too early": () =>
    checkBooking(planTreatment(rolling, { today: TODAY, completed: ["2026-10-27"] }), {
      on: "2026-12-01",
      visit: "maintenance",
    }),
};

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe("golden cards, each valid for the CDS Hooks 2.0 schema", () => {
  // `.snap`, not `.json`: biome formats every *.json under tests/ and would reject the layout.
  it.each(Object.keys(ELIGIBILITY))("eligibility: %s", async (name) => {
    const response = toEligibilityCards((ELIGIBILITY[name] as () => Eligibility)(), { hookInstance: "hook-1" });
    expect(cdsResponseSchema.safeParse(response).error).toBeUndefined();
    await expect(json(response)).toMatchFileSnapshot(`__snapshots__/cds-hooks/eligibility-${slug(name)}.json.snap`);
  });

  it.each(Object.keys(BOOKING))("booking check: %s", async (name) => {
    const response = toBookingCheckCards((BOOKING[name] as () => BookingCheck)(), { hookInstance: "hook-1" });
    expect(cdsResponseSchema.safeParse(response).error).toBeUndefined();
    await expect(json(response)).toMatchFileSnapshot(`__snapshots__/cds-hooks/booking-${slug(name)}.json.snap`);
  });

  it("the discovery document", async () => {
    const discovery = cdsHooksDiscovery();
    expect(cdsDiscoverySchema.safeParse(discovery).error).toBeUndefined();
    await expect(json(discovery)).toMatchFileSnapshot("__snapshots__/cds-hooks/discovery.json.snap");
  });
});

describe("the fixtures cover every status and outcome", () => {
  it("each eligibility status once, each booking status", () => {
    expect(Object.values(ELIGIBILITY).map((f) => f().status)).toEqual([
      "eligible",
      "eligible-with-precautions",
      "needs-review",
      "deferred",
      "contraindicated",
    ]);
    expect(Object.values(BOOKING).map((f) => f().status)).toEqual([
      "allowed",
      "allowed-with-warnings",
      "blocked",
      "blocked",
    ]);
  });
});

describe("indicator and override reasons by status", () => {
  const reasons = (codes: string[]) =>
    codes.map((code) => ({
      system: CDS_OVERRIDE_REASON_SYSTEM,
      code,
      display: englishMessages.cds.overrideReason(code as never),
    }));

  it.each([
    ["eligible, nothing to list", "info", undefined],
    ["eligible-with-precautions, Fitzpatrick V", "warning", ["precautions-taken", "clinician-reviewed"]],
    ["needs-review, diabetes and an other factor with Markdown in its note", "warning", ["clinician-reviewed"]],
    ["deferred until a known day, active acne", "critical", undefined],
    ["contraindicated, bleeding disorder, with English messages", "critical", undefined],
  ])("%s: %s", (name, indicator, codes) => {
    const [card, ...rest] = toEligibilityCards((ELIGIBILITY[name] as () => Eligibility)()).cards;
    expect(rest).toEqual([]);
    expect(card?.indicator).toBe(indicator);
    expect(card?.overrideReasons).toEqual(codes === undefined ? undefined : reasons(codes));
    expect(card !== undefined && "overrideReasons" in card).toBe(codes !== undefined);
  });

  it.each([
    ["allowed, session 2 in its window", "info", undefined],
    ["allowed with warnings, needs review", "warning", ["clinician-reviewed", "schedule-exception"]],
    ["blocked, too soon", "critical", undefined],
  ])("%s: %s", (name, indicator, codes) => {
    const [card, ...rest] = toBookingCheckCards((BOOKING[name] as () => BookingCheck)()).cards;
    expect(rest).toEqual([]);
    expect(card?.indicator).toBe(indicator);
    expect(card?.overrideReasons).toEqual(codes === undefined ? undefined : reasons(codes));
  });

  it("the override-reason system is the library's own URN", () => {
    expect(CDS_OVERRIDE_REASON_SYSTEM).toBe("urn:microneedling-planner:cds:override-reason");
  });
});

describe("summaries, source and detail", () => {
  it("summaries name the status, the deferral's end and the visit", () => {
    const summary = (e: Eligibility) => toEligibilityCards(e).cards[0]?.summary;
    expect(Object.values(ELIGIBILITY).map((f) => summary(f()))).toEqual([
      "Microneedling: eligible.",
      "Microneedling: eligible, with precautions.",
      "Microneedling: a clinician must review before treatment.",
      "Microneedling: defer treatment until 2027-01-15.",
      "Microneedling: contraindicated, do not treat.",
    ]);
    expect(Object.values(BOOKING).map((f) => toBookingCheckCards(f()).cards[0]?.summary)).toEqual([
      "Microneedling session 2 on 2026-11-26 can be booked.",
      "Microneedling session 1 on 2026-11-24 can be booked, with warnings.",
      "Microneedling session 2 on 2026-11-26 cannot be booked.",
      "Maintenance visit on 2026-12-01 cannot be booked.",
    ]);
  });

  it("a deferral with no known end says no day", () => {
    const e = assessEligibility({ ...rolling, factors: [{ code: "rosacea" }] }, { today: TODAY });
    expect(toEligibilityCards(e).cards[0]?.summary).toBe("Microneedling: defer treatment.");
  });

  it("cuts a long summary to 139 characters with an ellipsis, on one line", () => {
    const cds = englishMessages.cds as CdsMessages;
    const long: Messages = { ...englishMessages, cds: { ...cds, eligibilitySummary: () => `a\n ${"b".repeat(200)}` } };
    const e = (ELIGIBILITY["eligible, nothing to list"] as () => Eligibility)();
    const summary = toEligibilityCards(e, { messages: long }).cards[0]?.summary ?? "";
    expect(summary).toHaveLength(139);
    expect(summary).toBe(`a ${"b".repeat(136)}…`);
    const exact: Messages = { ...englishMessages, cds: { ...cds, eligibilitySummary: () => "c".repeat(139) } };
    expect(toEligibilityCards(e, { messages: exact }).cards[0]?.summary).toBe("c".repeat(139));
    const over: Messages = { ...englishMessages, cds: { ...cds, eligibilitySummary: () => `${"d".repeat(138)}  e` } };
    expect(toEligibilityCards(e, { messages: over }).cards[0]?.summary).toBe(`${"d".repeat(138)}…`);
    const spaced: Messages = {
      ...englishMessages,
      cds: { ...cds, eligibilitySummary: () => ` ${"f".repeat(137)} ggg ` },
    };
    expect(toEligibilityCards(e, { messages: spaced }).cards[0]?.summary).toBe(`${"f".repeat(137)}…`);
  });

  it("names the protocol id@version in the source label, and the URL when given", () => {
    const protocol = defineProtocol({ id: "clinic-a", version: "2026.1" });
    const e = assessEligibility(rolling, { today: TODAY, protocol });
    const [card] = toEligibilityCards(e, { protocol, sourceUrl: "https://clinic.example/protocol" }).cards;
    expect(card?.source).toEqual({
      label: "microneedling-planner, protocol clinic-a@2026.1",
      url: "https://clinic.example/protocol",
    });
  });

  it("lists reasons with their source ids, then each cited source once, Markdown escaped", () => {
    const e = (
      ELIGIBILITY["needs-review, diabetes and an other factor with Markdown in its note"] as () => Eligibility
    )();
    const detail = toEligibilityCards(e).cards[0]?.detail ?? "";
    expect(detail.split("\n").slice(0, 6)).toEqual([
      "**Reasons**",
      "",
      "- Diabetes: a clinician must review before treatment. (FDA-DEN160029)",
      "- Other condition: uses \\*tretinoin\\* \\[2x\\] \\#daily; a clinician must review. (PLANNER-DECISION)",
      "- Rolling scar: consider combining with subcision (for tethered scars). (JACOB-2001, CONNOLLY-2017, HESSION-GRABER-2015)",
      "",
    ]);
    expect(detail.match(/^- FDA-DEN160029: /gm)).toHaveLength(1);
    expect(detail).toContain("\n\n**Sources**\n\n- FDA-DEN160029: FDA De Novo DEN160029");
  });

  it("says there is nothing to list, and cites nothing, when there are no reasons", () => {
    const e = (ELIGIBILITY["eligible, nothing to list"] as () => Eligibility)();
    expect(toEligibilityCards(e).cards[0]?.detail).toBe(
      "**Reasons**\n\n- No contraindication, deferral, precaution or finding to review.",
    );
  });

  it("a booking card lists the booking's reasons, then the day's findings that are more than information", () => {
    const check = (BOOKING["allowed with warnings, needs review"] as () => BookingCheck)();
    const detail = toBookingCheckCards(check).cards[0]?.detail ?? "";
    expect(detail.split("\n").slice(2, 4)).toEqual([
      "- A clinician must review the patient before this session. (FDA-DEN160029)",
      "- Diabetes: a clinician must review before treatment. (FDA-DEN160029)",
    ]);
    expect(detail).not.toContain("subcision");
  });

  it("uses each result's own message first, else the message layer, else English", () => {
    const e = (ELIGIBILITY["contraindicated, bleeding disorder, with English messages"] as () => Eligibility)();
    const own = { ...e, findings: e.findings.map((f) => ({ ...f, message: "OWN" })) };
    expect(toEligibilityCards(own).cards[0]?.detail).toContain("- OWN (FDA-DEN160029)");
    const unsourced = {
      ...e,
      findings: e.findings.slice(0, 1).map((f) => ({ ...f, message: "`a`\\b|~", sources: [] })),
    };
    expect(toEligibilityCards(unsourced).cards[0]?.detail).toBe("**Reasons**\n\n- \\`a\\`\\\\b\\|\\~");
    const plain = { ...e, findings: e.findings.map(({ message: _m, ...f }) => f) } as Eligibility;
    const layer: Messages = {
      ...englishMessages,
      finding: () => "LAYER",
      reminder: () => "",
      bookingReason: () => "REASON",
    };
    const [card] = toEligibilityCards(plain, { messages: layer }).cards;
    expect(card?.detail).toContain("- LAYER (FDA-DEN160029)");
    // the layer's own `cds` block writes the card text (here the English one)
    expect(card?.summary).toBe("Microneedling: contraindicated, do not treat.");
    const check = (BOOKING["blocked, too soon"] as () => BookingCheck)();
    expect(toBookingCheckCards(check, { messages: layer }).cards[0]?.detail).toContain("- REASON");
  });

  it("the discovery document takes its text from the message layer", () => {
    const cds = englishMessages.cds as CdsMessages;
    const layer: Messages = {
      ...englishMessages,
      cds: { ...cds, service: (id) => ({ title: `T ${id}`, description: "D" }) },
    };
    expect(cdsHooksDiscovery({ messages: layer }).services.map((s) => [s.title, s.description])).toEqual([
      ["T microneedling-eligibility", "D"],
      ["T microneedling-booking-check", "D"],
    ]);
  });
});

describe("UUIDs", () => {
  const e = () =>
    (ELIGIBILITY["needs-review, diabetes and an other factor with Markdown in its note"] as () => Eligibility)();

  it("are RFC 9562 version 8 UUIDs, the same for the same input", () => {
    const a = toEligibilityCards(e()).cards[0]?.uuid;
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(toEligibilityCards(e()).cards[0]?.uuid).toBe(a);
  });

  it("differ with the hook instance, the content and the service", () => {
    const uuids = [
      toEligibilityCards(e()).cards[0]?.uuid,
      toEligibilityCards(e(), { hookInstance: "a" }).cards[0]?.uuid,
      toEligibilityCards(e(), { hookInstance: "b" }).cards[0]?.uuid,
      toEligibilityCards(e(), { sourceUrl: "https://clinic.example/p" }).cards[0]?.uuid,
      toEligibilityCards((ELIGIBILITY["eligible, nothing to list"] as () => Eligibility)()).cards[0]?.uuid,
    ];
    expect(new Set(uuids).size).toBe(uuids.length);
  });

  it("spread their bits: 2,000 distinct names give 2,000 distinct UUIDs, every variant digit seen", () => {
    const base = e();
    const seen = new Set<string>();
    const variants = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const uuid = toEligibilityCards(base, { hookInstance: `h${String(i)}` }).cards[0]?.uuid ?? "";
      seen.add(uuid);
      variants.add(uuid.charAt(19));
    }
    expect(seen.size).toBe(2000);
    expect([...variants].sort()).toEqual(["8", "9", "a", "b"]);
  });
});

describe("bad input", () => {
  it("rejects a protocol of another version than the result's", () => {
    const e = assessEligibility(rolling, { today: TODAY, protocol: defineProtocol({ id: "x", version: "2" }) });
    const error = caught(() => toEligibilityCards(e));
    expect(error).toBeInstanceOf(PlannerError);
    expect((error as PlannerError).issues).toEqual([
      {
        code: "inconsistent",
        path: ["options", "protocol", "version"],
        message: "must be the version the result was made with (eligibility.protocolVersion: 2)",
        value: "1",
      },
    ]);
    const check = (BOOKING["blocked, too soon"] as () => BookingCheck)();
    const other = defineProtocol({ version: "9" });
    expect((caught(() => toBookingCheckCards(check, { protocol: other })) as PlannerError).issues[0]?.message).toBe(
      "must be the version the result was made with (check.eligibility.protocolVersion: 1)",
    );
  });

  it("rejects a malformed result and unknown or malformed options, naming each", () => {
    const bad = caught(() => toEligibilityCards({ status: "fine" } as never)) as PlannerError;
    expect(bad.code).toBe("INVALID_INPUT");
    expect(bad.issues[0]?.path).toEqual(["eligibility", "status"]);
    const options = caught(() =>
      toBookingCheckCards((BOOKING["blocked, too soon"] as () => BookingCheck)(), {
        sourceUrl: "clinic.example",
        hookInstance: "a b",
        colour: "red",
      } as ToCdsCardsOptions),
    ) as PlannerError;
    expect(options.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid-format", ["options", "sourceUrl"]],
      ["invalid-format", ["options", "hookInstance"]],
      ["unknown-key", ["options", "colour"]],
    ]);
    expect(caught(() => cdsHooksDiscovery({ messages: {} as Messages }))).toBeInstanceOf(PlannerError);
  });

  it("never mutates its input", () => {
    const check = (BOOKING["allowed with warnings, needs review"] as () => BookingCheck)();
    const copy = structuredClone(check);
    toBookingCheckCards(Object.freeze(check));
    expect(check).toEqual(copy);
  });
});
