// @ts-check
// Plans in the browser: the form is read into a patient, planTreatment makes the plan, and the
// eligibility (with reasons and sources) and the sessions are shown. Nothing leaves the page.
import { isPlannerError, planTreatment } from "microneedling-planner";
import { englishMessages } from "microneedling-planner/messages";

const form = /** @type {HTMLFormElement} */ (document.querySelector("#patient"));
const result = /** @type {HTMLElement} */ (document.querySelector("#result"));

/** Text as a DOM node: never innerHTML with data. */
function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** The patient the form describes. */
function patientOf(data) {
  const goal = String(data.get("goal"));
  const factors = data.get("coldSores") === "on" ? [{ code: "herpes-simplex", status: "history" }] : [];
  return {
    goal,
    fitzpatrick: String(data.get("fitzpatrick")),
    ...(goal === "scar-revision" && {
      scars: [{ type: String(data.get("scarType")), severity: String(data.get("severity")) }],
    }),
    factors,
  };
}

function show(plan) {
  const eligibility = element("section", undefined, { id: "eligibility" });
  eligibility.append(element("h2", "Eligibility"), element("p", plan.eligibility.status, { id: "status" }));
  const findings = element("ul");
  for (const finding of plan.eligibility.findings) {
    const item = element("li", finding.message);
    item.append(element("small", ` Sources: ${finding.sources.join(", ")}`));
    findings.append(item);
  }
  eligibility.append(findings);

  const sessions = element("table", undefined, { id: "sessions" });
  sessions.append(element("caption", `Sessions (${plan.estimate.typical} planned)`));
  const head = element("tr");
  for (const name of ["Session", "Status", "Earliest", "Due", "Latest"])
    head.append(element("th", name, { scope: "col" }));
  sessions.append(head);
  for (const session of plan.sessions) {
    const row = element("tr");
    for (const cell of [String(session.number), session.status, session.earliest, session.due, session.latest]) {
      row.append(element("td", cell));
    }
    sessions.append(row);
  }
  result.replaceChildren(eligibility, sessions);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const data = new FormData(form);
  try {
    show(planTreatment(patientOf(data), { today: String(data.get("today")), messages: englishMessages }));
  } catch (error) {
    // Bad input: each issue has a stable code and a path.
    const issues = isPlannerError(error)
      ? error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)
      : [String(error)];
    result.replaceChildren(element("p", issues.join("; "), { role: "alert" }));
  }
});
