/**
 * `T` with every property and array readonly, all the way down. Functions take their
 * inputs as `DeepReadonly<…>`: they never change them, so frozen objects and `as const`
 * literals are accepted as well as plain ones.
 *
 * @category Models
 */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
