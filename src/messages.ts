/**
 * `microneedling-planner/messages`: the English message layer. Results from the root entry
 * carry codes and parameters; pass `englishMessages` as the `messages` option to add English
 * text, or write your own `Messages` for another language.
 *
 * @module
 */
export { englishMessages } from "./messages/en.js";
