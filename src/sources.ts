/**
 * `microneedling-planner/sources`: every source id that findings, catalogues and the protocol
 * cite, and its citation. Kept out of the root entry to keep it small.
 *
 * @module
 */
export { SOURCES } from "./catalogues/citations.js";
export { SOURCE_IDS, type Source, type SourceId, type SourceKind } from "./catalogues/sources.js";
