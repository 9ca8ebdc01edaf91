/**
 * `microneedling-planner/sources`: every source id that findings, catalogues and the protocol
 * cite, and its citation. Kept out of the root entry to keep it small.
 *
 * @module
 */
export { PROTOCOL_SETTING_CATALOGUE, type ProtocolSettingEntry } from "./catalogues/protocol-settings.js";
export { REMINDER_CATALOGUE } from "./catalogues/reminder-kinds.js";
export { SOURCE_CATALOGUE, type Source, type SourceKind } from "./catalogues/source-catalogue.js";
export { SOURCE_IDS, type SourceId } from "./models/source-ids.js";
