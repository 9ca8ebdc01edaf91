/**
 * The FHIR canonical URLs of a protocol's PlanDefinition and ActivityDefinition, shared by the
 * PlanDefinition and CarePlan exports so that a CarePlan points at the PlanDefinition that made it.
 *
 * @module
 * @internal
 */

/** A FHIR `id` from a protocol id: `_` and `+` become `-`, at most 56 characters (room for `-session`). @internal */
export function fhirIdOf(protocolId: string): string {
  return protocolId.replace(/[_+]/g, "-").slice(0, 56);
}

/**
 * `<canonicalBase>/PlanDefinition/<fhir id>`, or without a base the URN
 * `urn:microneedling-planner:plan-definition:<protocol id>`.
 * @internal
 */
export function planDefinitionUrl(protocolId: string, canonicalBase: string | undefined): string {
  return canonicalBase === undefined
    ? `urn:microneedling-planner:plan-definition:${protocolId}`
    : `${canonicalBase}/PlanDefinition/${fhirIdOf(protocolId)}`;
}

/**
 * `<canonicalBase>/ActivityDefinition/<fhir id>-session`, or without a base the URN
 * `urn:microneedling-planner:activity-definition:<protocol id>:session`.
 * @internal
 */
export function activityDefinitionUrl(protocolId: string, canonicalBase: string | undefined): string {
  return canonicalBase === undefined
    ? `urn:microneedling-planner:activity-definition:${protocolId}:session`
    : `${canonicalBase}/ActivityDefinition/${fhirIdOf(protocolId)}-session`;
}
