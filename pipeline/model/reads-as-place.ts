/** Tells whether a short text names a place: `Portland, OR`, `Finland`, `Bologna (IT)`, `Remote`. */
import { countryCode, US_STATES } from './country-code.js';
import { hasOrganizationWord } from './job-title-words.js';

// Ways of working that stand where a place would: `*Remote*`, `(Hybrid)`.
const WORK_PLACES = new Set(['remote', 'hybrid', 'onsite', 'on-site', 'on site', 'vor ort', 'télétravail', 'teletravail', 'remoto', 'híbrido', 'hibrido', 'ibrido', 'hybride', 'zdalnie', 'thuiswerk']);
// A capitalised place word: `Newark`, `São`, `Köln`; short joining words may stand between them.
const PLACE_WORDS = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|do|del|am|an|der|sur|upon|on))*$/u;

/**
 * Whether `text` reads as a place: a way of working (`Remote`), a country or its code (`Estonia`,
 * `IT`, `Finland.`), a place with its country or state and no comma (`Bologna (IT)`, `Pittsburgh PA`), or two capitalised place names (`Newark, NJ`, `State College, PA`); three such names with no known region last are more often a list (`Mathematics, Vision, Learning`).
 */
export function readsAsPlace(text: string): boolean {
  // Why: `Kansai Devices Co., Ltd.` has the shape of `Newark, NJ`, but a legal form names a company.
  if (hasOrganizationWord(text)) return false;
  const parts = text.trim().replace(/(?<=\p{Ll})\.$/u, '').split(/\s*,\s*/u).filter(Boolean);
  const last = parts.at(-1) ?? '';
  if (namesRegion(last) || regionAfterPlace(last)) return true;
  if (parts.length >= 2 && isStateCode(last)) return true;
  return parts.length === 2 && parts.every((part) => PLACE_WORDS.test(part));
}

/** A place word then its country or state, without a comma: `Bologna (IT)`, `Pittsburgh PA`, `Sendai Japan`. */
function regionAfterPlace(text: string): boolean {
  const match = /^(.+?)\s+(?:\(([\p{L}.]+)\)|([\p{L}.]+))$/u.exec(text);
  if (!match || !PLACE_WORDS.test(match[1]!) || match[1]!.split(/\s+/u).length > 3) return false;
  const [, , bracketed, bare] = match;
  // Why a bare code only for a US state: `Werkstudent IT` is no place in Italy.
  return bracketed ? namesRegion(bracketed) || isStateCode(bracketed) : isStateCode(bare!) || (bare!.length > 3 && namesRegion(bare!));
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
