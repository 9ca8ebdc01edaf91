// The playground: plans in the browser with the built package (bundled by
// scripts/build-playground.mjs into docs/api/playground/). Text from the English message layer;
// data shown with textContent only.
import { FACTOR_CATALOGUE, isPlannerError, planTreatment, SCAR_TYPES } from "microneedling-planner";
import { englishMessages } from "microneedling-planner/messages";
import { toSvgTimeline } from "microneedling-planner/svg";

const form = document.querySelector("#patient");
const result = document.querySelector("#result");

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

for (const type of SCAR_TYPES) form.scarType.append(element("option", type, { value: type }));
form.scarType.value = "rolling";
for (const code of Object.keys(FACTOR_CATALOGUE).sort()) form.factor.append(element("option", code, { value: code }));

function patientOf(data) {
  const goal = String(data.get("goal"));
  const factor = String(data.get("factor"));
  return {
    goal,
    fitzpatrick: String(data.get("fitzpatrick")),
    ...(goal === "scar-revision" && {
      scars: [{ type: String(data.get("scarType")), severity: String(data.get("severity")) }],
    }),
    factors: factor === "" ? [] : [{ code: factor, status: String(data.get("factorStatus")) }],
  };
}

function show(plan) {
  const eligibility = element("section", undefined, { id: "eligibility", "aria-labelledby": "eligibility-title" });
  eligibility.append(
    element("h2", "Eligibility", { id: "eligibility-title" }),
    element("p", `Status: ${plan.eligibility.status}`, { id: "status" }),
  );
  const findings = element("ul", undefined, { id: "findings" });
  for (const finding of plan.eligibility.findings) {
    const item = element("li", finding.message);
    item.append(element("br"), element("span", `Sources: ${finding.sources.join(", ")}`, { class: "sources" }));
    findings.append(item);
  }
  eligibility.append(findings);

  const course = element("section", undefined, { id: "course", "aria-labelledby": "course-title" });
  course.append(element("h2", "Course", { id: "course-title" }));
  const estimate = plan.estimate;
  course.append(element("p", `${estimate.typical} sessions (range ${estimate.min}-${estimate.max}, ${estimate.basis})`));
  const table = element("table", undefined, { id: "sessions" });
  table.append(element("caption", "Sessions"));
  const head = element("tr");
  for (const name of ["Session", "Status", "Earliest", "Due", "Latest"]) head.append(element("th", name, { scope: "col" }));
  table.append(head);
  for (const session of plan.sessions) {
    const row = element("tr");
    for (const cell of [String(session.number), session.status, session.earliest, session.due, session.latest]) {
      row.append(element("td", cell));
    }
    table.append(row);
  }
  course.append(table);

  // The plan as a picture: the library's SVG (every text in it escaped), parsed, not injected as HTML.
  const timeline = element("section", undefined, { id: "timeline", "aria-labelledby": "timeline-title" });
  timeline.append(element("h2", "Timeline", { id: "timeline-title" }));
  const svg = new DOMParser().parseFromString(toSvgTimeline(plan), "image/svg+xml").documentElement;
  timeline.append(document.importNode(svg, true));
  result.replaceChildren(eligibility, course, timeline);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const completed = String(data.get("completed"))
    .split(",")
    .map((day) => day.trim())
    .filter((day) => day !== "");
  try {
    show(planTreatment(patientOf(data), { today: String(data.get("today")), completed, messages: englishMessages }));
  } catch (error) {
    const issues = isPlannerError(error) ? error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) : [String(error)];
    result.replaceChildren(element("p", issues.join("; "), { role: "alert" }));
  }
});
