/**
 * The document's language in a DOCX: the `w:lang` of its default run (Latin, East Asian and
 * complex-script slots), and the parts docx cannot write: `dc:language` in the core properties
 * and `w:bidi` on the section of a right-to-left document.
 */
import type { IRunStylePropertiesOptions } from 'docx';
import { strFromU8, strToU8, type Unzipped } from 'fflate';
import { isEastAsian, isRightToLeft } from '../../model/language.js';

/**
 * `w:lang` for `lang`: its tag for Latin text, and for the East Asian or the complex-script slot
 * when it is written in such a script, so Word spell-checks and hyphenates (and picks fonts for)
 * each class of characters in the résumé's language.
 */
export function runLanguage(lang: string): NonNullable<IRunStylePropertiesOptions['language']> {
  return { value: lang, ...(isEastAsian(lang) ? { eastAsia: lang } : {}), ...(isRightToLeft(lang) ? { bidirectional: lang } : {}) };
}

/**
 * Write `lang` into the packed parts `files`: `<dc:language>` in docProps/core.xml, and `<w:bidi/>`
 * in the section properties of a right-to-left document (its page and columns run right to left).
 * Why here: docx 9.15 has no option for either, and the package is unzipped anyway to be made
 * reproducible (make-reproducible.ts).
 */
export function writeLanguage(files: Unzipped, lang: string): void {
  edit(files, 'docProps/core.xml', (xml) => xml.replace('</cp:coreProperties>', `<dc:language>${escapeXml(lang)}</dc:language></cp:coreProperties>`));
  if (!isRightToLeft(lang)) return;
  // ECMA-376 §17.6: `w:bidi` follows `w:titlePg` and `w:textDirection` and comes before `w:docGrid`.
  edit(files, 'word/document.xml', (xml) =>
    xml.replace(/(<w:sectPr\b[^>]*>)([\s\S]*?)(<w:docGrid\b|<\/w:sectPr>)/g, (_all, open: string, inside: string, next: string) => `${open}${inside}<w:bidi/>${next}`),
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function edit(files: Unzipped, path: string, change: (xml: string) => string): void {
  if (files[path]) files[path] = strToU8(change(strFromU8(files[path]!)));
}
