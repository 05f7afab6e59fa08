/**
 * The sample résumé the content suites assert on, with the text and links it must render as.
 * Why a copy: `resume.md` is the user's and changes with every edit; the suites never read it.
 */
import { readFileSync } from 'node:fs';
import { words } from './words.js';

const FIXTURE = new URL('../fixtures/sample/', import.meta.url);

/** The sample's Markdown, relative to the project root (where the tests run). */
export const SAMPLE = 'test/fixtures/sample/resume.md';

/** The words of the sample as its rendered text reads (`test/fixtures/sample/resume.txt`). */
export function sampleWords(): string[] {
  return words(readFileSync(new URL('resume.txt', FIXTURE), 'utf8'));
}

/** Every link target of the sample, from `test/fixtures/sample/links.md`. */
export function sampleLinkTargets(): string[] {
  const table = readFileSync(new URL('links.md', FIXTURE), 'utf8');
  return [...table.matchAll(/^\| [^|]+ \| ((?:https?|mailto):\S+) \|$/gm)].map((match) => match[1]!);
}

/** The sample as its rendered text reads (`test/fixtures/sample/resume.txt`), in the source's order. */
export function sampleText(): string {
  return readFileSync(new URL('resume.txt', FIXTURE), 'utf8');
}
