import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  length: number,
) => Promise<Buffer>;
const KEY_LENGTH = 64;

/**
 * scrypt runs on libuv's thread pool (4 threads), which file reads and writes share: a burst of
 * sign-ins would otherwise take every thread and stall uploads behind it. Two at a time leaves
 * room; the rest wait their turn.
 */
const MAX_HASHES_AT_ONCE = 2;
let hashesRunning = 0;
const waitingForHash: Array<() => void> = [];

async function scryptInTurn(password: string, salt: Buffer, length: number): Promise<Buffer> {
  if (hashesRunning >= MAX_HASHES_AT_ONCE) {
    await new Promise<void>((resolve) => waitingForHash.push(resolve));
  } else {
    hashesRunning += 1;
  }
  try {
    return await scryptAsync(password, salt, length);
  } finally {
    const next = waitingForHash.shift();
    if (next) next();
    else hashesRunning -= 1;
  }
}

/** `scrypt$<salt>$<hash>`, both base64; node:crypto's scrypt with its default cost (N=16384). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptInTurn(password, salt, KEY_LENGTH);
  return `scrypt$${salt.toString("base64")}$${hash.toString("base64")}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  const actual = await scryptInTurn(password, Buffer.from(salt, "base64"), expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let unusableHash: Promise<string> | undefined;

/**
 * A real hash of a random password nobody knows: checking a password against it costs what a real
 * check costs, so an unknown account answers no faster than a wrong password does.
 */
export function hashOfNoPassword(): Promise<string> {
  unusableHash ??= hashPassword(randomBytes(32).toString("base64"));
  return unusableHash;
}
