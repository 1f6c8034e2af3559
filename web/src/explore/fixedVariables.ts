/**
 * The variables of the explorer's requests whose shape it fixes, beyond the ids a user picks.
 * Some of them shape the statement the server runs (the number of routes and hops of `paths`,
 * and a single target rather than a filter, are part of its text), so the server's warm-up
 * (src/startup/catalogue.ts) plans each of these as the explorer sends it, not only with the
 * operation's defaults.
 */
export const EXPLORER_REQUESTS = {
  /** Routes between two picked entities: three routes of at most five steps. */
  Paths: (from: string, to: string) => ({ from, to: { id: to }, k: 3, maxHops: 5 }),
} as const satisfies Record<string, (from: string, to: string) => Record<string, unknown>>;
