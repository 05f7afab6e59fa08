/** Tells whether a short line reads as a person's name, and finds the name a greeting introduces. */
import { isDocumentTitle } from './document-title.js';
import { titleKind } from './section-kinds.js';

const MAX_NAME_WORDS = 5;
// Particles written in lower case inside names: Ludwig van Beethoven, Maria da Silva.
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'y', 'e', 'bin', 'binti', 'al', 'el', 'ten', 'ter', 'zu']);
// Han, kana and Hangul names have no capitals: 王小明, 山田 花子, 김민준.
const EAST_ASIAN = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}・·]{2,8}(?: [\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]{1,6})?$/u;
// Why apart from the section kinds: a contacts section has no list of its own in JSON Resume.
const CONTACT_TITLE = /^(?:contacts?|contact[oa]s?|contatti|kontakte?|kontaktdaten|coordonn[ée]es|contactgegevens|联系方式|連絡先|연락처)$/iu;
const EMOJI = /[\p{Extended_Pictographic}\uFE0F\u200D]/gu;
// `Hi, I'm …`, `Hello there! My name is …`, `Hallo, ich bin …`, `Olá, eu sou …`: the words before a name in a greeting.
const GREETING = /^(?:(?:hi|hello|hey|hallo|hola|bonjour|salut|ciao|olá|oi|hej|hoi|moin|servus)(?:\s+there)?[\s,!.]+)?(?:i['’]m|i\s+am|my\s+name\s+is|ich\s+bin|je\s+suis|je\s+m['’]appelle|soy|me\s+llamo|sono|mi\s+chiamo|eu\s+sou|ik\s+ben|jag\s+heter|jeg\s+er)\s+/iu;

/** Whether `text` (plain, trimmed) reads as a person's name: a few capitalised words, no digits, no title of a document or a section. */
export function readsAsName(text: string): boolean {
  const clean = personName(text).replace(EMOJI, '').trim();
  if (clean === '' || isDocumentTitle(clean) || /[\d@:/|]/.test(clean)) return false;
  if (EAST_ASIAN.test(clean)) return true;
  if (namesSection(clean)) return false;
  const words = clean.split(/\s+/);
  return words.length <= MAX_NAME_WORDS && words.every((word) => PARTICLES.has(word) || /^\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(word));
}

/**
 * Whether `text` opens with a word that names a kind of section (`Education`, `Experience as Junior Developer`).
 * Why the first word only: a section word met later (`Miranda Hobbs`) is more likely a surname.
 */
export function namesSection(text: string): boolean {
  const first = /[\p{L}\p{N}]+/u.exec(text)?.[0];
  return first !== undefined && (titleKind(first) !== null || CONTACT_TITLE.test(first));
}

/** The person a greeting introduces (`Hi, I'm Tomas Rigby 👋` → `Tomas Rigby`), or `text` itself when it greets no one. */
export function personName(text: string): string {
  const greeted = GREETING.exec(text.trim());
  return greeted ? text.trim().slice(greeted[0].length).replace(EMOJI, '').replace(/[\s!.,]+$/u, '') : text;
}
