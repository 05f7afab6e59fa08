/** The paper a résumé's language implies: Letter where its region prints on Letter, A4 elsewhere. */
import type { Paper } from './types.js';

// Regions whose offices print on US Letter (CLDR's paper-size data); everywhere else uses A4.
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PA', 'DO', 'PR', 'SV', 'NI', 'BZ']);

/**
 * Letter or A4 for the BCP 47 tag `lang`. A tag without a region takes its most likely one
 * (`en` → US, `es` → ES, `pt` → BR), so `en` keeps Letter and `de` gets A4.
 */
export function paperForLanguage(lang: string): Paper {
  let region: string | undefined;
  try {
    region = new Intl.Locale(lang).maximize().region;
  } catch {
    region = undefined;
  }
  return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}
