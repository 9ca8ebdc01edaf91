/**
 * Name-based UUIDs from a small pure hash: the same text always gives the same UUID.
 *
 * @module
 * @internal
 */

/** FNV-1a offset bases of the four 32-bit lanes (the standard one, then three others). */
const SEEDS = Object.freeze([0x811c9dc5, 0x050c5d1f, 0x2b1a6e8d, 0x9e3779b9]);

/**
 * A UUID (RFC 9562 version 8, "custom") named by `text`: four FNV-1a lanes over its UTF-16 units,
 * each lane seeded differently and mixed with the lane before it, so that 128 bits depend on every
 * unit. Deterministic, no clock, no randomness; not a cryptographic hash (nothing here is secret).
 * @internal
 */
export function nameUuid(text: string): string {
  const lanes = SEEDS.map((seed, lane) => {
    let hash = seed;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    // final avalanche (murmur3 fmix32), salted by the lane
    hash ^= lane;
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x85ebca6b) >>> 0;
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
    hash ^= hash >>> 16;
    return hash >>> 0;
  });
  const hex = lanes.map((lane) => lane.toString(16).padStart(8, "0")).join("");
  // version 8 in the 13th digit, variant 10xx in the 17th
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
