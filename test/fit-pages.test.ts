/** Fitting to N pages (`--pages`, front matter `pages`): the page count is a promise for the PDF and LibreOffice's rendering of the DOCX. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli, tempDir } from './helpers/cli.js';
import { convertToPdf } from './helpers/libreoffice.js';
import { pdfInfo, pdfText } from './helpers/pdf.js';
import { firstDifference, words } from './helpers/words.js';

const FIXTURES = new URL('fixtures/', import.meta.url).pathname;
const SAMPLE = join(FIXTURES, 'sample/resume.md');
const TWO_PAGES = join(FIXTURES, 'fit/two-pages.md');
const LONG = join(FIXTURES, 'fit/long.md');

/** Build `input` into a fresh folder with `args`; the outputs' paths, pages of the PDF and of LibreOffice's PDF of the DOCX. */
function build(input: string, args: string[]) {
  const out = tempDir();
  const result = runCli(['build', input, '--out', out, '--format', 'html,pdf,docx', ...args]);
  const name = input.split('/').at(-1)!.replace(/\.md$/, '');
  const pdf = join(out, `${name}.pdf`);
  const [docxPdf] = result.status === 0 ? convertToPdf([join(out, `${name}.docx`)], join(out, 'lo')) : [];
  return { ...result, out, html: join(out, `${name}.html`), pdf, docxPdf: docxPdf!, pages: pages(pdf), docxPages: docxPdf ? pages(docxPdf) : 0 };
}

function pages(pdf: string): number {
  return Number(pdfInfo(pdf).Pages);
}

test('--pages 1 fits the two-page sample on one page in the PDF and in the DOCX, every word kept', () => {
  const natural = build(SAMPLE, ['--theme', 'compact']);
  assert.is(natural.pages, 2, 'the sample takes two pages at the theme’s own sizes');
  const fitted = build(SAMPLE, ['--theme', 'compact', '--pages', '1']);
  assert.is(fitted.status, 0, fitted.stderr);
  assert.match(fitted.stderr, /resume\.md: info: Fitted to 1 page: body 8\.5 pt \(\d+%\), spacing \d+%, margins [\d.]+ in/);
  assert.is(fitted.pages, 1);
  assert.is(fitted.docxPages, 1, 'LibreOffice lays the DOCX out on one page too');
  assert.is(firstDifference(words(pdfText(fitted.pdf)), words(pdfText(natural.pdf))), null);
  assert.is(firstDifference(words(pdfText(fitted.docxPdf)), words(pdfText(natural.docxPdf))), null);
});

test('--pages 2 shrinks a three-page résumé to two pages, and the DOCX with it', () => {
  const natural = build(TWO_PAGES, []);
  assert.is(natural.pages, 3);
  const fitted = build(TWO_PAGES, ['--pages', '2']);
  assert.match(fitted.stderr, /info: Fitted to 2 pages: body [\d.]+ pt/);
  assert.is(fitted.pages, 2);
  assert.is(fitted.docxPages, 2);
  // The largest look that fits: not the theme's floors.
  assert.not.match(readFileSync(fitted.html, 'utf8'), /--size-body:9pt/);
});

test('--pages 2 leaves a résumé that already fits as the theme sets it, byte for byte', () => {
  const natural = build(SAMPLE, []);
  const fitted = build(SAMPLE, ['--pages', '2']);
  assert.match(fitted.stderr, /info: Fits on 2 pages at the theme's own sizes/);
  assert.is(fitted.pages, 2);
  assert.ok(readFileSync(fitted.html).equals(readFileSync(natural.html)));
});

test('a résumé that does not fit even at the floors is written at them, with a warning that says how far over it runs', () => {
  for (const target of ['1', '2']) {
    const fitted = build(LONG, ['--pages', target]);
    assert.is(fitted.status, 0, 'a warning, not an error');
    const warning = /long\.md: warning: Does not fit on (\d) pages? even at the theme's smallest \(body 9 pt, margins 0\.45 in\): it takes (\d) pages, about (\d+) lines over/.exec(fitted.stderr);
    assert.ok(warning, fitted.stderr);
    assert.is(warning[1], target);
    assert.is(Number(warning[2]), fitted.pages, 'the warning counts the PDF’s pages');
    assert.ok(Number(warning[3]) > 30);
    assert.match(readFileSync(fitted.html, 'utf8'), /--size-body:9pt/);
  }
});

test('a warning names the themes whose floors would fit, and only those', () => {
  const sample = build(SAMPLE, ['--pages', '1']);
  assert.match(sample.stderr, /resume\.md: warning: Does not fit on 1 page even at the theme's smallest \(body 9 pt, margins 0\.45 in\): it takes 2 pages, about \d+ lines over\..*; `--theme compact` fits it on 1 page\n/);
  assert.is(sample.pages, 2, 'the build keeps its own theme');
  const long = build(LONG, ['--pages', '1']);
  assert.not.match(long.stderr, '--theme');
});

test('front matter pages fits as --pages does, and its warning stands at the key', () => {
  const dir = tempDir();
  const cv = join(dir, 'cv.md');
  writeFileSync(cv, `---\npages: 1\n---\n${readFileSync(LONG, 'utf8')}`);
  const result = runCli(['build', cv, '--out', dir, '--format', 'html']);
  assert.is(result.status, 0);
  assert.match(result.stderr, /cv\.md:2:8: warning: Does not fit on 1 page/);
  // The command line wins.
  const overridden = runCli(['build', cv, '--out', dir, '--format', 'html', '--pages', '9']);
  assert.match(overridden.stderr, /info: Fits on 9 pages at the theme's own sizes/);
});

test('--pages takes a whole number from 1', () => {
  for (const value of ['0', 'one', '1.5', '-2']) {
    const result = runCli(['build', SAMPLE, '--out', tempDir(), `--pages=${value}`]);
    assert.is(result.status, 2, value);
    assert.match(result.stderr, /expected a whole number from 1/);
  }
  assert.match(runCli(['inspect', SAMPLE, '--pages', '1']).stderr, /`--pages` is an option of `resume build`, not of `resume inspect`/);
});

test.run();
