/**
 * Renders a treatment plan as readable text for the terminal.
 *
 * @module
 * @internal
 */
import { SOURCE_CATALOGUE } from "../catalogues/source-catalogue.js";
import { englishMessages } from "../messages/en.js";
import type { BookingCheck } from "../models/booking.js";
import type { SessionFlag, TreatmentPlan } from "../models/plan.js";

function table(rows: readonly (readonly string[])[]): string[] {
  // Stryker disable next-line OptionalChaining,StringLiteral,ArrayDeclaration: tables have a header row and equal-length rows: no fallback is reachable
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows.map((row) => `  ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ")}`.trimEnd());
}

function flagText(flag: SessionFlag): string {
  switch (flag.code) {
    case "late":
      return `late ${String(flag.params.daysLate)}d (window closed ${flag.params.windowClosedOn})`;
    case "reassess":
      return `reassess: ${String(flag.params.daysSinceLastSession)}d since last session`;
    case "too-soon":
      return `too soon (${String(flag.params.days)}d < ${String(flag.params.minimumDays)}d)`;
    case "deferred":
      return `deferred until ${flag.params.until}`;
    case "missed-booking":
      return `missed booking on ${flag.params.on}`;
    case "closed-day":
      return `booked on a closed day (${flag.params.on})`;
    default:
      return flag.code;
  }
}

/** The plan as text. @internal */
export function formatPlanText(plan: TreatmentPlan): string {
  const lines: string[] = [];
  const { eligibility, estimate } = plan;
  lines.push(
    `Patient ${plan.inputs.patient.id ?? "(no id)"}: ${plan.inputs.patient.goal}, planned on ${plan.today} (protocol ${plan.protocol.id}@${plan.protocol.version}, microneedling-planner ${plan.madeBy.version})`,
    "",
    `Eligibility: ${eligibility.status}${eligibility.reassessOn === undefined ? "" : `, reassess on ${eligibility.reassessOn}`}`,
  );
  for (const finding of eligibility.findings) {
    lines.push(
      `  [${finding.effect}] ${finding.message ?? englishMessages.finding(finding)}`,
      `      sources: ${finding.sources.join(", ")}`,
    );
  }
  if (eligibility.findings.length === 0) lines.push("  no findings");
  lines.push(
    "",
    `Estimate: ${String(estimate.typical)} sessions (range ${String(estimate.min)}-${String(estimate.max)}, ${estimate.basis}); sources: ${estimate.sources.join(", ")}`,
    "",
    "Sessions",
  );
  if (plan.sessions.length === 0) {
    lines.push("  none planned");
  } else {
    lines.push(
      ...table([
        ["#", "status", "earliest", "due", "latest", "done/booked", "flags"],
        ...plan.sessions.map((s) => [
          String(s.number),
          s.status,
          s.earliest,
          s.due,
          s.latest,
          s.status === "done"
            ? s.doneOn
            : s.status === "booked"
              ? `${s.bookedOn}${s.time === undefined ? "" : ` ${s.time}`}`
              : "",
          s.flags.map(flagText).join("; "),
        ]),
      ]),
    );
  }
  lines.push("");
  if (plan.resultCheckOn !== undefined) lines.push(`Result check: ${plan.resultCheckOn}`);
  if (plan.maintenance === undefined) {
    lines.push("Maintenance: not planned");
  } else {
    const m = plan.maintenance;
    lines.push(
      `Maintenance: due ${m.due} (window ${m.earliest} to ${m.latest}, after ${m.after}${m.projected ? ", projected" : ""})`,
    );
  }
  lines.push("", "Reminders");
  if (plan.reminders.length === 0) lines.push("  none in the horizon");
  else lines.push(...table(plan.reminders.map((r) => [r.remindOn, r.kind, r.message ?? englishMessages.reminder(r)])));
  const cited = [...new Set([...eligibility.findings.flatMap((f) => f.sources), ...estimate.sources])].sort();
  lines.push("", "Sources");
  for (const id of cited) lines.push(`  ${id}: ${SOURCE_CATALOGUE[id].citation}`);
  return `${lines.join("\n")}\n`;
}

/** A booking check as text. @internal */
export function formatBookingText(check: BookingCheck): string {
  const visit = check.visit === "session" ? `session ${String(check.session ?? "")}`.trim() : "maintenance";
  const lines = [
    `Booking ${visit} on ${check.on}${check.time === undefined ? "" : ` at ${check.time}`}: ${check.status}`,
  ];
  for (const reason of check.reasons) {
    lines.push(
      `  [${reason.effect}] ${reason.message ?? englishMessages.bookingReason(reason)}`,
      `      sources: ${reason.sources.join(", ")}`,
    );
  }
  if (check.reasons.length === 0) lines.push("  no reasons against it");
  lines.push(`Eligibility on ${check.on}: ${check.eligibility.status}`);
  return `${lines.join("\n")}\n`;
}
