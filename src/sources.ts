/**
 * `microneedling-planner/sources`: the citation of every source id that findings, catalogues
 * and the protocol cite.
 *
 * @module
 */
export { SOURCES } from "./catalogues/citations.js";
export type { Source, SourceId, SourceKind } from "./catalogues/sources.js";
