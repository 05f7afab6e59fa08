/** A place as written (`Berlin, Deutschland`, `Austin, TX`) as JSON Resume's location object. */
import { countryCode, US_STATES } from '../../model/country-code.js';

/** JSON Resume's `basics.location`. */
export type Location = { [key in 'address' | 'city' | 'region' | 'countryCode']?: string };

/**
 * The fields of a place, where the text tells them apart: a country by its name in any résumé
 * language, a US state by its postal code. Anything else stays whole: a place with digits is a
 * street address, and a place it cannot take apart is the city as written.
 */
export function locationOf(text: string): Location {
  // Why: a place as written is a city ("London, UK"); one with digits is a street address.
  if (/\d/.test(text)) return { address: text };
  const parts = text.split(/\s*,\s*/).filter(Boolean);
  const last = parts.at(-1) ?? '';
  // Why first: "Portland, ME" is far more often Maine than Montenegro.
  if (parts.length >= 2 && US_STATES.has(last)) return { city: parts.slice(0, -1).join(', '), region: last, countryCode: 'US' };
  const country = countryCode(last);
  if (!country) return { city: text };
  const [city, ...region] = parts.slice(0, -1);
  return { city, region: region.length > 0 ? region.join(', ') : undefined, countryCode: country };
}
