/**
 * The library's own version, from package.json at build time (tsup and vitest `define` it).
 *
 * @module
 * @internal
 */
declare const __LIBRARY_VERSION__: string;

/** The version of this library, recorded in every plan. @internal */
export const LIBRARY_VERSION: string = __LIBRARY_VERSION__;
