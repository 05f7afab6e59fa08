/** Which section titles applicant tracking systems read as work experience or education, and what to suggest instead. */
import { hasRoleWord } from '../model/job-title-words.js';
import { titleKind } from '../model/section-kinds.js';
import { plainText } from '../model/split-inline.js';
import type { Entry, Resume } from '../model/types.js';
import { readsAsEnglish } from './reads-as-english.js';

/** The kinds of section a parser must find by their titles. */
export type AtsKind = 'work' | 'education';

// Titles a parser finds a section by, in the résumé's language (by its primary subtag); English otherwise.
const USUAL_TITLES: Record<string, Record<AtsKind, readonly string[]>> = {
  en: { work: ['Experience', 'Work Experience', 'Professional Experience'], education: ['Education'] },
  de: { work: ['Berufserfahrung', 'Berufliche Erfahrung'], education: ['Ausbildung', 'Bildung'] },
  fr: { work: ['Expérience professionnelle', 'Expériences'], education: ['Formation'] },
  es: { work: ['Experiencia laboral', 'Experiencia profesional'], education: ['Educación', 'Formación'] },
  pt: { work: ['Experiência profissional'], education: ['Formação acadêmica', 'Educação'] },
  it: { work: ['Esperienza lavorativa', 'Esperienze professionali'], education: ['Istruzione', 'Formazione'] },
  nl: { work: ['Werkervaring'], education: ['Opleiding'] },
};

// Titles section-kinds.ts reads as work (it reads generously, for rendering) that parsers do not look for.
const INFORMAL_WORK = /\blabou?rs?\b|\bgigs?\b/u;
// Titles parsers know that section-kinds.ts names no kind for: internships and other usual sections that
// hold dated entries (activities, courses), in the languages of the usual titles above.
const OTHER_KNOWN = /intern(?:ship|at)|praktik|\bstages?\b|pasantia|estagio|tirocini|laufbahn|activit|extracurricular|leadership|involvement|course|training|workshop|membership|affiliation/u;
// Degrees and schools: what an entry of an education section names.
const DEGREE = /\b(?:b\.?\s?sc|m\.?\s?sc|b\.?\s?a|m\.?\s?a|b\.?\s?eng|m\.?\s?eng|mba|ph\.?\s?d|bachelor|master|diplom|diploma|degree|doctorate|abitur|licenciatura|laurea|magister|student|studies|studium)\b/iu;
// Schools by the kind of institution, where section-kinds.ts's education words do not reach.
const SCHOOL = /politechni|polytechn|college|institut|hochschule|gymnas|lycee|ecole|escuela|escola|liceo/u;

/** The usual titles of `kind` in `language` (a primary language subtag that `titleLanguage` gave). */
export function usualTitles(kind: AtsKind, language: string): readonly string[] {
  return (USUAL_TITLES[language] ?? USUAL_TITLES.en!)[kind];
}

/**
 * What a parser needs a section to be, when its title does not say so: work or education, judged by its
 * entries (degrees and schools, else jobs), for a title that names no kind of section (`Stuff I did`) or
 * only an informal word for work (`Labor`). Null when the title is one a parser reads (`Experience`,
 * `Projects`, `Internships`) or the section holds no entry.
 */
export function unrecognisedKind(title: string | null, entries: readonly Entry[]): AtsKind | null {
  if (entries.length === 0) return null;
  const kind = title === null ? null : titleKind(title);
  if (kind === 'work') return INFORMAL_WORK.test(fold(title!)) ? 'work' : null;
  if (kind !== null || (title !== null && OTHER_KNOWN.test(fold(title)))) return null;
  const schooling = entries.filter(isEducation).length;
  return schooling * 2 > entries.length ? 'education' : 'work';
}

/**
 * The language whose usual titles a résumé's titles are judged by: its front matter `lang` when there
 * are usual titles for it, else English when its words read as English; null when neither, and then an
 * unknown title may well be a usual one in a language not held here (`Pengalaman Kerja`).
 */
export function titleLanguage(resume: Resume): string | null {
  if (resume.metaPlaces.lang) {
    const language = resume.meta.lang.split('-')[0]!.toLowerCase();
    return Object.hasOwn(USUAL_TITLES, language) ? language : null;
  }
  return readsAsEnglish(resume) ? 'en' : null;
}

/** Lower case, without accents. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** An entry that names a degree or a school rather than a job. */
function isEducation(entry: Entry): boolean {
  const role = entry.role ? plainText(entry.role) : '';
  const organization = entry.organization ? plainText(entry.organization) : '';
  if (DEGREE.test(role) || DEGREE.test(organization)) return true;
  return (titleKind(organization) === 'education' || SCHOOL.test(fold(organization))) && !hasRoleWord(role);
}
