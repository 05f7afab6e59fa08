/** Words that mark a job title or a degree, and words that mark an organisation, in the résumé languages. */

// Matched at the start of a word: `Engineer`, `Engineering`, `Développeuse`, `Ingeniera`.
const ROLE_PREFIXES = [
  // English
  'engineer', 'developer', 'programmer', 'manager', 'intern(?!at)', 'director', 'analyst', 'scientist', 'lead',
  'consultant', 'professor', 'lecturer', 'student', 'researcher', 'architect', 'designer', 'administrator',
  'assistant', 'associate', 'accountant', 'officer', 'specialist', 'technician', 'writer', 'editor',
  'maintainer', 'contributor', 'founder', 'owner', 'head of', 'vp', 'president', 'cto', 'ceo', 'coordinator',
  'trainee', 'apprentice', 'fellow', 'postdoc', 'teacher', 'tutor', 'advisor', 'adviser', 'executive', 'support',
  // French, Spanish, Portuguese, Italian, Polish
  'développeu', 'ingénieu', 'chef de projet', 'stagiaire', 'administrat', 'chargé', 'responsable', 'directeur',
  'desarrollador', 'ingenier', 'gerente', 'jefe', 'analista', 'practicante', 'becario', 'desenvolvedor',
  'engenheir', 'estágio', 'estagiári', 'cientista', 'assistente', 'sviluppat', 'programmat', 'tecnico',
  'técnico', 'consultor', 'pesquisador', 'investigador', 'docente', 'professeur', 'profesor', 'programist',
  'inżynier', 'kierownik', 'specjalista', 'młodsz',
];
// Matched anywhere. Why: German, Dutch and Swedish write compounds (`Softwareentwicklerin`,
// `Productmanager`), and Chinese, Japanese and Korean write no spaces.
const ROLE_INFIXES = [
  'ingenieur', 'entwickler', 'leiter', 'werkstudent', 'praktikant', 'berater', 'mitarbeiter', 'buchhalter',
  'referent', 'sachbearbeiter', 'ontwikkelaar', 'medewerker', 'manager', 'utvecklare', 'testare', 'ingenjör',
  '工程师', '开发', '经理', '负责人', '实习', '主管', '总监', '架构师', '设计师', 'エンジニア', '開発', 'マネージャー',
  'リーダー', 'プログラマ', '개발자', '엔지니어', '매니저', '인턴',
];

// Degrees read as the role of an education entry; matched as whole words.
const DEGREE_WORDS = [
  'b.sc', 'm.sc', 'bsc', 'msc', 'b.a', 'm.a', 'ba', 'ma', 'b.s', 'm.s', 'bs', 'ms', 'b.eng', 'm.eng', 'beng', 'meng',
  'b.tech', 'm.tech', 'mba', 'ph.d', 'phd', 'dr', 'bachelor', 'master', 'licence', 'licenciatura', 'grado', 'máster',
  'mestrado', 'bacharelado', 'doutorado', 'laurea', 'diplom', 'diplôme', 'magister', 'abitur', 'hochschulreife',
  'doctorate', 'diploma', 'degree', 'magister', 'inżynier', 'licencjat', 'магистр', 'бакалавр', 'специалист', 'lisans',
  'yüksek',
];
const DEGREE_STEMS = ['学士', '本科', '硕士', '博士', '修士', '학사', '석사', '박사'];

// Legal forms and kinds of institution; whole words (dots optional), or anywhere for CJK.
const ORGANIZATION_WORDS = [
  'inc', 'llc', 'llp', 'ltd', 'gmbh', 'se', 'ag', 'kg', 'sa', 's.a', 's.l', 'sl', 'sas', 'sarl', 'bv', 'b.v', 'nv', 'ab', 'oy',
  'co', 'corp', 'corporation', 'company', 'plc', 's.r.l', 'srl', 'spa', 's.p.a', 'o.o', 'ug', 'pty', 'pvt', 'kk',
  'university', 'universität', 'université', 'universidad', 'universidade', 'università', 'universiteit', 'uniwersytet',
  'universitet', 'hochschule', 'fachhochschule', 'institute', 'institut', 'instituto', 'istituto', 'college', 'school',
  'polytechnic', 'politechnika', 'politecnico', 'gymnasium', 'école', 'escuela', 'escola', 'academy', 'akademie',
  'ооо', 'оао', 'зао', 'пао', 'ао', 'labs', 'laboratory', 'bank', 'group', 'gruppe', 'grupo', 'foundation', 'stiftung', 'insa', 'högskolan',
];
const ROLE_PREFIX = new RegExp(`(?<![\\p{L}])(?:${ROLE_PREFIXES.join('|')})`, 'u');
const ORGANIZATION_STEMS = ['университет', 'институт', 'академия', 'колледж', 'üniversite', '株式会社', '有限会社', '公司', '大学', '学院', '研究所', '대학교', '주식회사', '(주)', 'högskola', 'universit'];

/** Whether `text` holds a word of a job title or a degree (`Senior Engineer`, `B.Sc. Physics`, `开发工程师`). */
export function hasRoleWord(text: string): boolean {
  const lower = text.toLowerCase();
  return (
    ROLE_PREFIX.test(lower) ||
    [...ROLE_INFIXES, ...DEGREE_STEMS].some((stem) => lower.includes(stem)) ||
    words(text).some((word) => DEGREE_WORDS.includes(word))
  );
}

/** Whether `text` names an organisation by its legal form or kind (`Acme GmbH`, `University of X`, `株式会社`). */
export function hasOrganizationWord(text: string): boolean {
  const lower = text.toLowerCase();
  return ORGANIZATION_STEMS.some((stem) => lower.includes(stem)) || words(text).some((word) => ORGANIZATION_WORDS.includes(word));
}

/** Lower-case words with trailing dots dropped (`S.A.` → `s.a`, `Ltd.` → `ltd`). */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s,;:()|/]+/u)
    .map((word) => word.replace(/\.+$/, ''))
    .filter(Boolean);
}

/** Whether `text` is a degree alone, with no subject (`Bachelor`, `magister inżynier`, `Магистр`): a comma after it runs on to the subject. */
export function isBareDegree(text: string): boolean {
  const all = words(text);
  return all.length > 0 && all.length <= 3 && all.every((word) => DEGREE_WORDS.includes(word));
}
