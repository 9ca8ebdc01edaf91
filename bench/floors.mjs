// The floors the library is compared with: hand-written code that computes only the session
// windows and statuses, with none of the library's checks, flags, eligibility, reminders or
// messages. Both are checked against the library before anything is timed.
//
// - competent: integer day numbers (H. Hinnant's days_from_civil), a general loop over the
//   course: what a careful hand-written scheduler costs. The targets are ratios to this one.
// - date-fns: the bench's former floor, `UTCDate` + `addWeeks` per date, kept for reference.
import { UTCDate } from "@date-fns/utc";
import { addWeeks } from "date-fns";

function dayNumber(iso) {
  let y = (iso.charCodeAt(0) - 48) * 1000 + (iso.charCodeAt(1) - 48) * 100 + (iso.charCodeAt(2) - 48) * 10 + iso.charCodeAt(3) - 48;
  const m = (iso.charCodeAt(5) - 48) * 10 + iso.charCodeAt(6) - 48;
  const d = (iso.charCodeAt(8) - 48) * 10 + iso.charCodeAt(9) - 48;
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
const TWO = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${i}` : String(i)));
function isoOf(days) {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return `${yoe + era * 400 + (m <= 2 ? 1 : 0)}-${TWO[m]}-${TWO[d]}`;
}

/**
 * Windows and statuses of a course (every day open, no bookings, no deferral): session n opens
 * minWeeks after the previous one (done, or planned due) and closes maxWeeks after it; the next
 * session is due from its window's opening, or overdue (re-planned from today) once it closed.
 */
export function competentFloor(sessionCount, startOn, completed, today, minWeeks, maxWeeks) {
  const t = dayNumber(today);
  const width = (maxWeeks - minWeeks) * 7;
  const count = Math.max(sessionCount, completed.length);
  const out = [];
  let previous = -1e9;
  for (let i = 0; i < count; i++) {
    let earliest = i === 0 ? dayNumber(startOn) : previous + minWeeks * 7;
    let latest = i === 0 ? earliest + width : previous + maxWeeks * 7;
    if (i < completed.length) {
      out.push({ number: i + 1, earliest: isoOf(earliest), due: isoOf(earliest), latest: isoOf(latest), status: "done" });
      previous = dayNumber(completed[i]);
      continue;
    }
    let status = "upcoming";
    if (i === completed.length) {
      if (latest < t) {
        earliest = t;
        latest = t + width;
        status = "overdue";
      } else if (earliest <= t) status = "due";
    }
    const due = earliest > t ? earliest : t <= latest ? t : earliest;
    out.push({ number: i + 1, earliest: isoOf(earliest), due: isoOf(due), latest: isoOf(latest), status });
    previous = due;
  }
  return out;
}

const iso = (d) =>
  `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
const parse = (s) => new UTCDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));

/** The former floor: the bench case's six windows (two done, one overdue, three after it) with date-fns. */
export function dateFnsFloor(startOn, completed, today) {
  const now = parse(today);
  const out = [];
  let previous = parse(completed[1]);
  out.push({ earliest: startOn, latest: iso(addWeeks(parse(startOn), 2)) });
  out.push({ earliest: iso(addWeeks(parse(completed[0]), 4)), latest: iso(addWeeks(parse(completed[0]), 6)) });
  const closes = addWeeks(previous, 6);
  previous = closes < now ? now : addWeeks(previous, 4);
  out.push({ earliest: iso(previous), latest: iso(addWeeks(previous, 2)) });
  for (let i = 3; i < 6; i++) {
    previous = addWeeks(previous, 4);
    out.push({ earliest: iso(previous), latest: iso(addWeeks(previous, 2)) });
  }
  return out;
}
