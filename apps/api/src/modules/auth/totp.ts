import { generate, generateSecret, generateURI, verify } from 'otplib';

/** RFC 6238 codes (30 s steps) accepted one step either side, for phones whose clocks drift a little. */
export async function totpMatches(secret: string, code: string, now: Date): Promise<boolean> {
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: 30,
  });
  return result.valid;
}

export const newTotpSecret = (): string => generateSecret();

export const totpUri = (secret: string, email: string): string =>
  generateURI({ issuer: 'Interlude', label: email, secret });

/** Tests and the demo: the code an authenticator app would show at `now`. */
export const totpAt = (secret: string, now: Date): Promise<string> =>
  generate({ secret, epoch: Math.floor(now.getTime() / 1000) });
