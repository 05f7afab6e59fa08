/**
 * An Arabic résumé is right to left in every format (issue 15): `<html dir="rtl">` and a PDF whose
 * lines hug the right margin; a DOCX whose paragraphs (`w:bidi`), Arabic runs (`w:rtl`), section and
 * table run right to left, and which LibreOffice sets right-aligned; while e-mails, URLs and phone
 * numbers stay left-to-right runs, read intact by pdftotext.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { VFile } from 'vfile';
import { prepareDocument, type GoodRendering } from '../../pipeline/prepare-document.js';
import { renderFormat, type Format } from '../../pipeline/render-format.js';
import { BrowserManager } from '../../pipeline/render/pdf/browser-manager.js';
import { STYLES_DIR } from '../../pipeline/theme/load-theme.js';
import { tempDir } from '../helpers/cli.js';
import { parts } from '../helpers/docx.js';
import { convertToPdf } from '../helpers/libreoffice.js';
import { readPage, type Page } from '../helpers/page-image.js';
import { pdfCatalog, pdfText } from '../helpers/pdf.js';

const FIXTURE = new URL('../fixtures/languages/ar.md', import.meta.url).pathname;
const EMAIL = 'amal.hussaini@example.com';
const PHONE = '+971 4 123 4567';
const URL_TEXT = 'github.com/amal-h';
const NAME = ['أمل', 'الحسيني'];

const browser = new BrowserManager({ flag: null, env: process.env });
const dir = tempDir('resume-rtl-');
let html = '';
let text = '';
let docx: Record<string, string> = {};
let pdfPath = '';
let libreOfficePath = '';
let pdfLang: string | null = null;

const test = suite('right to left');

test.before(async () => {
  const document = await prepareDocument(FIXTURE, { theme: null, paper: null, generator: 'resume-as-code test', date: new Date(Date.UTC(2026, 0, 2)), stylesDir: STYLES_DIR, themes: new Map() });
  if (!document.ok) throw new Error(`The fixture did not prepare: ${document.file.messages.join('\n')}`);
  const render = (format: Format) => renderFormat(format, document as GoodRendering, browser, new VFile({ path: FIXTURE }));
  const [htmlOut, pdf, docxOut, textOut] = await Promise.all([render('html'), render('pdf'), render('docx'), render('txt')]);
  html = String(htmlOut);
  text = String(textOut);
  docx = parts(docxOut as Uint8Array);
  pdfPath = join(dir, 'ar.pdf');
  writeFileSync(pdfPath, pdf as Uint8Array);
  pdfLang = (await pdfCatalog(pdf as Uint8Array)).lang;
  const docxPath = join(dir, 'ar-docx.docx');
  writeFileSync(docxPath, docxOut as Uint8Array);
  libreOfficePath = convertToPdf([docxPath], dir)[0]!;
});

test.after(async () => {
  await browser.close();
});

/** The words of the first line of `page` (the name), and how far they stand from each margin, in points. */
function nameLine(page: Page): { words: string[]; left: number; right: number } {
  const top = Math.min(...page.words.map((word) => word.y0));
  const line = page.words.filter((word) => word.y0 < top + 5);
  const width = page.picture.width / (page.dpi / 72);
  return { words: line.map((word) => word.text), left: Math.min(...line.map((word) => word.x0)), right: width - Math.max(...line.map((word) => word.x1)) };
}

/** The `<w:r>` runs of word/document.xml whose text includes `value`. */
function runsWith(value: string): string[] {
  return [...docx['word/document.xml']!.matchAll(/<w:r>(?:(?!<\/w:r>).)*<\/w:r>/gs)].map(([run]) => run).filter((run) => run.includes(value));
}

test('the HTML runs right to left, its addresses and links isolated left to right', () => {
  const tree = fromHtml(html);
  const root = select('html', tree)!;
  assert.is(root.properties.lang, 'ar');
  assert.is(root.properties.dir, 'rtl');
  assert.not.ok((root.properties.className as string[] | undefined)?.includes('hyphenate'), 'Arabic is not hyphenated');
  assert.ok(select('.contact-email', tree), 'the e-mail is a contact of its own');
  assert.match(html, '[dir=rtl] :is(.contact-email, .contact-url, .contact-phone) { direction: ltr; unicode-bidi: isolate; }');
  assert.not.match(html, /padding-left|margin-left|border-left|text-align: left/, 'only logical sides in the style sheet');
});

test('the PDF is right-aligned, says /Lang ar and reads the contacts intact', () => {
  assert.is(pdfLang, 'ar');
  const line = nameLine(readPage(pdfPath, 72));
  // pdftotext's boxes hold a right-to-left word's letters in visual order: the line is counted, not read.
  assert.is(line.words.length, NAME.length, 'the first line is the name');
  assert.ok(line.right < 80, `the name hugs the right margin (${line.right.toFixed(0)} pt from the page's right edge)`);
  assert.ok(line.left > 300, `and stands far from the left (${line.left.toFixed(0)} pt)`);
  const extracted = pdfText(pdfPath);
  for (const value of [EMAIL, PHONE, URL_TEXT, 'Kubernetes', 'PostgreSQL']) assert.ok(extracted.includes(value), `${value} reads intact`);
});

test('the DOCX runs right to left: paragraphs, Arabic runs, section, table and language', () => {
  const styles = docx['word/styles.xml']!;
  const defaults = /<w:docDefaults>.*?<\/w:docDefaults>/s.exec(styles)?.[0] ?? '';
  assert.match(defaults, /<w:pPr>.*<w:bidi\/>.*<\/w:pPr>/s, 'every paragraph is w:bidi');
  assert.match(defaults, /<w:lang [^>]*w:bidi="ar"/, 'the complex-script language is Arabic');
  const document = docx['word/document.xml']!;
  assert.match(document, /<w:sectPr\b[^>]*>(?:(?!<\/w:sectPr>).)*<w:bidi\/>/s, 'the section is bidi');
  assert.match(document, /<w:tblPr>(?:(?!<\/w:tblPr>).)*<w:bidiVisual\/>/s, 'the table runs right to left');
  assert.match(docx['docProps/core.xml']!, '<dc:language>ar</dc:language>');
  const arabic = runsWith('أمل الحسيني');
  assert.ok(arabic.length > 0 && arabic.every((run) => run.includes('<w:rtl/>')), 'an Arabic run is w:rtl');
  for (const value of [EMAIL, URL_TEXT]) {
    const runs = runsWith(value);
    assert.ok(runs.length > 0 && runs.every((run) => !run.includes('<w:rtl')), `${value} is a left-to-right run`);
  }
  const separators = runsWith('\u00a0').filter((run) => run.includes('Separator'));
  assert.ok(separators.length > 0 && separators.every((run) => run.includes('<w:rtl/>')), 'the separators between contacts run right to left, keeping the contacts apart');
});

test('LibreOffice sets the DOCX right-aligned, the contacts intact', () => {
  const line = nameLine(readPage(libreOfficePath, 72));
  assert.is(line.words.length, NAME.length, 'the first line is the name');
  assert.ok(line.right < 80, `the name hugs the right margin (${line.right.toFixed(0)} pt)`);
  assert.ok(line.left > 300, `and stands far from the left (${line.left.toFixed(0)} pt)`);
  for (const value of [EMAIL, PHONE, URL_TEXT]) assert.ok(pdfText(libreOfficePath).includes(value), `${value} reads intact`);
  // Right to left, the first contact stands rightmost: read left to right, the line runs backwards.
  const contacts = /^.*amal-h.*$/m.exec(pdfText(libreOfficePath, 1))?.[0] ?? '';
  const at = (value: string) => contacts.indexOf(value);
  assert.ok(at(URL_TEXT) < at(PHONE) && at(PHONE) < at(EMAIL), `the contacts run right to left in the order written: ${contacts}`);
  // A left-to-right word that ends a right-to-left line keeps its own end: `C++`, not `++C`.
  assert.match(pdfText(libreOfficePath), 'C++');
  assert.not.match(pdfText(libreOfficePath), '++C');
});

test('the plain text keeps the logical order, the contacts as written', () => {
  const [name, contacts, more] = text.split('\n');
  assert.is(name, NAME.join(' '));
  assert.is(contacts, `${EMAIL} · ${PHONE}`);
  assert.ok(more!.startsWith(`${URL_TEXT} <https://${URL_TEXT}> · `), more);
});

test.run();
