import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli, tempDir } from './helpers/cli.js';

const test = suite('prepareDocument: paper');

/** The `@page` size of the HTML built from `frontMatter` and `flags`. */
function pageSize(frontMatter: string, flags: string[] = []): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'cv.md'), `---\n${frontMatter}\n---\n\n# Eve Adams\n\neve@example.org\n`);
  const { status, stderr } = runCli(['build', join(dir, 'cv.md'), '--out', dir, '--format', 'html', ...flags]);
  assert.is(status, 0, stderr);
  return /@page\{size:([^;]+);/.exec(readFileSync(join(dir, 'cv.html'), 'utf8'))?.[1] ?? 'none';
}

test('takes the paper from the language when nothing sets it: A4 for German, Letter for English and Mexican Spanish', () => {
  assert.equal([pageSize('lang: de'), pageSize('lang: en'), pageSize('lang: es-MX'), pageSize('lang: en-GB')], ['A4', 'letter', 'letter', 'A4']);
});

test('front matter paper wins over the language, and --paper over both', () => {
  assert.is(pageSize('lang: de\npaper: letter'), 'letter');
  assert.is(pageSize('lang: de\npaper: letter', ['--paper', 'a4']), 'A4');
});

test.run();
