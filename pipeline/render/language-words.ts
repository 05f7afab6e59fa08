/**
 * The only words this tool writes into a résumé itself, in the résumé's language: the name of the
 * document (the title of every format: `Erika Mustermann — Lebenslauf`) and the label of the
 * summary for screen readers. Everything else in a résumé is the author's, as written.
 * Why a table: Intl names languages, regions and months, not documents; dates are never
 * rewritten, so no month name is ever written by the tool.
 */
import { primaryLanguage } from '../model/language.js';

interface LanguageWords {
  /** What the document is called: the second half of its title. */
  document: string;
  /** The accessible name of the summary section. */
  summary: string;
}

const ENGLISH: LanguageWords = { document: 'Résumé', summary: 'Summary' };

// Keyed by primary language subtag; the words a résumé in that language is titled and headed with.
const WORDS: Record<string, LanguageWords> = {
  en: ENGLISH,
  de: { document: 'Lebenslauf', summary: 'Kurzprofil' },
  fr: { document: 'CV', summary: 'Profil' },
  es: { document: 'Currículum', summary: 'Resumen' },
  it: { document: 'Curriculum', summary: 'Profilo' },
  pt: { document: 'Currículo', summary: 'Resumo' },
  nl: { document: 'Cv', summary: 'Profiel' },
  pl: { document: 'CV', summary: 'Podsumowanie' },
  sv: { document: 'CV', summary: 'Sammanfattning' },
  ru: { document: 'Резюме', summary: 'О себе' },
  uk: { document: 'Резюме', summary: 'Про себе' },
  ja: { document: '履歴書', summary: '概要' },
  zh: { document: '简历', summary: '简介' },
  ko: { document: '이력서', summary: '요약' },
  ar: { document: 'السيرة الذاتية', summary: 'نبذة' },
  he: { document: 'קורות חיים', summary: 'תקציר' },
  fa: { document: 'رزومه', summary: 'خلاصه' },
  ur: { document: 'سوانحی خاکہ', summary: 'خلاصہ' },
};

/** The tool's words for `lang` (a BCP 47 tag); English for a language the table lacks. */
export function languageWords(lang: string): LanguageWords {
  const primary = primaryLanguage(lang);
  // Why: Traditional Chinese (zh-TW, zh-Hant) writes 简历 as 簡歷, 简介 as 簡介.
  if (primary === 'zh' && /-(hant|tw|hk|mo)\b/i.test(lang)) return { document: '簡歷', summary: '簡介' };
  return Object.hasOwn(WORDS, primary) ? WORDS[primary]! : ENGLISH;
}
