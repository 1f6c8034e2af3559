/**
 * When a relationship holds: a dated relationship (`validFrom` / `validTo`, either may be absent)
 * holds on a day within its bounds; one without dates always holds. The one place the rule is
 * printed.
 */

/** `r` holds on the day `on` (a parameter or expression). */
export const validAt = (r: string, on: string) => `(${r}.validFrom IS NULL OR ${r}.validFrom <= ${on}) AND (${r}.validTo IS NULL OR ${r}.validTo >= ${on})`;

/** `r` holds on `$asOf`, when given (null: any day). */
export const validOn = (r: string) => `($asOf IS NULL OR (${validAt(r, '$asOf')}))`;

/**
 * `r` holds on `$asOf` when `$dated`: for statements whose parameters must keep one type whatever
 * the request (a null `$asOf` would be another plan), so `$asOf` is always a date string.
 */
export const validOnIfDated = (r: string) => `(NOT $dated OR (${validAt(r, '$asOf')}))`;
