/**
 * Argument checks shared by every module. Each refusal is BAD_USER_INPUT and names the argument
 * (or input path) it is about, so a client can point at the mistake.
 */
import { BadUserInputError } from './errors.js';
import { DATE_FORMAT_HINT, dateBounds, isPartialDate, isPeriod, periodBounds } from './model/dates.js';

/** Ids are short by construction; anything longer is not an id, so say so instead of searching. */
export const MAX_ID_LENGTH = 256;

export function checkId(id: string, argument: string): void {
  if (id.length === 0 || id.length > MAX_ID_LENGTH) {
    throw new BadUserInputError(`"${argument}" must be an id of 1 to ${MAX_ID_LENGTH} characters, like "country:CN".`, argument);
  }
}

/** A whole number from min to max. */
export function checkRange(value: number, argument: string, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) throw new BadUserInputError(`"${argument}" must be between ${min} and ${max}.`, argument);
}

/** A page size: a whole number from 0 to max. */
export function checkFirst(first: number, argument: string, max: number): void {
  checkRange(first, argument, 0, max);
}

/** A (partial) date that exists in the calendar, or null when not given. */
export function checkDate(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined) return null;
  if (!isPartialDate(value)) throw new BadUserInputError(`"${argument}" must be ${DATE_FORMAT_HINT}.`, argument);
  return value;
}

/** A range bound given as a date (2025-06-01) or a period (2025-06, 2025-H1): its first or last day. */
export function checkPeriodOrDate(value: string | null | undefined, argument: string, edge: 'start' | 'end'): string | null {
  if (value === null || value === undefined) return null;
  if (!isPeriod(value) && !isPartialDate(value)) throw new BadUserInputError(`"${argument}" must be a period (2025, 2025-H1, 2025-Q2, 2025-06, 2025-01/2025-04) or a date (2025-06-30).`, argument);
  const bounds = /-[HQ]|\//.test(value) ? periodBounds(value) : dateBounds(value);
  return bounds[edge];
}

/** `to` not before `from` (both already checked). */
export function checkOrder(from: string | null, to: string | null, shown: { from: string; to: string }): void {
  if (from && to && to < from) throw new BadUserInputError(`"to" (${shown.to}) is before "from" (${shown.from}).`, 'to');
}
