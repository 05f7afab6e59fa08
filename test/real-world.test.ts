// The recognition corpora (test/fixtures/real-world/, one invented résumé per convention people
// use; held-out/, held-out-2/ and held-out-3/, modelled on public résumés the rules were not written against)
// build in every format, and no word of any of their résumés is lost in the HTML, PDF, DOCX or text.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli, tempDir } from './helpers/cli.js';
import { documentText } from './helpers/docx.js';
import { missingWordCounts, missingWords } from './helpers/fidelity.js';
import { pdfText } from './helpers/pdf.js';
import { CORPORA } from './recognition/score-corpus.js';

// Each résumé as `corpus/NN-slug` (no extension); the output names are `NN-slug`, distinct across both.
const names = CORPORA.flatMap((corpus) => readdirSync(corpus).filter((file) => /^\d+-.*\.md$/.test(file)).map((file) => join(corpus, file.replace(/\.md$/, ''))));

// Why apart: front matter is YAML only (DESIGN.md), so a Hugo page's TOML (`+++`) is refused at its first line.
const tomlFronted = names.filter((name) => readFileSync(`${name}.md`, 'utf8').startsWith('+++'));
const accepted = names.filter((name) => !tomlFronted.includes(name));

const test = suite('real-world corpus');
const out = tempDir();
let built: ReturnType<typeof runCli>;

test.before(() => {
  built = runCli(['build', ...accepted.map((name) => `${name}.md`), '--out', out, '--format', 'html,pdf,docx,txt']);
});

test('holds 100 or more résumés, and every one builds but those with TOML front matter', () => {
  assert.ok(names.length >= 100, `${names.length} résumés`);
  assert.is(built.status, 0, built.stderr);
});

test('refuses TOML front matter with a positioned error, never reading it', () => {
  assert.ok(tomlFronted.length > 0);
  const refused = runCli(['build', ...tomlFronted.map((name) => `${name}.md`), '--out', tempDir(), '--format', 'txt']);
  assert.is(refused.status, 1);
  for (const name of tomlFronted) assert.ok(refused.stderr.includes(`${name}.md:1:1: error: Unexpected \`+++\` front matter`), refused.stderr);
});

test('loses no word of any résumé in the HTML, the PDF, the DOCX or the text, not even a repeated `at`', () => {
  const problems = accepted.flatMap((name) => {
    const source = readFileSync(`${name}.md`, 'utf8');
    const path = (format: string) => join(out, `${basename(name)}.${format}`);
    const texts = {
      HTML: toText(select('body', fromHtml(readFileSync(path('html'), 'utf8')))!),
      PDF: pdfText(path('pdf')),
      DOCX: documentText(readFileSync(path('docx'))),
      // Why joined: the text wraps CJK anywhere UAX #14 allows, so a line end between two such characters is no space.
      text: readFileSync(path('txt'), 'utf8').replace(/(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])\n(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])/gu, ''),
    };
    return Object.entries(texts).flatMap(([format, text]) => {
      // Why words counted except in the PDF: only the PDF may break a long word across lines.
      const missing = format === 'PDF' ? missingWords(source, text) : missingWordCounts(source, text);
      return missing.length > 0 ? [`${name} ${format} lacks ${missing.join(', ')}`] : [];
    });
  });
  assert.equal(problems, []);
});

test.run();
