/**
 * The plain-data form of a schema that the root entry checks input with. It is generated from
 * the zod schemas (`npm run generate` writes `generated.ts`), so the two never disagree; a
 * differential property test proves they accept the same inputs and report the same issues.
 *
 * @module
 * @internal
 */
import type { RefinementName } from "../models/refinements.js";

/** A string of bounded length, optionally matching a pattern (`message` says what is expected). @internal */
export interface StringNode {
  readonly k: "string";
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: RegExp;
  readonly message?: string;
}
/** A real calendar date `YYYY-MM-DD` from 1900 to `maxYear`. @internal */
export interface DateNode {
  readonly k: "date";
  readonly maxYear: number;
}
/** An integer, optionally bounded. @internal */
export interface IntNode {
  readonly k: "int";
  readonly min?: number;
  readonly max?: number;
}
/** A finite number, optionally bounded. @internal */
export interface NumberNode {
  readonly k: "number";
  readonly min?: number;
  readonly max?: number;
}
/** `true` or `false`. @internal */
export interface BooleanNode {
  readonly k: "boolean";
}
/** One of fixed values. @internal */
export interface EnumNode {
  readonly k: "enum";
  readonly values: readonly (string | number)[];
}
/** An array of bounded length, then an optional refinement. @internal */
export interface ArrayNode {
  readonly k: "array";
  readonly item: Node;
  readonly min?: number;
  readonly max?: number;
  readonly refine?: RefinementName;
}
/** An object with exactly these keys (unknown keys are issues), then an optional refinement. @internal */
export interface ObjectNode {
  readonly k: "object";
  readonly fields: Readonly<Record<string, Node>>;
  readonly refine?: RefinementName;
}
/** A value that may be absent (`undefined`). @internal */
export interface OptionalNode {
  readonly k: "optional";
  readonly item: Node;
}
/** A union of objects told apart by the value of `key`. @internal */
export interface DiscriminatedNode {
  readonly k: "discriminated";
  readonly key: string;
  readonly options: Readonly<Record<string, Node>>;
}
/** The first of several nodes that accepts the value. @internal */
export interface UnionNode {
  readonly k: "union";
  readonly options: readonly Node[];
}
/** An object with any string keys, each value passing `item`. @internal */
export interface RecordNode {
  readonly k: "record";
  readonly item: Node;
}
/** A value checked by a named refinement alone. @internal */
export interface CustomNode {
  readonly k: "custom";
  readonly refine: RefinementName;
}

/** Any node. @internal */
export type Node =
  | StringNode
  | DateNode
  | IntNode
  | NumberNode
  | BooleanNode
  | EnumNode
  | ArrayNode
  | ObjectNode
  | OptionalNode
  | DiscriminatedNode
  | UnionNode
  | RecordNode
  | CustomNode;
