import * as z from "zod";
import { SOURCE_IDS, type SourceId } from "../models/source-ids.js";

/**
 * The values of the source-id enum, each id mapped to itself: what `z.enum(SOURCE_IDS)` infers,
 * under a name, so that the declaration files name it instead of spelling out every source id at
 * each of the hundred-odd places that list sources (`schemas.d.ts` 416 kB to 128 kB).
 * @internal
 */
export type SourceIdValues = { [K in SourceId]: K };

/**
 * One source id (SOURCE_IDS; citations in SOURCE_CATALOGUE), shared by every schema that lists
 * sources: JSON Schema defines it once, as `SourceId`. @internal
 */
export const sourceIdSchema: z.ZodEnum<SourceIdValues> = z
  .enum(SOURCE_IDS)
  .meta({ id: "SourceId", description: "A source id (SOURCE_IDS; citations in SOURCE_CATALOGUE)." });
