import { describe, expect, it } from "vitest";
import {
  defineProtocol,
  type Messages,
  planMaintenance,
  planSessions,
  REMINDER_KINDS,
  type Reminder,
  type ReminderDraft,
  type ReminderOptions,
  type ReminderSource,
  SESSION_STATUSES,
  type SessionStatus,
  type SessionWindow,
  upcomingReminders,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { frozen } from "./fixtures.js";
import { addDays, caught, isoDateArb } from "./planning-helpers.js";
import { fc, prop } from "./prop.js";

const TODAY = "2026-11-24";

const session = (number: number, status: SessionStatus, due: string, latest = addDays(due, 14)): SessionWindow => ({
  number,
  earliest: due,
  due,
  latest,
  status,
  flags: [],
});

const brief = (reminders: readonly Reminder[]) => reminders.map((r) => [r.kind, r.remindOn, r.dueOn, r.session]);

describe("upcomingReminders: book-session", () => {
  const sessions = planSessions({ sessionCount: 3, startOn: "2026-12-01", today: TODAY });

  it("the documented example: leadDays (7) before due, never before today", () => {
    const reminders = upcomingReminders({ sessions }, { today: TODAY, horizonDays: 40, messages: englishMessages });
    expect(brief(reminders)).toEqual([
      ["book-session", "2026-11-24", "2026-12-01", 1],
      ["book-session", "2026-12-22", "2026-12-29", 2],
    ]);
    expect(reminders.map((r) => r.message)).toEqual([
      "Book session 1, due 2026-12-01.",
      "Book session 2, due 2026-12-29.",
    ]);
  });

  it("leadDays can be overridden, down to 0 (remind on the due date)", () => {
    expect(brief(upcomingReminders({ sessions }, { today: TODAY, horizonDays: 40, leadDays: 3 }))).toEqual([
      ["book-session", "2026-11-28", "2026-12-01", 1],
      ["book-session", "2026-12-26", "2026-12-29", 2],
    ]);
    expect(brief(upcomingReminders({ sessions }, { today: TODAY, horizonDays: 40, leadDays: 0 }))).toEqual([
      ["book-session", "2026-12-01", "2026-12-01", 1],
      ["book-session", "2026-12-29", "2026-12-29", 2],
    ]);
  });

  it("the protocol's reminderLeadDays is the default lead; options.leadDays wins over it", () => {
    const protocol = defineProtocol({ reminderLeadDays: 14 });
    expect(brief(upcomingReminders({ sessions }, { today: TODAY, horizonDays: 60, protocol }))).toEqual([
      ["book-session", "2026-11-24", "2026-12-01", 1],
      ["book-session", "2026-12-15", "2026-12-29", 2],
      ["book-session", "2027-01-12", "2027-01-26", 3],
    ]);
    expect(brief(upcomingReminders({ sessions }, { today: TODAY, horizonDays: 62, protocol, leadDays: 1 }))).toEqual([
      ["book-session", "2026-11-30", "2026-12-01", 1],
      ["book-session", "2026-12-28", "2026-12-29", 2],
      ["book-session", "2027-01-25", "2027-01-26", 3],
    ]);
  });

  it("a reminder whose lead time has already started is given for today", () => {
    const plan = { sessions: [session(1, "due", "2026-11-27")] };
    expect(brief(upcomingReminders(plan, { today: TODAY, horizonDays: 0 }))).toEqual([
      ["book-session", TODAY, "2026-11-27", 1],
    ]);
  });

  it("done sessions and sessions whose window already closed get no book-session reminder", () => {
    const plan = {
      sessions: [
        session(1, "done", "2026-10-01"),
        session(2, "due", "2026-11-10", "2026-11-23"),
        session(3, "upcoming", "2026-11-20", "2026-11-23"),
        session(4, "upcoming", "2026-11-24", "2026-11-24"),
      ],
    };
    expect(brief(upcomingReminders(plan, { today: TODAY, horizonDays: 10 }))).toEqual([
      ["book-session", TODAY, TODAY, 4],
    ]);
  });
});

describe("upcomingReminders: session-overdue", () => {
  it("an overdue session is reminded today; the next one is booked as usual", () => {
    const sessions = planSessions({ sessionCount: 3, startOn: "2026-09-01", completed: ["2026-09-01"], today: TODAY });
    const reminders = upcomingReminders({ sessions }, { today: TODAY, horizonDays: 30, messages: englishMessages });
    expect(brief(reminders)).toEqual([
      ["session-overdue", TODAY, TODAY, 2],
      ["book-session", "2026-12-15", "2026-12-22", 3],
    ]);
    expect(reminders[0]?.message).toBe("Session 2 is overdue: book it for 2026-11-24 or later.");
  });

  it("an overdue session is reminded today even with a zero horizon and whatever its dates", () => {
    const plan = { sessions: [session(4, "overdue", "2026-11-26", "2026-12-10")] };
    expect(brief(upcomingReminders(plan, { today: TODAY, horizonDays: 0 }))).toEqual([
      ["session-overdue", TODAY, "2026-11-26", 4],
    ]);
  });
});

describe("upcomingReminders: result-check", () => {
  it("leadDays before resultCheckOn, never before today, none once it has passed", () => {
    const at = (resultCheckOn: string, horizonDays = 120) =>
      brief(upcomingReminders({ sessions: [], resultCheckOn }, { today: TODAY, horizonDays }));
    expect(at("2027-03-01")).toEqual([["result-check", "2027-02-22", "2027-03-01", undefined]]);
    expect(at("2026-11-27")).toEqual([["result-check", TODAY, "2026-11-27", undefined]]);
    expect(at(TODAY)).toEqual([["result-check", TODAY, TODAY, undefined]]);
    expect(at("2026-11-23")).toEqual([]);
  });

  it("message", () => {
    const [reminder] = upcomingReminders(
      { sessions: [], resultCheckOn: "2026-12-01" },
      { today: TODAY, horizonDays: 7, messages: englishMessages },
    );
    expect(reminder?.message).toBe("Check the results of the course on 2026-12-01.");
    expect(reminder && "session" in reminder).toBe(false);
  });
});

describe("upcomingReminders: maintenance-due", () => {
  const maintenance = planMaintenance({ courseEndedOn: "2026-11-24", goal: "scar-revision" }); // 2027-10-24 / 2027-11-24 / 2027-12-24

  it("leadDays before maintenance is due", () => {
    const reminders = upcomingReminders(
      { sessions: [], maintenance },
      { today: "2027-11-01", horizonDays: 30, messages: englishMessages },
    );
    expect(brief(reminders)).toEqual([["maintenance-due", "2027-11-17", "2027-11-24", undefined]]);
    expect(reminders[0]?.message).toBe("Book the maintenance session, due 2027-11-24.");
  });

  it("a maintenance window already open (even past its due date) is reminded today", () => {
    expect(brief(upcomingReminders({ sessions: [], maintenance }, { today: "2027-11-20", horizonDays: 0 }))).toEqual([
      ["maintenance-due", "2027-11-20", "2027-11-24", undefined],
    ]);
    expect(brief(upcomingReminders({ sessions: [], maintenance }, { today: "2027-12-01", horizonDays: 0 }))).toEqual([
      ["maintenance-due", "2027-12-01", "2027-11-24", undefined],
    ]);
    expect(brief(upcomingReminders({ sessions: [], maintenance }, { today: "2027-12-24", horizonDays: 0 }))).toEqual([
      ["maintenance-due", "2027-12-24", "2027-11-24", undefined],
    ]);
  });

  it("no reminder once the maintenance window has closed", () => {
    expect(upcomingReminders({ sessions: [], maintenance }, { today: "2027-12-25", horizonDays: 365 })).toEqual([]);
  });

  it("a rejuvenation maintenance window (3-6 months) that opened on its due date", () => {
    const rejuvenation = planMaintenance({ courseEndedOn: "2026-03-31", goal: "rejuvenation" }); // 06-30 / 06-30 / 09-30
    expect(
      brief(upcomingReminders({ sessions: [], maintenance: rejuvenation }, { today: "2026-07-10", horizonDays: 0 })),
    ).toEqual([["maintenance-due", "2026-07-10", "2026-06-30", undefined]]);
  });
});

describe("upcomingReminders: horizon and order", () => {
  const plan: ReminderSource = {
    sessions: [
      session(1, "done", "2026-09-01"),
      session(5, "upcoming", "2027-01-19"),
      session(4, "upcoming", "2026-12-22"),
      session(3, "upcoming", "2026-12-22"),
      session(2, "overdue", TODAY),
    ],
    resultCheckOn: "2026-11-28",
    maintenance: { ...planMaintenance({ courseEndedOn: "2025-12-20", goal: "scar-revision" }) }, // due 2026-12-20, latest 2027-01-20
  };

  it("sorts by remindOn, then dueOn, then kind, then session", () => {
    expect(brief(upcomingReminders(plan, { today: TODAY, horizonDays: 60 }))).toEqual([
      ["session-overdue", TODAY, TODAY, 2],
      ["result-check", TODAY, "2026-11-28", undefined],
      ["maintenance-due", "2026-12-13", "2026-12-20", undefined],
      ["book-session", "2026-12-15", "2026-12-22", 3],
      ["book-session", "2026-12-15", "2026-12-22", 4],
      ["book-session", "2027-01-12", "2027-01-19", 5],
    ]);
  });

  it("kind breaks ties between reminders on the same day for the same date", () => {
    const tied: ReminderSource = {
      sessions: [session(2, "upcoming", "2026-12-10")],
      resultCheckOn: "2026-12-10",
      maintenance: { ...planMaintenance({ courseEndedOn: "2025-12-10", goal: "scar-revision" }) },
    };
    expect(upcomingReminders(tied, { today: TODAY, horizonDays: 30 }).map((r) => r.kind)).toEqual([
      "book-session",
      "result-check",
      "maintenance-due",
    ]);
  });

  it("the horizon is inclusive", () => {
    // The last reminder falls on 2027-01-12, 49 days after today.
    expect(upcomingReminders(plan, { today: TODAY, horizonDays: 49 })).toHaveLength(6);
    expect(upcomingReminders(plan, { today: TODAY, horizonDays: 48 })).toHaveLength(5);
    // 2026-12-13 is 19 days after today.
    expect(upcomingReminders(plan, { today: TODAY, horizonDays: 19 }).map((r) => r.kind)).toEqual([
      "session-overdue",
      "result-check",
      "maintenance-due",
    ]);
    expect(upcomingReminders(plan, { today: TODAY, horizonDays: 18 })).toHaveLength(2);
  });

  it("a zero horizon keeps only today's reminders", () => {
    expect(brief(upcomingReminders(plan, { today: TODAY, horizonDays: 0 }))).toEqual([
      ["session-overdue", TODAY, TODAY, 2],
      ["result-check", TODAY, "2026-11-28", undefined],
    ]);
  });

  it("the horizon crosses a year end and a leap day correctly", () => {
    const leap = { sessions: [session(1, "upcoming", "2028-03-07")] }; // remind 2028-02-29
    expect(upcomingReminders(leap, { today: "2028-02-01", horizonDays: 28 })).toHaveLength(1);
    expect(upcomingReminders(leap, { today: "2028-02-01", horizonDays: 27 })).toHaveLength(0);
    const yearEnd = { sessions: [session(1, "upcoming", "2027-01-07")] }; // remind 2026-12-31
    expect(upcomingReminders(yearEnd, { today: "2026-12-01", horizonDays: 30 })).toHaveLength(1);
    expect(upcomingReminders(yearEnd, { today: "2026-12-01", horizonDays: 29 })).toHaveLength(0);
  });

  it("does not mutate its (deep-frozen) inputs and is deterministic", () => {
    const frozenPlan = frozen(structuredClone(plan));
    const options = frozen({ today: TODAY, horizonDays: 60, leadDays: 5 });
    const first = upcomingReminders(frozenPlan, options);
    expect(upcomingReminders(frozenPlan, options)).toEqual(first);
    expect(frozenPlan).toEqual(plan);
  });
});

describe("upcomingReminders: messages", () => {
  const plan: ReminderSource = {
    sessions: [session(2, "overdue", TODAY), session(3, "upcoming", "2026-12-22")],
    resultCheckOn: "2027-03-22",
    maintenance: planMaintenance({ courseEndedOn: "2026-03-22", goal: "rejuvenation" }), // due 2026-06-22, open until 2026-09-22
  };

  it("without a message layer, reminders carry codes and dates only", () => {
    const reminders = upcomingReminders(plan, { today: "2026-09-01", horizonDays: 200 });
    expect(reminders.map((r) => Object.keys(r).sort())).toEqual([
      ["dueOn", "kind", "remindOn"],
      ["dueOn", "kind", "remindOn", "session"],
      ["dueOn", "kind", "remindOn", "session"],
      ["dueOn", "kind", "remindOn"],
    ]);
  });

  it("englishMessages writes English text", () => {
    const reminders = upcomingReminders(plan, { today: "2026-09-01", horizonDays: 200, messages: englishMessages });
    for (const reminder of reminders) {
      const { message, ...draft } = reminder;
      expect(message).toBe(englishMessages.reminder(draft));
    }
    expect(reminders.map((r) => r.message)).toEqual([
      "Book the maintenance session, due 2026-06-22.",
      "Session 2 is overdue: book it for 2026-11-24 or later.",
      "Book session 3, due 2026-12-22.",
      "Check the results of the course on 2027-03-22.",
    ]);
  });

  it("a custom Messages layer writes every message, from the draft without its message", () => {
    const drafts: ReminderDraft[] = [];
    const messages: Messages = {
      finding: englishMessages.finding,
      reminder: (draft) => {
        drafts.push(draft);
        return `[${draft.kind}] ${draft.session === undefined ? "-" : String(draft.session)} ${draft.dueOn}`;
      },
    };
    const reminders = upcomingReminders(plan, { today: "2026-09-01", horizonDays: 200, messages });
    expect(reminders.map((r) => r.message)).toEqual([
      "[maintenance-due] - 2026-06-22",
      "[session-overdue] 2 2026-11-24",
      "[book-session] 3 2026-12-22",
      "[result-check] - 2027-03-22",
    ]);
    expect(drafts).toHaveLength(4);
    expect(drafts.every((draft) => !("message" in draft))).toBe(true);
  });
});

describe("upcomingReminders rejects malformed input", () => {
  const plan: ReminderSource = { sessions: [session(1, "upcoming", "2026-12-01")] };
  const options: ReminderOptions = { today: TODAY, horizonDays: 30 };

  it.each([
    [null, "plan", null],
    ["plan", "plan", "plan"],
    [{}, "plan.sessions", undefined],
    [{ sessions: "none" }, "plan.sessions", "none"],
    [{ sessions: [null] }, "plan.sessions[0]", null],
    [{ sessions: [{ ...session(1, "upcoming", "2026-12-01"), status: "later" }] }, "plan.sessions[0].status", "later"],
    [
      { sessions: [{ ...session(1, "upcoming", "2026-12-01"), due: "2026-12-32" }] },
      "plan.sessions[0].due",
      "2026-12-32",
    ],
    [
      { sessions: [{ ...session(1, "upcoming", "2026-12-01"), latest: undefined }] },
      "plan.sessions[0].latest",
      undefined,
    ],
    [{ sessions: [{ ...session(1, "upcoming", "2026-12-01"), number: 0 }] }, "plan.sessions[0].number", 0],
    [{ sessions: [], resultCheckOn: "soon" }, "plan.resultCheckOn", "soon"],
    [{ sessions: [], maintenance: "yearly" }, "plan.maintenance", "yearly"],
    [{ sessions: [], maintenance: { due: "2027-02-30", latest: "2027-03-01" } }, "plan.maintenance.due", "2027-02-30"],
  ])("plan %o -> %s", (badPlan, path, value) => {
    const error = caught(() => upcomingReminders(badPlan as unknown as ReminderSource, options));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues[0]?.path).toBe(path);
    expect(error.issues[0]?.value).toEqual(value);
  });

  it.each([
    [null, "options", null],
    [{ horizonDays: 30 }, "options.today", undefined],
    [{ today: "2026-11-31", horizonDays: 30 }, "options.today", "2026-11-31"],
    [{ today: TODAY }, "options.horizonDays", undefined],
    [{ today: TODAY, horizonDays: -1 }, "options.horizonDays", -1],
    [{ today: TODAY, horizonDays: 3661 }, "options.horizonDays", 3661],
    [{ today: TODAY, horizonDays: 1.5 }, "options.horizonDays", 1.5],
    [{ today: TODAY, horizonDays: 30, leadDays: -1 }, "options.leadDays", -1],
    [{ today: TODAY, horizonDays: 30, leadDays: 366 }, "options.leadDays", 366],
  ])("options %o -> %s", (badOptions, path, value) => {
    const error = caught(() => upcomingReminders(plan, badOptions as unknown as ReminderOptions));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues[0]?.path).toBe(path);
    expect(error.issues[0]?.value).toEqual(value);
    expect(error.message.startsWith(path)).toBe(true);
  });

  // Regression: options.messages was not checked and escaped as a raw TypeError.
  it("a malformed messages option is INVALID_INPUT, not a raw TypeError", () => {
    const error = caught(() => upcomingReminders(plan, { ...options, messages: {} as Messages }));
    expect(error.code).toBe("INVALID_INPUT");
  });

  it("the largest horizon and lead are accepted", () => {
    expect(() => upcomingReminders(plan, { today: TODAY, horizonDays: 3660, leadDays: 365 })).not.toThrow();
  });

  it("a hand-made protocol is checked: INVALID_PROTOCOL", () => {
    const error = caught(() =>
      upcomingReminders(plan, { ...options, protocol: { ...defineProtocol(), reminderLeadDays: 91 } }),
    );
    expect(error.code).toBe("INVALID_PROTOCOL");
    expect(error.issues[0]?.path).toBe("options.protocol.reminderLeadDays");
  });
});

const planArb = fc.record({
  sessions: fc.array(
    fc.record({
      number: fc.integer({ min: 1, max: 20 }),
      status: fc.constantFrom(...SESSION_STATUSES),
      due: isoDateArb("2026-06-01", 400),
      span: fc.integer({ min: 0, max: 42 }),
    }),
    { maxLength: 8 },
  ),
  resultCheckOn: fc.option(isoDateArb("2026-06-01", 400), { nil: undefined }),
  maintenance: fc.option(fc.tuple(isoDateArb("2026-06-01", 400), fc.integer({ min: 0, max: 120 })), { nil: undefined }),
});

describe("upcomingReminders: properties", () => {
  prop(
    [
      planArb,
      isoDateArb("2026-06-01", 400),
      fc.integer({ min: 0, max: 200 }),
      fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    ],
    { numRuns: 200 },
  )(
    "reminders fall within [today, today + horizon], sorted, each from its rule",
    (raw, today, horizonDays, leadDays) => {
      const plan: ReminderSource = {
        sessions: raw.sessions.map((s) => session(s.number, s.status, s.due, addDays(s.due, s.span))),
        ...(raw.resultCheckOn === undefined ? {} : { resultCheckOn: raw.resultCheckOn }),
        ...(raw.maintenance === undefined
          ? {}
          : {
              maintenance: {
                earliest: raw.maintenance[0],
                due: raw.maintenance[0],
                latest: addDays(raw.maintenance[0], raw.maintenance[1]),
                after: "2026-01-01",
                projected: false,
                sources: ["ARTICLE-2021"],
              },
            }),
      };
      const lead = leadDays ?? 7;
      const options = { today, horizonDays, ...(leadDays === undefined ? {} : { leadDays }) };
      const reminders = upcomingReminders(frozen(plan), options);
      const horizon = addDays(today, horizonDays);
      const later = (a: string, b: string): string => (a >= b ? a : b);
      reminders.forEach((reminder, index) => {
        expect(reminder.remindOn >= today && reminder.remindOn <= horizon).toBe(true);
        const previous = reminders[index - 1];
        if (previous !== undefined) {
          const order =
            previous.remindOn.localeCompare(reminder.remindOn) ||
            previous.dueOn.localeCompare(reminder.dueOn) ||
            REMINDER_KINDS.indexOf(previous.kind) - REMINDER_KINDS.indexOf(reminder.kind) ||
            (previous.session ?? 0) - (reminder.session ?? 0);
          expect(order).toBeLessThanOrEqual(0);
        }
        if (reminder.kind === "session-overdue") expect(reminder.remindOn).toBe(today);
        else expect(reminder.remindOn).toBe(later(today, addDays(reminder.dueOn, -lead)));
      });
      // Every expected reminder is there.
      const expectedCount =
        plan.sessions.filter(
          (s) =>
            s.status === "overdue" ||
            (s.status !== "done" && s.latest >= today && later(today, addDays(s.due, -lead)) <= horizon),
        ).length +
        (plan.resultCheckOn !== undefined &&
        plan.resultCheckOn >= today &&
        later(today, addDays(plan.resultCheckOn, -lead)) <= horizon
          ? 1
          : 0) +
        (plan.maintenance !== undefined &&
        plan.maintenance.latest >= today &&
        later(today, addDays(plan.maintenance.due, -lead)) <= horizon
          ? 1
          : 0);
      expect(reminders).toHaveLength(expectedCount);
    },
  );
});

describe("upcomingReminders: ties", () => {
  it("on the same remind and due dates, kinds come in REMINDER_KINDS order, then sessions by number", () => {
    const plan: ReminderSource = {
      sessions: [
        session(3, "upcoming", TODAY),
        session(1, "overdue", TODAY),
        session(2, "upcoming", TODAY),
        session(4, "upcoming", TODAY),
      ],
      resultCheckOn: TODAY,
      maintenance: {
        earliest: TODAY,
        due: TODAY,
        latest: addDays(TODAY, 30),
        after: "2026-01-01",
        projected: false,
        sources: ["ARTICLE-2021"],
      },
    };
    expect(brief(upcomingReminders(plan, { today: TODAY, horizonDays: 0 }))).toEqual([
      ["book-session", TODAY, TODAY, 2],
      ["book-session", TODAY, TODAY, 3],
      ["book-session", TODAY, TODAY, 4],
      ["session-overdue", TODAY, TODAY, 1],
      ["result-check", TODAY, TODAY, undefined],
      ["maintenance-due", TODAY, TODAY, undefined],
    ]);
    expect(REMINDER_KINDS).toEqual(["book-session", "session-overdue", "result-check", "maintenance-due"]);
  });
});
