/** Word-level comparison helpers for fidelity tests: every word of the seed, in order. */
import { readFileSync } from 'node:fs';

const FIXTURES = new URL('../fixtures/', import.meta.url);

/**
 * Words of `text` for comparison: quote and dash styles, bullets and separators aside.
 * Why: the pipeline makes quotes curly and ranges en-dashed, and outputs draw bullets themselves.
 */
export function words(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .split(/[\s\-–—]+/u)
    .map((word) => word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter((word) => word !== '');
}

/** The words of the user's résumé as handed over (`test/fixtures/seed/resume.txt`). */
export function seedWords(): string[] {
  return words(readFileSync(new URL('seed/resume.txt', FIXTURES), 'utf8'));
}

/** Every link target of the user's résumé, from `test/fixtures/seed/links.md`. */
export function seedLinkTargets(): string[] {
  const table = readFileSync(new URL('seed/links.md', FIXTURES), 'utf8');
  return [...table.matchAll(/^\| [^|]+ \| ((?:https?|mailto):\S+) \|$/gm)].map((match) => match[1]!);
}

/** The first index where `actual` and `expected` differ, with context, or null when equal. */
export function firstDifference(actual: string[], expected: string[]): string | null {
  const length = Math.max(actual.length, expected.length);
  for (let i = 0; i < length; i++) {
    if (actual[i] !== expected[i]) {
      return `word ${i}: got ${JSON.stringify(actual.slice(Math.max(0, i - 3), i + 4))}, expected ${JSON.stringify(expected.slice(Math.max(0, i - 3), i + 4))}`;
    }
  }
  return null;
}
