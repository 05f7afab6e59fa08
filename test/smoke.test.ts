// Builds whatever résumé.md holds and checks only what holds for every résumé: each format is
// written and valid, and every word of the file's own text reaches the HTML, the PDF and the DOCX.
// The same checks run on fixtures (a one-liner, five pages, no sections, the sample), so they are
// known to hold for any valid résumé, not just today's.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli, tempDir } from './helpers/cli.js';
import { documentText } from './helpers/docx.js';
import { missingWords } from './helpers/fidelity.js';
import { htmlErrors } from './helpers/html.js';
import { schemaErrors } from './helpers/json-resume.js';
import { pdfInfo, pdfText } from './helpers/pdf.js';
import { SAMPLE } from './helpers/sample.js';

const FIXTURES = ['one-line', 'five-pages', 'no-sections'].map((name) => `test/fixtures/smoke/${name}.md`);

/** What is wrong with the outputs `out/name.*` of `source`; empty when every check holds. */
async function problemsOf(source: string, out: string, name: string): Promise<string[]> {
  const path = (format: string) => join(out, `${name}.${format}`);
  const problems: string[] = [];
  const html = readFileSync(path('html'), 'utf8');
  problems.push(...(await htmlErrors(html)).map((error) => `HTML: ${error}`));
  const pages = Number(pdfInfo(path('pdf')).Pages);
  if (!(pages >= 1)) problems.push(`PDF: pdfinfo reads ${pages} pages`);
  const docx = documentText(readFileSync(path('docx')));
  problems.push(...schemaErrors(JSON.parse(readFileSync(path('json'), 'utf8'))).map((error) => `JSON Resume: ${error}`));
  const texts = { HTML: toText(select('body', fromHtml(html))!), PDF: pdfText(path('pdf')), DOCX: docx };
  for (const [format, text] of Object.entries(texts)) {
    const missing = missingWords(source, text);
    if (missing.length > 0) problems.push(`${format} lacks ${missing.map((word) => JSON.stringify(word)).join(', ')}`);
  }
  return problems;
}

const test = suite('smoke: any résumé');

test('resume.md builds every format, valid, with every word of its text', async () => {
  const out = tempDir();
  const { status, stderr } = runCli(['build', 'resume.md', '--out', out]);
  assert.is(status, 0, stderr);
  assert.equal(await problemsOf(readFileSync('resume.md', 'utf8'), out, 'resume'), []);
});

test('so do a one-liner, a five-page résumé, one with no sections and the sample', async () => {
  // Copies with distinct names: one build call writes them all side by side.
  const inputs = tempDir();
  const files = [...FIXTURES, SAMPLE].map((fixture, index) => {
    const copy = join(inputs, `${index}-${fixture.split('/').at(-2) === 'sample' ? 'sample' : fixture.split('/').pop()!.replace(/\.md$/, '')}.md`);
    copyFileSync(fixture, copy);
    return copy;
  });
  const out = tempDir();
  const { status, stderr } = runCli(['build', ...files, '--out', out]);
  assert.is(status, 0, stderr);
  for (const file of files) {
    const name = file.split('/').pop()!.replace(/\.md$/, '');
    assert.equal(await problemsOf(readFileSync(file, 'utf8'), out, name), [], name);
  }
  assert.is(pdfInfo(join(out, '1-five-pages.pdf')).Pages, '5', 'the long fixture is five pages long');
});

test('reports a word that a format lost (so the checks above can fail)', async () => {
  const out = tempDir();
  const input = join(tempDir(), 'lost.md');
  copyFileSync(FIXTURES[2]!, input);
  assert.is(runCli(['build', input, '--out', out]).status, 0);
  const problems = await problemsOf(`${readFileSync(input, 'utf8')}\nZanzibarite\n`, out, 'lost');
  assert.equal(problems, ['HTML lacks "Zanzibarite"', 'PDF lacks "Zanzibarite"', 'DOCX lacks "Zanzibarite"']);
});

test.run();
