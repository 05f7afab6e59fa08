/** Tells whether a short text names a place: `Portland, OR`, `Finland`, `Bologna (IT)`, `Remote`. */
import { countryCode, US_STATES } from './country-code.js';

// Ways of working that stand where a place would: `*Remote*`, `(Hybrid)`.
const WORK_PLACES = new Set(['remote', 'hybrid', 'onsite', 'on-site', 'on site', 'vor ort', 'télétravail', 'teletravail', 'remoto', 'híbrido', 'hibrido', 'ibrido', 'hybride', 'zdalnie', 'thuiswerk']);
// A capitalised place word: `Newark`, `São`, `Köln`; short joining words may stand between them.
const PLACE_WORDS = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|do|del|am|an|der|sur|upon|on))*$/u;

/**
 * Whether `text` reads as a place: a way of working (`Remote`), a country or its code (`Estonia`,
 * `IT`), or capitalised place words with a comma (`Newark, NJ`, `State College, PA`).
 */
export function readsAsPlace(text: string): boolean {
  const parts = text.trim().split(/\s*,\s*/u).filter(Boolean);
  const last = parts.at(-1) ?? '';
  if (namesRegion(last)) return true;
  if (parts.length >= 2 && isStateCode(last)) return true;
  return parts.length >= 2 && parts.length <= 3 && parts.every((part) => PLACE_WORDS.test(part));
}

/** Whether `text` alone names a country (`Estonia`, `IT`) or a way of working (`Remote`). */
export function namesRegion(text: string): boolean {
  const trimmed = text.trim();
  return WORK_PLACES.has(trimmed.toLowerCase()) || countryCode(trimmed) !== undefined;
}

/** Whether `text` is a US state's postal code (`NJ`), which names a place after a city. */
export function isStateCode(text: string): boolean {
  return US_STATES.has(text.trim());
}
