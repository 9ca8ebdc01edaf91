/**
 * `microneedling-planner/messages/es`: the Spanish message layer. Pass `spanishMessages` as the
 * `messages` option of the planning functions and the exports; results keep their codes.
 *
 * @module messages/es
 */
export { spanishMessages } from "./messages/es.js";
