/*
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then 12 bits of a counter (the RFC's
 * "method 3", so ids from one process strictly increase even within a millisecond), then 62
 * random bits. Time-ordered ids keep a new lead's primary-key entry at the right edge of its
 * workspace's range instead of on a random page; and an id the app proposes tells an upsert's
 * insert from its update (ON CONFLICT DO UPDATE keeps the existing row's id).
 */

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));
const MAX_COUNTER = 0xfff;
/** One random byte seeds the counter, eight fill the random tail (two variant bits replace two). */
const BYTES_PER_ID = 9;
/** A new millisecond starts the counter at a random point in its lower half, leaving room to count. */
const COUNTER_START_RANGE = 0x800;

let lastMs = 0;
let counter = 0;

/** getRandomValues fills at most 65,536 bytes a call. */
const RANDOM_FILL_LIMIT = 65_536;

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let at = 0; at < length; at += RANDOM_FILL_LIMIT) {
    crypto.getRandomValues(bytes.subarray(at, at + RANDOM_FILL_LIMIT));
  }
  return bytes;
}

function hexOf(bytes: Uint8Array, from: number, to: number): string {
  let text = "";
  for (let at = from; at < to; at++) text += HEX[bytes[at] as number];
  return text;
}

/** `count` new UUIDv7s as text, each greater than every id this process made before. */
export function newUuidV7s(count: number): string[] {
  const random = randomBytes(count * BYTES_PER_ID);
  const ids = new Array<string>(count);
  for (let index = 0; index < count; index++) {
    const at = index * BYTES_PER_ID;
    const now = Date.now();
    if (now > lastMs) {
      lastMs = now;
      counter = ((random[at] as number) << 3) % COUNTER_START_RANGE;
    } else if (++counter > MAX_COUNTER) {
      // More than the counter holds in one millisecond: borrow the next one.
      lastMs += 1;
      counter = 0;
    }
    const time = lastMs.toString(16).padStart(12, "0");
    // Variant bits 10 in the top of byte 8.
    const variant = HEX[((random[at + 1] as number) & 0x3f) | 0x80];
    ids[index] =
      `${time.slice(0, 8)}-${time.slice(8)}-7${counter.toString(16).padStart(3, "0")}-` +
      `${variant}${hexOf(random, at + 2, at + 3)}-${hexOf(random, at + 3, at + 9)}`;
  }
  return ids;
}
