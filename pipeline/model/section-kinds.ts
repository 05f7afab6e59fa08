/** Which kind of section a title names, in the languages résumés are read in: one table for the model and the renderers. */

/** The kinds of section, in the order of JSON Resume's lists. */
export const KINDS = ['work', 'volunteer', 'education', 'awards', 'certificates', 'publications', 'skills', 'languages', 'interests', 'references', 'projects'] as const;

export type SectionKind = (typeof KINDS)[number];

// Checked in this order against the title in lower case without accents, so "Volunteer work" is
// volunteer, "Programmiersprachen" skills and "Sprachkenntnisse" languages. Titles in the languages
// résumés are read in (issue 12) map like their English names.
const BY_TITLE: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ['volunteer', /volunt|ehrenamt|benevol|volontari|vrijwillig|wolontariat|ideell/],
  ['education', /educa|school|stud(?:y|ies|ium)|academ|degree|universit|qualification|bildung|formation|formacion|formacao|formazione|istruzione|opleiding|wyksztalcenie|edukacja|utbildning|pendidikan|egitim|образовани|hoc van|教育|学历|学歴|학력/],
  ['certificates', /certif|licen[cs]e|zertifi|certyfikat|证书|资格|資格|자격/],
  ['awards', /award|honou?rs?\b|prizes?\b|achievement|auszeichnung|preise?\b|\bprix\b|distinction|premi(?:o|os|\b)|nagrod|utmarkelse|获奖|受賞|수상/],
  ['publications', /publica|publika|pubblica|veroffentlich|talks?\b|speaking|presentation|papers?\b|writing|论文|发表|論文|논문/],
  ['references', /referen/],
  ['skills', /programm|programa[cç]/],
  ['languages', /language|sprach|langues|idiomas|linguas|lingue|\btalen\b|jezyki|sprak|语言|言語|語学|언어|어학/],
  ['skills', /skill|technolog|tools\b|stack|expertise|competen|kompeten|kenntnisse|fahigkeit|habilidad|conocimiento|conhecimento|vaardigheden|umiejetnosci|fardigheter|技能|スキル|技術|기술|스킬/],
  ['projects', /project|projekt|projet|proyecto|projeto|progett|contribution|open[\s-]?source|portfolio|项目|プロジェクト|프로젝트/],
  ['work', /labou?r|experien|work|employment|career|jobs?\b|positions?\b|professional|consult|internships?\b|erfahrung|werdegang|laufbahn|praktik|parcours|trayectoria|esperienz|ervaring|doswiadczenie|erfarenhet|pengalaman|deneyim|опыт|kinh nghiem|工作|实习|职业|经历|職歴|職務|経歴|경력/],
  ['interests', /interes|interet|hobb(?:y|ies|ys)\b|loisir|aficion|zainteresowan|intressen|兴趣|趣味|관심|취미/],
];

/** The kind of section `title` names (`Berufserfahrung` → work), or null when its words name none. */
export function titleKind(title: string): SectionKind | null {
  // Why NFC again: NFD splits Hangul into jamo (`경력`); `ł` has no decomposition (`Wykształcenie`).
  const folded = title.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').replace(/ł/gu, 'l').replace(/Ł/gu, 'L').toLowerCase();
  return BY_TITLE.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}
