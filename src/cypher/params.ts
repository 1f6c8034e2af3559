/**
 * Parameters of a statement under construction: every value a request gives becomes one (`$w0`,
 * `$w1`, …) and the text holds only its name, so nothing a client typed is spliced into Cypher.
 * `conditions` counts the filter conditions added, for the filter compiler's limit.
 */
export class ParamBag {
  readonly values: Record<string, unknown> = {};
  private next = 0;
  conditions = 0;
  add(value: unknown): string {
    const name = `w${this.next++}`;
    this.values[name] = value;
    return `$${name}`;
  }
}

/** Predicates joined by AND (`true` for none). */
export const and = (parts: string[]) => (parts.length === 0 ? 'true' : parts.length === 1 ? parts[0]! : `(${parts.join(' AND ')})`);
