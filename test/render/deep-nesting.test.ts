import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadTheme } from '../../pipeline/theme/load-theme.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { documentText, paragraphs, parts } from '../helpers/docx.js';
import { words } from '../helpers/words.js';

const test = suite('deep nesting');

// A list nested 60 levels deep and quotes nested 30 deep, each level with words of its own.
const FIXTURE = 'test/fixtures/nesting/deep.md';
const INDENTED_LEVELS = 6;
const out = tempDir();
const built = runCli(['build', FIXTURE, '--out', out]);
const source = readFileSync(FIXTURE, 'utf8');
const levelWords = source.match(/\b(?:Depth|marker|Quote|echo)\d\d\b/g)!;
const sentence = words(/and the deepest item.*$/m.exec(source)![0]);
const pdf = join(out, 'deep.pdf');

/** The fixture's word for `level`: `Depth07`, `Quote12`. */
function label(prefix: string, level: number): string {
  return `${prefix}${String(level).padStart(2, '0')}`;
}

interface PdfWord {
  text: string;
  xMin: number;
  xMax: number;
}

/** Every word pdftotext finds with its box, and the page width, in points. */
function pdfWords(): { width: number; words: PdfWord[] } {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const width = Number(/<page width="([\d.]+)"/.exec(xml)![1]);
  const found = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map(([, xMin, xMax, text]) => ({
    text: text!,
    xMin: Number(xMin),
    xMax: Number(xMax),
  }));
  return { width, words: found };
}

/** The left edge of the word `text` in the PDF. */
function leftOf(found: PdfWord[], text: string): number {
  const word = found.find((candidate) => candidate.text === text);
  assert.ok(word, `${text} is in the PDF`);
  return word.xMin;
}

test('the fixture builds in every format', () => {
  assert.is(built.status, 0, built.stderr);
  assert.is(levelWords.length, 2 * 60 + 2 * 30);
});

test('every word of every level reaches the PDF, whole', () => {
  const extracted = new Set(words(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })));
  for (const word of [...levelWords, ...sentence]) assert.ok(extracted.has(word), `${word} is in the PDF text`);
});

test('no PDF word runs into the right margin', async () => {
  const { page } = (await loadTheme('classic')).tokens;
  const { width, words: found } = pdfWords();
  const edge = width - page.marginRight * 72;
  const over = found.filter((word) => word.xMax > edge + 1);
  assert.equal(over.map((word) => word.text), [], `words past ${edge}pt`);
});

test('in the PDF, six levels indent and deeper ones line up with the sixth', () => {
  const { words: found } = pdfWords();
  const left = (prefix: string, level: number) => leftOf(found, label(prefix, level));
  for (const prefix of ['Depth', 'Quote']) {
    for (let level = 2; level <= INDENTED_LEVELS; level++) assert.ok(left(prefix, level) > left(prefix, level - 1), `${prefix} ${level} indents`);
    const last = prefix === 'Depth' ? 60 : 30;
    for (let level = INDENTED_LEVELS + 1; level <= last; level++) assert.ok(Math.abs(left(prefix, level) - left(prefix, INDENTED_LEVELS)) < 0.5, `${prefix} ${level} lines up`);
  }
});

test('the nested list takes a few pages, not a page per level', () => {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  assert.ok(pages <= 4, `${pages} pages`);
});

test('every word reaches the HTML, the DOCX and the plain text', () => {
  const html = readFileSync(join(out, 'deep.html'), 'utf8');
  const docx = new Set(words(documentText(readFileSync(join(out, 'deep.docx')))));
  const txt = new Set(words(readFileSync(join(out, 'deep.txt'), 'utf8')));
  for (const word of [...levelWords, ...sentence]) {
    assert.ok(html.includes(word), `${word} is in the HTML`);
    assert.ok(docx.has(word), `${word} is in the DOCX`);
    assert.ok(txt.has(word), `${word} is in the text`);
  }
});

test('in the DOCX, list levels past the sixth keep its indent, and items past Word’s ninth level stay at the ninth', async () => {
  const docx = parts(readFileSync(join(out, 'deep.docx')));
  const step = (await loadTheme('classic')).tokens.space.listIndent * 20;
  const definitions = [...docx['word/numbering.xml']!.matchAll(/<w:abstractNum\b.*?<\/w:abstractNum>/gs)]
    .map(([definition]) => [...definition.matchAll(/<w:lvl w:ilvl="\d".*?<w:ind w:left="(\d+)"/gs)].map(([, left]) => Number(left)))
    .filter((indents) => indents[0] === step);
  assert.is(definitions.length, 2, 'the bullet and the numbered list');
  for (const indents of definitions) {
    assert.equal(indents, [1, 2, 3, 4, 5, 6, 6, 6, 6].map((times) => times * step));
  }
  const items = paragraphs(docx['word/document.xml']!).filter((paragraph) => paragraph.text.startsWith('Depth'));
  assert.is(items.length, 60);
  assert.equal(items.map((item) => item.level), Array.from({ length: 60 }, (_, index) => Math.min(index, 8)));
});

test('in the plain text, lines stay within 80 columns and deep levels line up with the sixth', () => {
  const lines = readFileSync(join(out, 'deep.txt'), 'utf8').split('\n');
  assert.equal(lines.filter((line) => [...line].length > 80), []);
  const column = (level: number) => lines.find((line) => line.includes(label('Depth', level)))!.indexOf('Depth');
  for (let level = 2; level <= INDENTED_LEVELS; level++) assert.ok(column(level) > column(level - 1), `level ${level} indents`);
  for (let level = INDENTED_LEVELS + 1; level <= 60; level++) assert.is(column(level), column(INDENTED_LEVELS), `level ${level} lines up`);
  const quoteMarks = lines.filter((line) => line.startsWith('>')).map((line) => /^(?:> ?)+/.exec(line)![0].replaceAll(' ', '').length);
  assert.is(Math.max(...quoteMarks), INDENTED_LEVELS);
});

test.run();
