/** The words that dates are written with, per language, and the look-ups the date readers use. */
import { foldText } from './fold-text.js';

interface DateWords {
  /** The twelve month names from January; `|` separates other spellings of the same month. */
  months?: readonly string[];
  /** Season names and the month each one stands for: spring 03, summer 06, fall 09, winter 12. */
  seasons?: Readonly<Record<string, number>>;
  /** Words before a year that name a part of it (`early 2022`, `Awal 2022`); the date keeps the year only. */
  yearParts?: readonly string[];
  /**
   * Words before a month's number and before its year (`tháng 8/2023`, `tháng 8 năm 2023`); the short forms
   * only tight against `8/2023` (`T8/2023`).
   */
  numberedMonths?: { month: readonly string[]; short: readonly string[]; year: readonly string[] };
  /** Words for the end of a range that is still going on. */
  present: readonly string[];
  /** Words before a start date that leave the range open (`Since 2020`, `Seit Mai 2024`). */
  since?: readonly string[];
  /** Words before a start date that need an end (`from 2019 to 2021`). */
  from?: readonly string[];
  /** Words between the two ends of a range. */
  to?: readonly string[];
  /** Names of the German summer and winter semesters (`SS 2022`, `WS 2021/22`). */
  semesters?: { summer: readonly string[]; winter: readonly string[] };
}

const ENGLISH: DateWords = {
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  seasons: { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 },
  yearParts: ['early', 'mid', 'late'],
  present: ['present', 'present day', 'current', 'currently', 'now', 'today', 'ongoing', 'to date', 'till date', 'till now', 'until now', 'onwards', 'onward', 'and onwards'],
  since: ['since'],
  from: ['from'],
  to: ['to', 'until', 'till', 'through', 'thru'],
};

const GERMAN: DateWords = {
  months: ['Januar|Jänner', 'Februar|Feber', 'März|Mrz', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  seasons: { frühling: 3, frühjahr: 3, sommer: 6, herbst: 9, winter: 12 },
  present: ['heute', 'Gegenwart', 'jetzt', 'aktuell', 'derzeit', 'laufend', 'dato'],
  // Not `ab` (`ab 2020`): it is also the Swedish company suffix (`Exempel AB 2018 – 2020`).
  since: ['seit'],
  from: ['von', 'vom'],
  to: ['bis'],
  semesters: { summer: ['Sommersemester', 'SoSe', 'SS'], winter: ['Wintersemester', 'WiSe', 'WS'] },
};

const FRENCH: DateWords = {
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  seasons: { printemps: 3, été: 6, automne: 9, hiver: 12 },
  present: ["aujourd'hui", 'maintenant', 'présent', 'en cours', 'actuel', 'ce jour'],
  since: ['depuis', 'à partir de', 'dès'],
  from: ['de', 'du'],
  to: ['à', 'au', "jusqu'à", "jusqu'au", "jusqu'en"],
};

const SPANISH: DateWords = {
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre|setiembre', 'octubre', 'noviembre', 'diciembre'],
  seasons: { primavera: 3, verano: 6, otoño: 9, invierno: 12 },
  present: ['actualidad', 'la actualidad', 'actual', 'actualmente', 'presente', 'hoy', 'la fecha'],
  since: ['desde', 'a partir de'],
  from: ['de', 'del'],
  to: ['a', 'al', 'hasta'],
};

const PORTUGUESE: DateWords = {
  months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  seasons: { primavera: 3, verão: 6, outono: 9, inverno: 12 },
  present: ['atual', 'atualmente', 'o momento', 'até o momento', 'até hoje', 'até agora', 'o presente', 'presente', 'hoje', 'cursando', 'em andamento', 'em curso'],
  since: ['desde', 'a partir de'],
  from: ['de'],
  to: ['a', 'até', 'ao'],
};

const ITALIAN: DateWords = {
  months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  seasons: { primavera: 3, estate: 6, autunno: 9, inverno: 12 },
  present: ['oggi', 'ad oggi', 'in corso', 'presente', 'attuale', 'attualmente'],
  since: ['dal', "dall'", 'da'],
  to: ['a', 'al', 'fino a', 'fino ad'],
};

const DUTCH: DateWords = {
  months: ['januari', 'februari', 'maart|mrt', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  seasons: { voorjaar: 3, lente: 3, zomer: 6, najaar: 9, herfst: 9, winter: 12 },
  present: ['heden', 'tot heden', 'tot op heden', 'nu', 'tot nu', 'huidig', 'lopend', 'en verder'],
  since: ['sinds', 'vanaf'],
  from: ['van'],
  to: ['tot', 'tot en met', 't/m'],
};

const POLISH: DateWords = {
  // Nominative and genitive: `styczeń 2020`, `1 stycznia 2020`.
  months: [
    'styczeń|stycznia', 'luty|lutego', 'marzec|marca', 'kwiecień|kwietnia', 'maj|maja', 'czerwiec|czerwca',
    'lipiec|lipca', 'sierpień|sierpnia', 'wrzesień|września', 'październik|października', 'listopad|listopada', 'grudzień|grudnia',
  ],
  seasons: { wiosna: 3, lato: 6, jesień: 9, zima: 12 },
  present: ['obecnie', 'teraz', 'nadal', 'dziś'],
  since: ['od'],
  to: ['do'],
};

const SWEDISH: DateWords = {
  months: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  seasons: { vår: 3, sommar: 6, höst: 9, vinter: 12 },
  present: ['nu', 'pågående', 'idag', 'tills vidare'],
  since: ['sedan', 'från'],
  to: ['till', 't.o.m.'],
};

const RUSSIAN: DateWords = {
  // Nominative and genitive: `сентябрь 2018`, `1 сентября 2018`.
  months: [
    'январь|января', 'февраль|февраля', 'март|марта', 'апрель|апреля', 'май|мая', 'июнь|июня',
    'июль|июля', 'август|августа', 'сентябрь|сентября', 'октябрь|октября', 'ноябрь|ноября', 'декабрь|декабря',
  ],
  seasons: { весна: 3, лето: 6, осень: 9, зима: 12 },
  present: ['настоящее время', 'по настоящее время', 'наст. время', 'н.в.', 'н. в.', 'по н.в.', 'сейчас', 'текущее время'],
  since: ['с'],
  to: ['по', 'до'],
};

const TURKISH: DateWords = {
  // Why the dotless spellings: an upper-case `KASIM` lower-cases to `kasim`, not `kasım`.
  months: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs|Mayis', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım|Kasim', 'Aralık|Aralik'],
  seasons: { ilkbahar: 3, yaz: 6, sonbahar: 9, kış: 12 },
  present: ['günümüz', 'halen', 'hâlâ', 'devam ediyor', 'şu an', 'şu anda', 'bugün'],
};

const INDONESIAN: DateWords = {
  months: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus|Agt', 'September', 'Oktober', 'November', 'Desember'],
  yearParts: ['awal', 'pertengahan', 'akhir'],
  present: ['sekarang', 'saat ini', 'kini', 'sampai sekarang', 'hingga sekarang', 'sampai saat ini', 'hingga saat ini'],
  since: ['sejak'],
  from: ['dari'],
  to: ['sampai', 'hingga', 's/d', 'sampai dengan'],
};

const MALAY: DateWords = {
  months: ['Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November', 'Disember'],
  yearParts: ['awal', 'pertengahan', 'akhir'],
  present: ['kini', 'sekarang', 'masa kini', 'hingga kini'],
  since: ['sejak'],
  to: ['hingga'],
};

// Vietnamese writes months as numbers after `tháng` (`tháng 8/2023`).
const VIETNAMESE: DateWords = {
  numberedMonths: { month: ['tháng'], short: ['T'], year: ['năm'] },
  present: ['hiện tại', 'hiện nay', 'nay', 'đến nay', 'bây giờ'],
  from: ['từ'],
  to: ['đến'],
};

// Right-to-left languages: Arabic (the month names of Egypt and the Gulf), Hebrew, Persian.
const ARABIC: DateWords = {
  months: ['يناير', 'فبراير', 'مارس', 'أبريل|ابريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس|اغسطس', 'سبتمبر', 'أكتوبر|اكتوبر', 'نوفمبر', 'ديسمبر'],
  present: ['الآن', 'حتى الآن', 'الان', 'حتى الان', 'حاليا', 'حاليًا', 'حتى اليوم', 'الحاضر', 'حتى تاريخه'],
  to: ['إلى', 'الى'],
};
const HEBREW: DateWords = {
  months: ['ינואר', 'פברואר', 'מרץ|מרס', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר'],
  present: ['היום', 'כיום', 'עד היום', 'הווה', 'עכשיו'],
  to: ['עד'],
};
const PERSIAN: DateWords = { present: ['اکنون', 'تاکنون', 'تا کنون', 'تا اکنون', 'حال', 'تا امروز', 'امروز'], to: ['تا'] };

// Chinese, Japanese and Korean write months as numbers (`2019年5月`, `2021년 7월`).
const CHINESE: DateWords = { present: ['至今', '现在', '今', '目前', '现今'], to: ['至', '到'] };
const JAPANESE: DateWords = { present: ['現在', '今', '在職中'], to: ['から'] };
const KOREAN: DateWords = { present: ['현재', '재직 중', '재직중', '재학 중', '재학중', '진행 중'] };

const LANGUAGES = [
  ENGLISH, GERMAN, FRENCH, SPANISH, PORTUGUESE, ITALIAN, DUTCH, POLISH, SWEDISH, RUSSIAN, TURKISH, INDONESIAN, MALAY, VIETNAMESE,
  CHINESE, JAPANESE, KOREAN, ARABIC, HEBREW, PERSIAN,
];

const MONTH_NAMES: ReadonlyArray<readonly [name: string, month: number]> = LANGUAGES.flatMap((words) =>
  (words.months ?? []).flatMap((spellings, index) => spellings.split('|').map((name) => [foldText(name), index + 1] as const)),
);
const SEASONS = new Map(LANGUAGES.flatMap((words) => Object.entries(words.seasons ?? {}).map(([name, month]) => [foldText(name), month])));

/**
 * The month a folded word names (`sept` → 9), or null. A word is a month when it is the start, three letters
 * or more, of month names that all mean the same month: that admits every abbreviation (`janv`, `Dez`, `Set`,
 * `paź`) and refuses `jui` (juin or juillet?).
 */
export function monthOfWord(word: string): number | null {
  if (word.length < 3) return null;
  const months = new Set(MONTH_NAMES.filter(([name]) => name.startsWith(word)).map(([, month]) => month));
  return months.size === 1 ? [...months][0]! : null;
}

/** The month a folded season word stands for (`fall` → 9), or null. */
export function monthOfSeason(word: string): number | null {
  return SEASONS.get(word) ?? null;
}

/** Every language's words of one kind, folded. */
function folded(kind: 'yearParts' | 'present' | 'since' | 'from' | 'to'): string[] {
  return LANGUAGES.flatMap((words) => (words[kind] ?? []).map(foldText));
}

export const YEAR_PART_WORDS = folded('yearParts');
export const PRESENT_WORDS = folded('present');
export const SINCE_WORDS = folded('since');
export const FROM_WORDS = folded('from');
export const TO_WORDS = folded('to');
export const SUMMER_SEMESTER_WORDS = LANGUAGES.flatMap((words) => words.semesters?.summer ?? []).map(foldText);
export const WINTER_SEMESTER_WORDS = LANGUAGES.flatMap((words) => words.semesters?.winter ?? []).map(foldText);
export const MONTH_NUMBER_WORDS = LANGUAGES.flatMap((words) => words.numberedMonths?.month ?? []).map(foldText);
export const SHORT_MONTH_NUMBER_WORDS = LANGUAGES.flatMap((words) => words.numberedMonths?.short ?? []).map(foldText);
export const YEAR_NUMBER_WORDS = LANGUAGES.flatMap((words) => words.numberedMonths?.year ?? []).map(foldText);
