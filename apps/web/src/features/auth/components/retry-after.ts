/** "Try again in about 3 minutes." from a 429's Retry-After, or nothing when the server did not say. */
export function waitMessage(seconds: number | undefined): string | undefined {
  if (seconds === undefined) return undefined;
  if (seconds < 60) return 'Try again in a minute.';
  const minutes = Math.ceil(seconds / 60);
  return `Try again in about ${minutes} minutes.`;
}
