/**
 * The SVG timeline of `toSvgTimeline`: well-formed XML, golden files for representative plans
 * (tests/svg-screenshots.browser.test.ts renders each in Chromium), and targeted checks of the
 * accessible name and description, escaping, positions, the patient identifier, greyscale and
 * option validation.
 *
 * Every export runs inside `it`, never in a `describe` body: Stryker activates a mutant only
 * once the tests start, so output computed while collecting would be the unmutated one.
 */
import { describe, expect, it } from "vitest";
import { type Messages, PlannerError, planTreatment, replan, type SvgLabel, type TreatmentPlan } from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { toSvgTimeline } from "../src/svg.js";
import {
  bookedPlan,
  careStepsPlan,
  contraindicatedUntilPlan,
  customProtocolPlan,
  EXPORT_TODAY,
} from "./export-plans.js";
import { frozen } from "./fixtures.js";
import { caught, MESSAGE_LAYER } from "./planning-helpers.js";
import { allElements, parseXml, type XmlElement } from "./xml-check.js";

/** A moderate rolling scar, nothing done: four sessions from today. */
function simplePlan(): TreatmentPlan {
  return planTreatment(
    { id: "p-17", goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", severity: "moderate" }] },
    { today: EXPORT_TODAY },
  );
}

/** The golden plans, by file name (tests/__snapshots__/svg/<name>.svg). */
const GOLDEN: Readonly<Record<string, () => TreatmentPlan>> = {
  simple: simplePlan,
  // Done, booked with a time, booked all day, upcoming; the maintenance a year out.
  booked: bookedPlan,
  // The same plan two months later: the booking missed, session 2 overdue.
  overdue: () => replan(bookedPlan(), { today: "2027-01-20" }),
  // Contraindicated until the isotretinoin washout ends; session 1 deferred to that day.
  "contraindicated-until": contraindicatedUntilPlan,
  // A filler's wait defers session 2 (a deferred flag) and the patient (reassessOn).
  "care-steps": careStepsPlan,
  // A clinic protocol: rejuvenation, maintenance 4 months after the course.
  "custom-protocol": customProtocolPlan,
  // Skin cancer in the area: contraindicated with no end, nothing planned.
  "no-sessions": () =>
    planTreatment(
      {
        goal: "scar-revision",
        fitzpatrick: "II",
        scars: [{ type: "boxcar", goodmanGrade: 3 }],
        factors: [{ code: "skin-cancer-in-area", status: "active" }],
      },
      { today: EXPORT_TODAY },
    ),
};

const elements = (svg: string) => allElements(parseXml(svg));
const texts = (svg: string) => elements(svg).filter((element) => element.name === "text");
const byText = (svg: string, text: string) => texts(svg).find((element) => element.text === text) as XmlElement;

describe("toSvgTimeline golden output", () => {
  it.each(Object.keys(GOLDEN))("%s", async (name) => {
    const svg = toSvgTimeline((GOLDEN[name] as () => TreatmentPlan)());
    parseXml(svg);
    await expect(svg).toMatchFileSnapshot(`__snapshots__/svg/${name}.svg`);
  });
});

describe("toSvgTimeline: an accessible, self-contained picture", () => {
  it("is one well-formed <svg> element with role img, labelled by its title and description", () => {
    const svg = toSvgTimeline(simplePlan());
    expect(svg.startsWith("<svg ")).toBe(true);
    expect(svg.endsWith("</svg>\n")).toBe(true);
    const root = parseXml(svg);
    expect(root.name).toBe("svg");
    expect(root.attributes).toEqual({
      xmlns: "http://www.w3.org/2000/svg",
      role: "img",
      "aria-labelledby": "mnp-timeline-title mnp-timeline-desc",
      width: "720",
      height: "338",
      viewBox: "0 0 720 338",
      "font-family": "sans-serif",
      "font-size": "12",
      fill: "#000",
    });
    expect(root.children.slice(0, 2)).toEqual([
      {
        name: "title",
        attributes: { id: "mnp-timeline-title" },
        children: [],
        text: "Microneedling plan on 2026-11-24",
      },
      {
        name: "desc",
        attributes: { id: "mnp-timeline-desc" },
        children: [],
        text:
          "Eligibility on 2026-11-24: eligible. 4 sessions: 0 done, 0 booked, 4 to book. " +
          "Next: session 1, due 2026-11-24; book between 2026-11-24 and 2026-12-08. " +
          "Results checked on 2027-05-16 and finally on 2027-08-16. " +
          "Maintenance due 2028-02-16, between 2028-01-16 and 2028-03-16 (projected: the course is not finished). " +
          "Protocol article-2021, version 1.",
      },
    ]);
    // The visible heading is the title.
    expect(byText(svg, "Microneedling plan on 2026-11-24").attributes).toEqual({
      x: "16",
      y: "20",
      "font-size": "15",
      "font-weight": "bold",
    });
  });

  it("has no script, no link, no external resource and no web font", () => {
    for (const name of Object.keys(GOLDEN)) {
      const svg = toSvgTimeline((GOLDEN[name] as () => TreatmentPlan)());
      const names = new Set(elements(svg).map((element) => element.name));
      expect([...names].sort()).toEqual(expect.arrayContaining(["desc", "g", "rect", "svg", "text", "title"]));
      for (const element of names) {
        expect(["circle", "defs", "desc", "g", "line", "path", "pattern", "rect", "svg", "text", "title"]).toContain(
          element,
        );
      }
      expect(svg).not.toMatch(/href|script|@import|@font-face|https?:\/\/(?!www\.w3\.org\/2000\/svg")|\son[a-z]+=/i);
      // url() only names the picture's own hatch pattern.
      expect(svg.match(/url\([^)]*\)/g)?.every((url) => url === "url(#mnp-timeline-hatch)") ?? true).toBe(true);
      expect(svg.match(/font-family="[^"]*"/g)).toEqual(['font-family="sans-serif"']);
    }
  });

  it("reads in greyscale: every colour is a grey, black or white", () => {
    for (const name of Object.keys(GOLDEN)) {
      const svg = toSvgTimeline((GOLDEN[name] as () => TreatmentPlan)());
      const colours = new Set(svg.match(/(?:fill|stroke)="#[0-9a-f]+"/g)?.map((match) => match.split('"')[1]));
      expect([...colours].sort()).toEqual(expect.arrayContaining(["#000", "#fff"]));
      for (const colour of colours) expect(["#000", "#fff", "#595959", "#949494", "#d9d9d9"]).toContain(colour);
    }
  });

  it("draws every text in black, over a white halo, and nothing in a colour below 4.5:1 on white but the grid", () => {
    const root = parseXml(toSvgTimeline(bookedPlan()));
    const group = root.children.find((element) => element.name === "g") as XmlElement;
    expect(group.attributes).toEqual({
      "paint-order": "stroke",
      stroke: "#fff",
      "stroke-width": "3",
      "stroke-linejoin": "round",
    });
    expect(group.children.every((element) => element.name === "text")).toBe(true);
    const all = allElements(root).filter((element) => element.name === "text");
    expect(all.filter((element) => !group.children.includes(element)).map((element) => element.text)).toEqual([
      "Microneedling plan on 2026-11-24", // the heading
    ]);
    expect(
      all.every((element) => element.attributes.fill === undefined && element.attributes.stroke === undefined),
    ).toBe(true);
  });

  it("gives the same bytes for the same plan, and leaves the plan as it was", () => {
    const plan = frozen(bookedPlan());
    expect(toSvgTimeline(plan)).toBe(toSvgTimeline(structuredClone(plan)));
  });
});

describe("toSvgTimeline: positions", () => {
  // The simple plan spans 2026-11-01 (the month of today) to 2028-04-01 (the month after the
  // maintenance window closes): 517 days over 688 pixels from x = 16, 1.3308 pixels a day.
  const x = (days: number) => String(Math.round((16 + (days * 688) / 517) * 100) / 100);

  it("places month lines and labels on the first of each month, every second month over 17 months", () => {
    const svg = toSvgTimeline(simplePlan());
    const grid = elements(svg).filter((element) => element.name === "line" && element.attributes.stroke === "#949494");
    expect(grid.map((line) => line.attributes.x1)).toEqual([
      "16",
      "97.18",
      "175.69",
      "256.87",
      "338.04",
      "420.55",
      "501.73",
      "582.9",
      "662.75",
    ]);
    expect(grid.map((line) => line.attributes.x1)).toEqual([0, 61, 120, 181, 242, 304, 365, 426, 486].map(x));
    expect(grid[0]?.attributes).toEqual({
      x1: "16",
      y1: "46",
      x2: "16",
      y2: "282",
      stroke: "#949494",
      "stroke-width": "0.5",
    });
    const months = texts(svg).filter((element) => element.attributes["font-size"] === "11");
    // March 2028 (x 662.75) would run off the right edge: no label.
    expect(months.map((element) => [element.text, element.attributes.x, element.attributes.y])).toEqual([
      ["Nov 2026", "19", "58"],
      ["Jan 2027", "100.18", "58"],
      ["Mar 2027", "178.69", "58"],
      ["May 2027", "259.87", "58"],
      ["Jul 2027", "341.04", "58"],
      ["Sep 2027", "423.55", "58"],
      ["Nov 2027", "504.73", "58"],
      ["Jan 2028", "585.9", "58"],
    ]);
  });

  it("labels every month over a year or less (12 months here)", () => {
    const plan = planTreatment(
      { goal: "rejuvenation", fitzpatrick: "II" },
      { today: EXPORT_TODAY, completed: ["2026-10-13", "2026-11-10"], protocol: customProtocolPlan().protocol },
    );
    const months = texts(toSvgTimeline(plan)).filter((element) => element.attributes["font-size"] === "11");
    expect(months.map((element) => element.text)).toEqual([
      "Oct 2026",
      "Nov 2026",
      "Dec 2026",
      "Jan 2027",
      "Feb 2027",
      "Mar 2027",
      "Apr 2027",
      "May 2027",
      "Jun 2027",
      "Jul 2027",
      "Aug 2027",
      "Sep 2027",
    ]);
  });

  it("draws each session's window from earliest to latest (inclusive), its due tick in the middle of its day", () => {
    const plan = simplePlan();
    const svg = toSvgTimeline(plan);
    expect([plan.sessions[0]?.earliest, plan.sessions[0]?.latest]).toEqual(["2026-11-24", "2026-12-08"]);
    // 15 days from day 23: x 46.61, 19.96 wide.
    expect(x(23)).toBe("46.61");
    expect(svg).toContain('<rect x="46.61" y="84" width="19.96" height="12" fill="#d9d9d9" stroke="#000"/>');
    expect(svg).toContain('<line x1="47.27" y1="81" x2="47.27" y2="99" stroke="#000" stroke-width="2"/>');
    expect(svg).toContain(
      '<rect x="83.87" y="120" width="19.96" height="12" fill="#fff" stroke="#000" stroke-dasharray="5 3"/>',
    );
    expect(byText(svg, "Session 1: book now, due 2026-11-24").attributes).toEqual({ x: "16", y: "79" });
    expect(byText(svg, "Session 2: upcoming, due 2026-12-22").attributes).toEqual({ x: "16", y: "115" });
    // The result checks (2027-05-16, 2027-08-16) and the maintenance window (2028-01-16 to 2028-03-16, due 2028-02-16).
    expect(svg).toContain('<rect x="272.49" y="229" width="10" height="10" fill="#000"/>');
    expect(svg).toContain('<rect x="394.92" y="229" width="10" height="10" fill="#000"/>');
    expect(svg).toContain(
      '<rect x="602.86" y="264" width="81.18" height="12" fill="#fff" stroke="#000" stroke-width="1.5" stroke-dasharray="1.5 2.5"/>',
    );
    expect(svg).toContain('<line x1="644.78" y1="261" x2="644.78" y2="279" stroke="#000" stroke-width="2"/>');
  });

  it("draws today as a dashed line over every row, its label to the right on the left half", () => {
    const svg = toSvgTimeline(simplePlan());
    expect(svg).toContain(
      '<line x1="47.27" y1="32" x2="47.27" y2="282" stroke="#000" stroke-width="2" stroke-dasharray="6 3"/>',
    );
    expect(byText(svg, "Today 2026-11-24").attributes).toEqual({ x: "51.27", y: "42", "font-weight": "bold" });
  });

  it("puts the today label to the left of its line on the right half", () => {
    const svg = toSvgTimeline((GOLDEN["no-sessions"] as () => TreatmentPlan)());
    // One month, November 2026: today is day 23 of 30.
    expect(svg).toContain(
      '<line x1="554.93" y1="32" x2="554.93" y2="138" stroke="#000" stroke-width="2" stroke-dasharray="6 3"/>',
    );
    expect(byText(svg, "Today 2026-11-24").attributes).toEqual({
      x: "550.93",
      y: "42",
      "font-weight": "bold",
      "text-anchor": "end",
    });
  });

  it("marks done sessions with a circle, booked ones with a diamond, result checks with squares", () => {
    const svg = toSvgTimeline(bookedPlan());
    const all = elements(svg);
    expect(all.filter((element) => element.name === "circle").length).toBe(2); // session 1 and the legend
    expect(all.filter((element) => element.name === "path").length).toBe(3); // sessions 2 and 3, the legend
    expect(byText(svg, "Session 1: done 2026-10-27")).toBeDefined();
    expect(byText(svg, "Session 2: booked 2026-11-26 at 10:30")).toBeDefined();
    expect(byText(svg, "Session 3: booked 2026-12-29")).toBeDefined();
    expect(byText(svg, "Result checks: first 2027-04-26, final 2027-07-26")).toBeDefined();
    expect(byText(svg, "Maintenance: due 2028-01-26 (projected)")).toBeDefined();
    const squares = all.filter((element) => element.name === "rect" && element.attributes.width === "10");
    expect(squares).toHaveLength(3); // two checks and the legend
  });

  it("shows a deferral as a hatched row from today to the day before reassessment", () => {
    const plan = contraindicatedUntilPlan();
    expect(plan.eligibility.reassessOn).toBe("2027-06-30");
    const svg = toSvgTimeline(plan);
    expect(byText(svg, "Contraindicated: reassess on 2027-06-30").attributes).toEqual({ x: "16", y: "79" });
    expect(byText(svg, "Session 1: upcoming, due 2027-06-30 (deferred until 2027-06-30)")).toBeDefined();
    const hatched = elements(svg).filter(
      (element) => element.name === "rect" && element.attributes.fill === "url(#mnp-timeline-hatch)",
    );
    // The row (today to 2027-06-29) and its legend mark.
    expect(hatched).toHaveLength(2);
    // The span is 2026-11-01 to 2028-11-01, 731 days; the row is 218 days from day 23.
    expect(hatched[0]?.attributes).toEqual({
      x: String(Math.round((16 + (23 * 688) / 731) * 100) / 100),
      y: "84",
      width: String(Math.round(((218 * 688) / 731) * 100) / 100),
      height: "12",
      fill: "url(#mnp-timeline-hatch)",
      stroke: "#000",
    });
  });

  it("runs a deferral with no end to the end of the picture, and says nothing is planned", () => {
    const plan = (GOLDEN["no-sessions"] as () => TreatmentPlan)();
    expect(plan.sessions).toEqual([]);
    expect(plan.eligibility.reassessOn).toBeUndefined();
    const svg = toSvgTimeline(plan);
    expect(byText(svg, "Contraindicated: no end date, review")).toBeDefined();
    expect(byText(svg, "No sessions planned").attributes).toEqual({ x: "16", y: "115" });
    // One month (November 2026): the bar runs from today to 2026-11-30, 7 of 30 days.
    expect(svg).toContain(
      '<rect x="543.47" y="84" width="160.53" height="12" fill="url(#mnp-timeline-hatch)" stroke="#000"/>',
    );
  });
});

describe("toSvgTimeline: text from the message layer, escaped", () => {
  it("passes the summary and coded labels to the layer, and writes what it returns", () => {
    const summaries: unknown[] = [];
    const labels: SvgLabel[] = [];
    const messages: Messages = {
      ...englishMessages,
      svgTitle: (summary) => {
        summaries.push(summary);
        return "T";
      },
      svgDescription: (summary) => {
        summaries.push(summary);
        return "D";
      },
      svgLabel: (label) => {
        labels.push(structuredClone(label) as SvgLabel);
        return `L:${label.kind}`;
      },
    };
    const svg = toSvgTimeline(bookedPlan(), { messages });
    const summary = {
      today: "2026-11-24",
      protocol: { id: "article-2021", version: "1" },
      eligibility: "eligible",
      total: 4,
      done: 1,
      booked: 2,
      toBook: 1,
      overdue: 0,
      next: {
        number: 2,
        status: "booked",
        on: "2026-11-26",
        earliest: "2026-11-24",
        latest: "2026-12-08",
        time: "10:30",
      },
      resultCheckOn: "2027-04-26",
      finalResultCheckOn: "2027-07-26",
      maintenance: { earliest: "2027-12-26", due: "2028-01-26", latest: "2028-02-26", projected: true },
    };
    expect(summaries).toEqual([summary, summary]);
    expect(labels.filter((label) => label.kind !== "month" && label.kind !== "legend")).toEqual([
      { kind: "session", number: 1, status: "done", on: "2026-10-27", time: undefined, deferredUntil: undefined },
      { kind: "session", number: 2, status: "booked", on: "2026-11-26", time: "10:30", deferredUntil: undefined },
      { kind: "session", number: 3, status: "booked", on: "2026-12-29", time: undefined, deferredUntil: undefined },
      { kind: "session", number: 4, status: "upcoming", on: "2027-01-26", time: undefined, deferredUntil: undefined },
      { kind: "result-checks", first: "2027-04-26", final: "2027-07-26" },
      { kind: "maintenance", earliest: "2027-12-26", due: "2028-01-26", latest: "2028-02-26", projected: true },
      { kind: "today", on: "2026-11-24" },
    ]);
    expect(labels.filter((label) => label.kind === "legend").map((label) => label.item)).toEqual([
      "upcoming",
      "due",
      "done",
      "booked",
      "result-check",
      "maintenance",
      "today",
    ]);
    expect(labels.filter((label) => label.kind === "month").map((label) => label.on)).toEqual([
      "2026-10-01",
      "2026-12-01",
      "2027-02-01",
      "2027-04-01",
      "2027-06-01",
      "2027-08-01",
      "2027-10-01",
      "2027-12-01",
    ]);
    expect(
      parseXml(svg)
        .children.slice(0, 2)
        .map((element) => element.text),
    ).toEqual(["T", "D"]);
    expect(texts(svg).filter((element) => element.text === "L:session")).toHaveLength(4);
  });

  it("escapes markup and replaces what XML cannot hold, in text and in the title", () => {
    const evil = `<script>alert("x&y")</script>'\u0001\uFFFE\uD800`;
    const messages: Messages = {
      ...englishMessages,
      svgTitle: () => evil,
      svgDescription: () => evil,
      svgLabel: () => evil,
    };
    const svg = toSvgTimeline(simplePlan(), { messages });
    const escaped = "&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;&apos;\uFFFD\uFFFD\uFFFD";
    expect(svg).toContain(`<title id="mnp-timeline-title">${escaped}</title>`);
    expect(svg).toContain(`<desc id="mnp-timeline-desc">${escaped}</desc>`);
    expect(svg).not.toContain("<script");
    const root = parseXml(svg);
    expect(root.children[0]?.text).toBe(`<script>alert("x&y")</script>'\uFFFD\uFFFD\uFFFD`);
    expect(texts(svg).every((element) => element.text === root.children[0]?.text)).toBe(true);
  });

  it("uses the English layer by default, and every English label kind reads", () => {
    const svgLabel = englishMessages.svgLabel;
    expect(
      [
        { kind: "session", number: 2, status: "booked", on: "2026-11-26", time: "10:30" },
        { kind: "session", number: 3, status: "overdue", on: "2027-01-20", deferredUntil: "2027-01-06" },
        { kind: "today", on: "2026-11-24" },
        { kind: "month", on: "2026-01-01" },
        { kind: "month", on: "2026-12-01" },
        { kind: "result-checks", first: "2027-04-26" },
        { kind: "result-checks", final: "2027-07-26" },
        { kind: "maintenance", earliest: "2027-12-26", due: "2028-01-26", latest: "2028-02-26", projected: false },
        { kind: "deferral", status: "deferred", until: "2026-12-04" },
        { kind: "deferral", status: "deferred" },
        { kind: "no-sessions" },
        { kind: "legend", item: "deferral" },
      ].map((label) => svgLabel(label as SvgLabel)),
    ).toEqual([
      "Session 2: booked 2026-11-26 at 10:30",
      "Session 3: overdue, due 2027-01-20 (deferred until 2027-01-06)",
      "Today 2026-11-24",
      "Jan 2026",
      "Dec 2026",
      "Result checks: first 2027-04-26",
      "Result checks: final 2027-07-26",
      "Maintenance: due 2028-01-26",
      "Deferred: reassess on 2026-12-04",
      "Deferred: no end date, review",
      "No sessions planned",
      "Not treatable yet",
    ]);
  });

  it("describes an overdue session, a deferral and a plan with nothing planned in words", () => {
    const overdue = toSvgTimeline(replan(bookedPlan(), { today: "2027-01-20" }));
    expect(parseXml(overdue).children[1]?.text).toBe(
      "Eligibility on 2027-01-20: eligible. 4 sessions: 1 done, 0 booked, 3 to book (1 overdue). " +
        "Next: session 2, overdue, due 2027-01-20; book between 2027-01-20 and 2027-02-03. " +
        "Results checked on 2027-06-17 and finally on 2027-09-17. " +
        "Maintenance due 2028-03-17, between 2028-02-17 and 2028-04-17 (projected: the course is not finished). " +
        "Protocol article-2021, version 1.",
    );
    const none = toSvgTimeline((GOLDEN["no-sessions"] as () => TreatmentPlan)());
    expect(parseXml(none).children[1]?.text).toBe(
      "Eligibility on 2026-11-24: contraindicated. No sessions planned. Protocol article-2021, version 1.",
    );
    const single = englishMessages.svgDescription({
      today: "2026-11-24",
      protocol: { id: "x", version: "2" },
      eligibility: "deferred",
      reassessOn: "2026-12-04",
      total: 1,
      done: 0,
      booked: 1,
      toBook: 0,
      overdue: 0,
      next: { number: 1, status: "booked", on: "2026-12-04", earliest: "2026-12-04", latest: "2026-12-18" },
      resultCheckOn: "2027-03-04",
    });
    expect(single).toBe(
      "Eligibility on 2026-11-24: deferred; reassess on 2026-12-04. 1 session: 0 done, 1 booked, 0 to book. " +
        "Next: session 1, booked for 2026-12-04. Results checked on 2027-03-04. Protocol x, version 2.",
    );
  });
});

describe("toSvgTimeline: options", () => {
  it("writes no patient identifier unless asked, and then only in the title", () => {
    const plan = simplePlan();
    expect(toSvgTimeline(plan)).not.toContain("p-17");
    const svg = toSvgTimeline(plan, { usePatientId: true });
    expect(parseXml(svg).children[0]?.text).toBe("Microneedling plan for p-17 on 2026-11-24");
    expect(svg.split("p-17")).toHaveLength(3); // the title and the heading
    expect(toSvgTimeline(plan, { usePatientId: false })).toBe(toSvgTimeline(plan));
    // A patient without an id: nothing to write.
    const anonymous = planTreatment({ goal: "rejuvenation", fitzpatrick: "II" }, { today: EXPORT_TODAY });
    expect(parseXml(toSvgTimeline(anonymous, { usePatientId: true })).children[0]?.text).toBe(
      "Microneedling plan on 2026-11-24",
    );
  });

  it("prefixes every id with idPrefix, and the references follow", () => {
    const svg = toSvgTimeline(contraindicatedUntilPlan(), { idPrefix: "plan-2" });
    const ids = elements(svg).flatMap((element) =>
      element.attributes.id === undefined ? [] : [element.attributes.id],
    );
    expect(ids).toEqual(["plan-2-title", "plan-2-desc", "plan-2-hatch"]);
    expect(parseXml(svg).attributes["aria-labelledby"]).toBe("plan-2-title plan-2-desc");
    expect(svg).toContain('fill="url(#plan-2-hatch)"');
    expect(svg).not.toContain("mnp-timeline");
  });

  it("rejects a malformed plan or options with INVALID_INPUT", () => {
    const plan = simplePlan();
    const issues = (run: () => unknown) =>
      caught(run).issues.map((issue) => [issue.code, issue.path.join("."), issue.message]);
    expect(caught(() => toSvgTimeline({ ...plan, today: "2026-02-30" })).code).toBe("INVALID_INPUT");
    expect(caught(() => toSvgTimeline({ ...plan, today: "2026-02-30" }))).toBeInstanceOf(PlannerError);
    expect(issues(() => toSvgTimeline({ ...plan, today: "2026-02-30" }))[0]?.[1]).toBe("plan.today");
    expect(issues(() => toSvgTimeline(plan, { idPrefix: "1x" }))).toEqual([
      [
        "invalid-format",
        "options.idPrefix",
        "expected 1 to 64 letters, digits, '_' or '-', starting with a letter (an XML id prefix)",
      ],
    ]);
    expect(issues(() => toSvgTimeline(plan, { idPrefix: `a${"b".repeat(64)}` }))[0]?.[1]).toBe("options.idPrefix");
    expect(toSvgTimeline(plan, { idPrefix: `a${"b".repeat(63)}` })).toContain(`id="a${"b".repeat(63)}-title"`);
    expect(issues(() => toSvgTimeline(plan, { width: 3 } as never))[0]?.slice(0, 2)).toEqual([
      "unknown-key",
      "options.width",
    ]);
    // The timeline takes a complete message layer, as every function does (one check, one type).
    const svgOnly = { svgTitle: () => "t", svgDescription: () => "d", svgLabel: () => "l" };
    expect(issues(() => toSvgTimeline(plan, { messages: svgOnly as never }))).toEqual([
      ["invalid-type", "options.messages", MESSAGE_LAYER],
    ]);
    const complete = { ...englishMessages, ...svgOnly };
    for (const key of ["svgTitle", "svgDescription", "svgLabel"] as const) {
      const { [key]: _, ...rest } = complete;
      expect(issues(() => toSvgTimeline(plan, { messages: rest as never }))).toEqual([
        ["invalid-type", "options.messages", MESSAGE_LAYER],
      ]);
      expect(issues(() => toSvgTimeline(plan, { messages: { ...complete, [key]: "text" } as never }))).toHaveLength(1);
      // planTreatment checks the same layer, with the same message.
      expect(() => planTreatment(plan.inputs.patient, { today: EXPORT_TODAY, messages: rest as never })).toThrow(
        MESSAGE_LAYER,
      );
    }
    expect(issues(() => toSvgTimeline(plan, { messages: null as never }))[0]?.[1]).toBe("options.messages");
    expect(issues(() => toSvgTimeline(plan, { messages: "layer" as never }))[0]?.[1]).toBe("options.messages");
    expect(parseXml(toSvgTimeline(plan, { messages: complete })).children[0]?.text).toBe("t");
    expect(issues(() => toSvgTimeline(plan, { usePatientId: "yes" as never }))[0]?.[1]).toBe("options.usePatientId");
  });
});
