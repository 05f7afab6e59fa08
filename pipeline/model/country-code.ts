/** Country names in the résumé languages, and US state codes: the words that say a text is a place. */
import countries from 'i18n-iso-countries/index.js';
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import it from 'i18n-iso-countries/langs/it.json' with { type: 'json' };
import ja from 'i18n-iso-countries/langs/ja.json' with { type: 'json' };
import ko from 'i18n-iso-countries/langs/ko.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import pl from 'i18n-iso-countries/langs/pl.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import sv from 'i18n-iso-countries/langs/sv.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };

// The languages résumés are read in (issue 12); country names in any of them are recognised.
const LOCALES = [en, de, fr, es, pt, it, nl, pl, sv, zh, ja, ko];
const fold = (name: string) => name.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
// Why one map, built once: every part of every header line is looked up, and the package's own
// lookup walks every name of every locale, folding each again, per call.
const CODES = new Map<string, string>();
for (const { countries: names } of LOCALES) {
  for (const [code, name] of Object.entries(names)) {
    for (const written of Array.isArray(name) ? name : [name]) if (!CODES.has(fold(written))) CODES.set(fold(written), code);
  }
}

/** US postal state codes. Why a list of its own: "Austin, TX" names its country only through the state's code. */
export const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' '),
);

/** The ISO 3166-1 alpha-2 code of a country named in any of the résumé languages, or its own code. */
export function countryCode(name: string): string | undefined {
  // Why: "UK" is how people write it, but not an ISO code.
  if (name === 'UK') return 'GB';
  if (/^[A-Z]{2}$/.test(name)) return countries.isValid(name) ? name : undefined;
  return CODES.get(fold(name));
}
