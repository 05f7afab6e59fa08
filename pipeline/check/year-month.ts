/** Normalised dates (`2019-12`, `2014`, `present`) as numbers, compared as far as both are known. */
import type { YearMonth } from './rule.js';

/** The moment a normalised date names; `present` for a range still going on; null for anything else. */
export function readYearMonth(value: string): YearMonth | 'present' | null {
  if (value === 'present') return 'present';
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  return match ? { year: Number(match[1]), month: match[2] ? Number(match[2]) : null } : null;
}

/**
 * Negative when `a` is before `b`, positive when after, 0 when the same or when only a month
 * would tell (`2019` and `2019-05`). `present` is after every date.
 */
export function compareMoments(a: YearMonth | 'present', b: YearMonth | 'present'): number {
  if (a === 'present' || b === 'present') return (a === 'present' ? 1 : 0) - (b === 'present' ? 1 : 0);
  if (a.year !== b.year) return a.year - b.year;
  return a.month !== null && b.month !== null ? a.month - b.month : 0;
}

/** `2026-05` or `2026`, as dates are normalised. */
export function formatYearMonth(moment: YearMonth): string {
  return moment.month === null ? String(moment.year) : `${moment.year}-${String(moment.month).padStart(2, '0')}`;
}

/** The month of `date` (in UTC, as `SOURCE_DATE_EPOCH` is). */
export function monthOf(date: Date): YearMonth {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}
