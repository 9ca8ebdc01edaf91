/**
 * Renders a treatment plan as readable text for the terminal.
 *
 * @module
 * @internal
 */
import { SOURCE_CATALOGUE } from "../catalogues/source-catalogue.js";
import { englishMessages } from "../messages/en.js";
import type { BookingCheck } from "../models/booking.js";
import type { Messages } from "../models/messages.js";
import type { TreatmentPlan } from "../models/plan.js";

function table(rows: readonly (readonly string[])[]): string[] {
  // Stryker disable next-line OptionalChaining,StringLiteral,ArrayDeclaration: tables have a header row and equal-length rows: no fallback is reachable
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows.map((row) => `  ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ")}`.trimEnd());
}

/** The plan as text, in the words of `messages` (English by default). @internal */
export function formatPlanText(plan: TreatmentPlan, messages: Messages = englishMessages): string {
  const { cli, labels } = messages;
  const lines: string[] = [];
  const { eligibility, estimate } = plan;
  lines.push(
    cli.planHeading({
      patientId: plan.inputs.patient.id,
      goal: labels.goal[plan.inputs.patient.goal],
      today: plan.today,
      protocol: `${plan.protocol.id}@${plan.protocol.version}`,
      version: plan.madeBy.version,
    }),
    "",
    cli.eligibility({ status: labels.eligibilityStatus[eligibility.status], reassessOn: eligibility.reassessOn }),
  );
  for (const finding of eligibility.findings) {
    lines.push(
      `  [${labels.effect[finding.effect]}] ${finding.message ?? messages.finding(finding)}`,
      `      ${cli.sources({ sources: finding.sources.join(", ") })}`,
    );
  }
  if (eligibility.findings.length === 0) lines.push(`  ${cli.noFindings}`);
  lines.push(
    "",
    cli.estimate({
      typical: estimate.typical,
      min: estimate.min,
      max: estimate.max,
      basis: labels.estimateBasis[estimate.basis],
      sources: estimate.sources.join(", "),
    }),
    "",
    cli.sessionsHeading,
  );
  if (plan.sessions.length === 0) {
    lines.push(`  ${cli.noSessions}`);
  } else {
    lines.push(
      ...table([
        cli.sessionColumns,
        ...plan.sessions.map((s) => [
          String(s.number),
          labels.sessionStatus[s.status],
          s.earliest,
          s.due,
          s.latest,
          s.status === "done"
            ? s.doneOn
            : s.status === "booked"
              ? `${s.bookedOn}${s.time === undefined ? "" : ` ${s.time}`}`
              : "",
          s.flags.map((flag) => labels.sessionFlag(flag)).join("; "),
        ]),
      ]),
    );
  }
  lines.push("");
  if (plan.resultCheckOn !== undefined) lines.push(cli.resultCheck({ on: plan.resultCheckOn }));
  if (plan.maintenance === undefined) {
    lines.push(cli.noMaintenance);
  } else {
    const m = plan.maintenance;
    lines.push(
      cli.maintenance({ due: m.due, earliest: m.earliest, latest: m.latest, after: m.after, projected: m.projected }),
    );
  }
  lines.push("", cli.remindersHeading);
  if (plan.reminders.length === 0) lines.push(`  ${cli.noReminders}`);
  else
    lines.push(
      ...table(plan.reminders.map((r) => [r.remindOn, labels.reminderKind[r.kind], r.message ?? messages.reminder(r)])),
    );
  const cited = [...new Set([...eligibility.findings.flatMap((f) => f.sources), ...estimate.sources])].sort();
  lines.push("", cli.sourcesHeading);
  // Citations are bibliographic references: they stay as the source catalogue writes them.
  for (const id of cited) lines.push(`  ${id}: ${SOURCE_CATALOGUE[id].citation}`);
  return `${lines.join("\n")}\n`;
}

/** A booking check as text, in the words of `messages` (English by default). @internal */
export function formatBookingText(check: BookingCheck, messages: Messages = englishMessages): string {
  const { cli, labels } = messages;
  const lines = [
    cli.booking({
      visit: check.visit,
      session: check.session,
      on: check.on,
      time: check.time,
      status: labels.bookingStatus[check.status],
    }),
  ];
  for (const reason of check.reasons) {
    lines.push(
      `  [${labels.bookingEffect[reason.effect]}] ${reason.message ?? messages.bookingReason(reason)}`,
      `      ${cli.sources({ sources: reason.sources.join(", ") })}`,
    );
  }
  if (check.reasons.length === 0) lines.push(`  ${cli.noReasons}`);
  lines.push(cli.bookingEligibility({ on: check.on, status: labels.eligibilityStatus[check.eligibility.status] }));
  return `${lines.join("\n")}\n`;
}
