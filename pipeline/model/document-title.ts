/** Tells a document title (`# Resume`, `# Lebenslauf`, `# my-cv`) from a person's name. */

// Lower-cased, accents kept: each names the document, never a person.
const TITLES = new Set([
  'resume', 'résumé', 'resumé', 'cv', 'c.v.', 'curriculum vitae', 'curriculum vitæ', 'curriculum', 'vita', 'lebenslauf',
  'currículum', 'currículum vitae', 'curriculo', 'currículo', 'curriculo vitae', 'currículo vitae', 'hoja de vida',
  'levensloop', 'życiorys', 'europass', 'cv europass', 'curriculum vitae europass', 'meritförteckning', 'my resume', 'my cv', 'résumé / cv', 'resume / cv',
  // A site's page titles, as front matter `title:` gives them.
  'about', 'about me', 'home',
  '简历', '個人簡歷', '个人简历', '個人履歷', '履歷', '履歴書', '職務経歴書', '이력서',
]);
// A file-name slug: `my-cv`, `resume-2024`, `cv_en`.
const SLUG = /^(?:[a-z0-9]+[-_])*(?:resume|cv|vita)(?:[-_][a-z0-9]+)*$/;

/** Whether `text` (a heading's plain text) is the document's title rather than the name. */
export function isDocumentTitle(text: string): boolean {
  const words = text.toLowerCase().replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, '').trim();
  return TITLES.has(words) || SLUG.test(words);
}

/** `text` without a document title before it (`CV Camille Roussel`, `Resume - Jane Doe` → the name); `text` itself when none. */
export function withoutDocumentTitle(text: string): string {
  const words = text.trim().split(/\s+/u);
  for (let count = Math.min(3, words.length - 1); count >= 1; count -= 1) {
    const rest = words.slice(count).join(' ').replace(/^[-–—:|·,]\s*/u, '');
    if (isDocumentTitle(words.slice(0, count).join(' ').replace(/[:,]$/u, '')) && rest !== '') return rest;
  }
  return text;
}
