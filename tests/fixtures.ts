import type { FactorReport, Patient, Scar } from "../src/index.js";
import { englishMessages } from "../src/messages/en.js";

/** A patient with no findings but what the overrides add. */
export function makePatient(overrides: Partial<Patient> = {}): Patient {
  return { goal: "scar-revision", fitzpatrick: "II", scars: [makeScar()], factors: [], ...overrides };
}

export function makeScar(overrides: Partial<Scar> = {}): Scar {
  return { type: "rolling", goodmanGrade: 3, ...overrides } as Scar;
}

export function withFactors(...factors: FactorReport[]): Patient {
  return makePatient({ factors });
}

/** Deep-freezes a value so that any mutation throws in strict mode. */
export function frozen<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) frozen(child);
    Object.freeze(value);
  }
  return value;
}

export const ON = "2026-11-24";

/** The SVG timeline's English functions, for test layers that write other texts themselves. */
export const SVG_TEXTS = {
  svgTitle: englishMessages.svgTitle,
  svgDescription: englishMessages.svgDescription,
  svgLabel: englishMessages.svgLabel,
} as const;
