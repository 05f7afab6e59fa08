// The recognition corpora (test/fixtures/real-world/, one invented résumé per convention people
// use; held-out/ and held-out-2/, modelled on public résumés the rules were not written against)
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

const CORPORA = ['test/fixtures/real-world', 'test/fixtures/held-out', 'test/fixtures/held-out-2'];
// Each résumé as `corpus/NN-slug` (no extension); the output names are `NN-slug`, distinct across both.
const names = CORPORA.flatMap((corpus) => readdirSync(corpus).filter((file) => /^\d+-.*\.md$/.test(file)).map((file) => join(corpus, file.replace(/\.md$/, ''))));

const test = suite('real-world corpus');
const out = tempDir();
let built: ReturnType<typeof runCli>;

test.before(() => {
  built = runCli(['build', ...names.map((name) => `${name}.md`), '--out', out, '--format', 'html,pdf,docx,txt']);
});

test('holds 80 or more résumés, and every one builds', () => {
  assert.ok(names.length >= 80, `${names.length} résumés`);
  assert.is(built.status, 0, built.stderr);
});

test('loses no word of any résumé in the HTML, the PDF, the DOCX or the text, not even a repeated `at`', () => {
  const problems = names.flatMap((name) => {
    const source = readFileSync(`${name}.md`, 'utf8');
    const path = (format: string) => join(out, `${basename(name)}.${format}`);
    const texts = {
      HTML: toText(select('body', fromHtml(readFileSync(path('html'), 'utf8')))!),
      PDF: pdfText(path('pdf')),
      DOCX: documentText(readFileSync(path('docx'))),
      text: readFileSync(path('txt'), 'utf8'),
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
