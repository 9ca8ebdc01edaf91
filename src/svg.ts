/**
 * `microneedling-planner/svg`: the plan as a picture, an accessible SVG timeline (no DOM needed).
 *
 * @module
 */
export { type ToSvgTimelineOptions, toSvgTimeline } from "./interop/svg.js";
