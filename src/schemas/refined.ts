/**
 * Attaches a named refinement (src/models/refinements.ts) to a zod schema, so that zod runs it
 * and the generator of the root entry's checks can name it.
 *
 * @module
 * @internal
 */
import * as z from "zod";
import { REFINEMENTS, type Refinement, type RefinementName } from "../models/refinements.js";

/** Which refinement a schema runs, for the generator. @internal */
export const refinementRegistry = z.registry<{ refinement: RefinementName }>();

/**
 * `schema` with the named refinement: run after its own checks, reporting each issue with its
 * code in `params.code`.
 * @internal
 */
export function refined<T extends z.ZodType>(schema: T, name: RefinementName): T {
  const run = REFINEMENTS[name] as Refinement;
  const result = schema.superRefine((value, context) => {
    run(value as never, (code, path, message, input) => {
      context.addIssue({ code: "custom", path: [...path], message, input, params: { code } });
    });
  }) as T;
  refinementRegistry.add(result as z.ZodType, { refinement: name });
  return result;
}
