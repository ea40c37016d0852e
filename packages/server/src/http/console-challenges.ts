// The console's own requests: their 401s carry no challenge a browser would answer with its own prompt.

/** Sent by the console's own requests: their 401s then carry no Basic challenge (see consoleChallenges). */
export const CONSOLE_HEADER = 'x-latchkey-console';

/**
 * A browser answers a 401 carrying a Basic challenge with its own sign-in prompt, even to a fetch(), and
 * holds the request until someone answers it. The console shows its own sign-in instead, so its requests'
 * 401s keep only the Bearer and apikey challenges, which browsers do not prompt for.
 */
export function consoleChallenges(challenges: string | string[] | number | undefined): string[] | undefined {
  if (challenges === undefined || typeof challenges === 'number') return undefined;
  const list = Array.isArray(challenges) ? challenges : [challenges];
  return list.filter((challenge) => !/^basic\b/i.test(challenge));
}
