/**
 * `microneedling-planner/cds-hooks`: CDS Hooks 2.0 cards from eligibility results and booking
 * checks, and the discovery document of the services (plain JSON, no server).
 *
 * @module
 */
export {
  CDS_OVERRIDE_REASON_SYSTEM,
  type CdsCard,
  type CdsCoding,
  type CdsDiscovery,
  type CdsHooksDiscoveryOptions,
  type CdsHooksResponse,
  type CdsService,
  type CdsSource,
  cdsHooksDiscovery,
  type ToCdsCardsOptions,
  toBookingCheckCards,
  toEligibilityCards,
} from "./interop/cds-hooks.js";
export type { CdsMessages, CdsOverrideReason, CdsServiceId } from "./models/messages.js";
