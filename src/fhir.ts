/**
 * `microneedling-planner/fhir`: FHIR R4 CarePlan export of treatment plans (plain JSON).
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
