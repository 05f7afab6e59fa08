/** Tells whether a short line reads as a person's name. */
import { isDocumentTitle } from './document-title.js';

const MAX_NAME_WORDS = 5;
// Particles written in lower case inside names: Ludwig van Beethoven, Maria da Silva.
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'y', 'e', 'bin', 'binti', 'al', 'el', 'ten', 'ter', 'zu']);
// Han, kana and Hangul names have no capitals: 王小明, 山田 花子, 김민준.
const EAST_ASIAN = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}・·]{2,8}(?: [\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]{1,6})?$/u;

/** Whether `text` (plain, trimmed) reads as a person's name: a few capitalised words, no digits, no title. */
export function readsAsName(text: string): boolean {
  const clean = text.replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, '').trim();
  if (clean === '' || isDocumentTitle(clean) || /[\d@:/|]/.test(clean)) return false;
  if (EAST_ASIAN.test(clean)) return true;
  const words = clean.split(/\s+/);
  return words.length >= 1 && words.length <= MAX_NAME_WORDS && words.every((word) => PARTICLES.has(word) || /^\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(word));
}
