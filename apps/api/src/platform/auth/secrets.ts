import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** Argon2id with the OWASP parameters: 19 MiB, 2 passes, 1 lane. */
const ARGON2 = {
  algorithm: 2 /* Algorithm.Argon2id (a const enum) */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2);

export async function verifyPassword(hashed: string | null, password: string): Promise<boolean> {
  // Verify against a throwaway hash when there is none, so an unknown account takes as long as a known one.
  const target = hashed ?? (await dummyHash);
  try {
    return (await verify(target, password)) && hashed !== null;
  } catch {
    return false;
  }
}
const dummyHash = hash('interlude-timing-equaliser', ARGON2);

/** 256 random bits, URL-safe: session tokens, invitation and reset links. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are stored only as SHA-256 digests (they are random, so a fast hash is enough). */
export const tokenDigest = (token: string): Buffer => createHash('sha256').update(token).digest();
