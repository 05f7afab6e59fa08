import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { VFile } from 'vfile';
import { parse } from '../pipeline/parse.js';

/** The text of the first paragraph of `body` under front matter `lang` (none when null). */
function quoted(lang: string | null, body: string): string {
  const value = `${lang ? `---\nlang: ${lang}\n---\n\n` : ''}# Eve\n\n${body}\n`;
  const tree = parse(new VFile({ path: 'cv.md', value }));
  return toString(tree.children.find((node): node is Paragraph => node.type === 'paragraph'));
}

const test = suite('parse: quotes of the language');

test('curls straight quotes the way the résumé’s language writes them, keeping apostrophes', () => {
  const cases: Array<[string | null, string, string]> = [
    [null, 'She said "hi" and it\'s done.', 'She said “hi” and it’s done.'],
    ['en-GB', 'She said "hi".', 'She said “hi”.'],
    ['de', 'Er sagte "Hallo" und gibt\'s auf.', 'Er sagte „Hallo“ und gibt’s auf.'],
    ['fr', 'Elle a dit "bonjour" à l\'équipe.', 'Elle a dit «\u00a0bonjour\u00a0» à l’équipe.'],
    ['es-MX', 'Dijo "hola".', 'Dijo «hola».'],
    ['ja', '彼は"こんにちは"と言った。', '彼は「こんにちは」と言った。'],
  ];
  assert.equal(cases.map(([lang, body]) => [lang, quoted(lang, body)]), cases.map(([lang, , want]) => [lang, want]));
});

test('keeps every character of the text when quotes are set apart by no-break spaces', () => {
  assert.is(quoted('fr', 'Un "mot" puis la fin du texte.').endsWith('la fin du texte.'), true);
});

test.run();
