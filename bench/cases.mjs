// Inputs for the benchmarks: the bench case (one patient, two sessions done, one overdue) and a
// generator of varied patients (seeded, so every run plans the same 100,000 patients).
import { FACTOR_CATALOGUE, FACTOR_CODES, FITZPATRICK_TYPES, SCAR_TYPES, SEVERITIES } from "../dist/index.js";

export const TODAY = "2026-11-24";

export const caseFile = {
  patient: {
    id: "bench",
    goal: "scar-revision",
    fitzpatrick: "IV",
    birthDate: "1990-04-02",
    scars: [
      { type: "boxcar", depth: "deep", severity: "severe", goodmanGrade: 4, area: "cheeks" },
      { type: "rolling", severity: "moderate", area: "cheeks" },
      { type: "striae", severity: "moderate", area: "abdomen" },
    ],
    factors: [{ code: "herpes-simplex", status: "history" }],
  },
  startOn: "2026-07-28",
  completed: ["2026-07-28", "2026-08-25"],
};

/** A small seeded PRNG (mulberry32): numbers in [0, 1). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => (n < 10 ? `0${n}` : String(n));
/** `YYYY-MM-DD` of a day number (days since 1970-01-01; UTC fields, no time zone involved). */
export function isoOfDay(day) {
  const d = new Date(Date.UTC(1970, 0, 1 + day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
const dayOf = (iso) => Math.round(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5);
export const TODAY_DAY = dayOf(TODAY);

/** A factor report that neither blocks nor contradicts: past dates where the factor takes them. */
export function pastFactor(code) {
  const entry = FACTOR_CATALOGUE[code];
  if (entry.wait !== undefined) return { code, status: "history", since: "2020-01-15" };
  if (entry.washout !== undefined) return { code, status: "history", until: "2020-06-01" };
  return { code, status: "history" };
}
/** Factor codes whose history leaves treatment possible (growth cases keep planning sessions). */
export const HARMLESS_CODES = FACTOR_CODES.filter(
  (code) => FACTOR_CATALOGUE[code].history !== "contraindicated" && FACTOR_CATALOGUE[code].history !== "deferred",
);

const AREAS = ["cheeks", "forehead", "abdomen", "chin"];
const pick = (next, list) => list[Math.floor(next() * list.length)];

/** Patient `index` of the batch, with its plan options: varied goal, skin, scars, factors and course. */
export function generatedCase(index) {
  const next = random(index + 1);
  const scars = [];
  for (let i = 1 + Math.floor(next() * 4); i > 0; i--) {
    scars.push({ type: pick(next, SCAR_TYPES), severity: pick(next, SEVERITIES), area: pick(next, AREAS) });
  }
  const factors = [];
  for (let i = Math.floor(next() * 4); i > 0; i--) {
    const code = pick(next, FACTOR_CODES);
    factors.push(next() < 0.7 ? pastFactor(code) : { code, status: "active" });
  }
  const startDay = TODAY_DAY - Math.floor(next() * 300);
  const completed = [];
  for (let day = startDay; day <= TODAY_DAY && completed.length < 6 && next() < 0.8; day += 28 + Math.floor(next() * 21)) {
    completed.push(isoOfDay(day));
  }
  const patient = {
    id: `p-${index}`,
    goal: next() < 0.9 ? "scar-revision" : "rejuvenation",
    fitzpatrick: pick(next, FITZPATRICK_TYPES),
    birthDate: isoOfDay(dayOf("1950-01-01") + Math.floor(next() * 21000)),
    scars,
    factors,
  };
  return { patient, startOn: isoOfDay(startDay), completed };
}

/** Scar types for the growth cases: each gets its findings and an estimate. */
export const SCAR_TYPES_FOR_GROWTH = ["boxcar", "rolling", "icepick", "surgical", "traumatic", "varicella", "striae"];
