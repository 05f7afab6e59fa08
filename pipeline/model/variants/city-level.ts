/**
 * A place cut to city level for a public edition: `12 Main St, Springfield, IL 62704` →
 * `Springfield, IL`. Only a place with a recognisable street part is cut; any other stays as written.
 */

// Street words after a street's name (`Main St`, not `St. Louis`); the German ones also end a compound (`Hauptstraße`).
const STREET_WORD = /\S\s+(?:st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|dr|drive|way|ct|court|pl|place|terrace|hwy|highway|apt|suite|unit|floor|rue|chemin|calle|avenida|via|viale|piazza|rua|straat|laan|plein|gatan|vägen|gata|vei|ulica|ul)(?:$|[\s.])/iu;
const STREET_SUFFIX = /\p{L}(?:straße|strasse|str\.|weg|gasse|platz|allee|gatan|vägen|straat|laan|gade|vej)(?:\s|$)/iu;
// A house number before at least two words (`1600 Pennsylvania Avenue`) or after a street name (`Hauptstraße 5`), or `#12`.
const HOUSE_NUMBER = /^\d+[a-z]?\s+\p{L}+\s+\p{L}|^\p{L}{3,}[\p{L} .-]*\s\d{1,4}[a-z]?$|#\s*\d/iu;
// US ZIP, most European postal codes and UK postcodes.
const POSTAL_CODE = /\b(?:\d{5}-\d{4}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|(?:[A-Z]{1,2}-)?\d{4,6})\b/g;

/** `place` without its street and postal code; null when nothing but the street is left; `place` itself when no street part is found. */
export function cityLevel(place: string): string | null {
  const parts = place.split(',').map((part) => part.trim());
  const isStreet = parts.map((part) => STREET_WORD.test(part) || STREET_SUFFIX.test(part) || HOUSE_NUMBER.test(part));
  const lastStreet = isStreet.lastIndexOf(true);
  if (lastStreet < 0) return place;
  const rest = parts
    .slice(lastStreet + 1)
    .map((part) => part.replace(POSTAL_CODE, '').replace(/\s{2,}/g, ' ').trim())
    .filter(Boolean);
  return rest.length > 0 ? rest.join(', ') : null;
}
