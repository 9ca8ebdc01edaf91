/**
 * `microneedling-planner/fhir`: FHIR R4 CarePlan export of treatment plans, and the protocol as a
 * PlanDefinition with the ActivityDefinition of a session (plain JSON).
 *
 * @module
 */
export {
  type FhirCarePlan,
  type FhirCarePlanActivity,
  type FhirPeriod,
  type ToFhirCarePlanOptions,
  toFhirCarePlan,
} from "./interop/fhir.js";
export {
  type FhirActivityDefinition,
  type FhirMonths,
  type FhirPlanCondition,
  type FhirPlanDefinition,
  type FhirPlanDefinitionAction,
  type FhirPlanDefinitionBundle,
  type FhirRepeatTiming,
  type ToFhirPlanDefinitionOptions,
  toFhirPlanDefinition,
} from "./interop/fhir-plan-definition.js";
