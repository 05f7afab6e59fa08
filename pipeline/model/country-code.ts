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
for (const locale of LOCALES) countries.registerLocale(locale);

/** US postal state codes. Why a list of its own: "Austin, TX" names its country only through the state's code. */
export const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' '),
);

/** The ISO 3166-1 alpha-2 code of a country named in any of the résumé languages, or its own code. */
export function countryCode(name: string): string | undefined {
  // Why: "UK" is how people write it, but not an ISO code.
  if (name === 'UK') return 'GB';
  if (/^[A-Z]{2}$/.test(name)) return countries.isValid(name) ? name : undefined;
  for (const locale of LOCALES) {
    const code = countries.getSimpleAlpha2Code(name, locale.locale);
    if (code) return code;
  }
  return undefined;
}
