/**
 * The brute-force reference the `paths` tests compare with: every cycle-free route (a sequence of
 * entities, parallel relationships one step) from `from` to `to` of at most `maxHops` steps.
 * `next(route)` lists the entities a route may step to from its last one.
 */
export function cycleFreeRoutes(from: string, to: string, maxHops: number, next: (route: string[]) => Iterable<string>): string[][] {
  const found: string[][] = [];
  const walk = (route: string[]) => {
    const last = route.at(-1)!;
    if (last === to) return void found.push(route);
    if (route.length > maxHops) return;
    for (const n of next(route)) if (!route.includes(n)) walk([...route, n]);
  };
  walk([from]);
  return found;
}
