/** What a résumé's language (its BCP 47 tag) implies for setting its text: direction, script class, hyphenation. */

// Scripts written right to left (Unicode's Bidi_Class R and AL scripts in use today).
const RIGHT_TO_LEFT_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);
// Scripts Word sets with its East Asian fonts and language (`w:eastAsia`).
const EAST_ASIAN_SCRIPTS = new Set(['Hani', 'Hans', 'Hant', 'Jpan', 'Kore', 'Hang', 'Hira', 'Kana']);
// Alphabets whose words run long and break at syllables; other scripts (CJK, Thai, Arabic) are not hyphenated.
const HYPHENATED_SCRIPTS = new Set(['Latn', 'Cyrl', 'Grek']);

/** The primary language subtag of `lang`, in lower case (`de-CH` → `de`). */
export function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0]!;
}

/**
 * The script `lang` is written in: its own (`az-Arab`), else the language's most likely one
 * (`ar` → Arab, `ja` → Jpan, `de` → Latn); null for a tag Intl cannot read.
 */
export function scriptOf(lang: string): string | null {
  try {
    return new Intl.Locale(lang).maximize().script ?? null;
  } catch {
    return null;
  }
}

/** Whether `lang` is written right to left: Arabic, Hebrew, Persian, Urdu and the other tags in those scripts. */
export function isRightToLeft(lang: string): boolean {
  return RIGHT_TO_LEFT_SCRIPTS.has(scriptOf(lang) ?? '');
}

/** Whether `lang` is written in Chinese, Japanese or Korean script. */
export function isEastAsian(lang: string): boolean {
  return EAST_ASIAN_SCRIPTS.has(scriptOf(lang) ?? '');
}

/**
 * Whether words of `lang` are hyphenated at line ends: alphabets with long words (German, French,
 * Spanish, Russian, Greek), not English. Why not English: English résumés are set ragged-right
 * without hyphens, the convention recruiters expect, and an English keyword stays whole.
 */
export function hyphenates(lang: string): boolean {
  return primaryLanguage(lang) !== 'en' && HYPHENATED_SCRIPTS.has(scriptOf(lang) ?? '');
}
