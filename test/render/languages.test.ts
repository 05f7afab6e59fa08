/**
 * A résumé in German, French, Spanish and Japanese (issue 15), built as `resume build` builds it:
 * every format carries the language (HTML `lang`, PDF /Lang, DOCX `w:lang` and `dc:language`,
 * JSON Resume `meta.language`), the language's quotes, hyphenation where the language hyphenates
 * (CSS `hyphens: auto`, DOCX `w:autoHyphenation`), the tool's own words in the language, and the
 * paper its region prints on.
 */
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { VFile } from 'vfile';
import { hyphenates, isEastAsian, isRightToLeft } from '../../pipeline/model/language.js';
import { prepareDocument, type GoodRendering } from '../../pipeline/prepare-document.js';
import { renderFormat, type Format } from '../../pipeline/render-format.js';
import { languageWords } from '../../pipeline/render/language-words.js';
import { BrowserManager } from '../../pipeline/render/pdf/browser-manager.js';
import { STYLES_DIR } from '../../pipeline/theme/load-theme.js';
import { parts } from '../helpers/docx.js';
import { pdfCatalog, pdfFile, pdfInfo, pdfText } from '../helpers/pdf.js';

const FIXTURES = new URL('../fixtures/languages/', import.meta.url).pathname;
const DATE = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

/** Every format of a fixture, built as the build does (front matter, paper by language, theme). */
interface Built {
  document: GoodRendering;
  html: string;
  pdf: Uint8Array;
  docx: Record<string, string>;
  json: { meta?: { language?: string } };
  text: string;
}

const browser = new BrowserManager({ flag: null, env: process.env });
const built = new Map<string, Promise<Built>>();

/** The outputs of `test/fixtures/languages/<name>.md`, built once for all the tests that look at them. */
function build(name: string): Promise<Built> {
  if (!built.has(name)) built.set(name, buildFixture(join(FIXTURES, `${name}.md`), browser));
  return built.get(name)!;
}

async function buildFixture(path: string, browserManager: BrowserManager): Promise<Built> {
  const document = await prepareDocument(path, { theme: null, paper: null, generator: 'resume-as-code test', date: DATE, stylesDir: STYLES_DIR, themes: new Map() });
  if (!document.ok) throw new Error(`${path} did not prepare: ${document.file.messages.join('\n')}`);
  const file = new VFile({ path });
  const render = (format: Format) => renderFormat(format, document, browserManager, file);
  const [html, pdf, docx, json, text] = await Promise.all([render('html'), render('pdf'), render('docx'), render('json'), render('txt')]);
  return { document, html: String(html), pdf: pdf as Uint8Array, docx: parts(docx as Uint8Array), json: JSON.parse(String(json)), text: String(text) };
}

const test = suite('languages');

test.after(async () => {
  await browser.close();
});

const CASES = [
  { lang: 'de', quote: '„Verständlichkeit vor Vollständigkeit“', hyphenated: true, paper: 'A4', title: 'Annegret Vollmerhausen — Lebenslauf' },
  // French quotes hold no-break spaces: `« la simplicité »`.
  { lang: 'fr', quote: '«\u00a0la simplicité avant tout\u00a0»', hyphenated: true, paper: 'A4', title: 'Éloïse Martin-Delacroix — CV' },
  { lang: 'es', quote: '«la claridad ante todo»', hyphenated: true, paper: 'A4', title: 'Ximena Rodríguez Caballero — Currículum' },
  { lang: 'ja', quote: '「シンプルさを第一に」', hyphenated: false, paper: 'A4', title: '山田 花子 — 履歴書' },
] as const;

for (const item of CASES) {
  test(`${item.lang}: the HTML says its language, hyphenates ${item.hyphenated ? 'its paragraphs' : 'nothing'} and titles the page in the language`, async () => {
    const { html } = await build(item.lang);
    const tree = fromHtml(html);
    const root = select('html', tree)!;
    assert.is(root.properties.lang, item.lang);
    assert.is(root.properties.dir, undefined, 'left to right: no dir attribute');
    assert.is((root.properties.className as string[] | undefined)?.includes('hyphenate') ?? false, item.hyphenated);
    assert.match(html, /\.hyphenate :is\(p, li\) \{ hyphens: auto; \}/);
    assert.is(select('title', tree)?.children.map((child) => ('value' in child ? child.value : '')).join(''), item.title);
    assert.is(select('section.summary', tree)?.properties.ariaLabel, languageWords(item.lang).summary);
    assert.ok(html.includes(item.quote), `the language's quotes: ${item.quote}`);
  });

  test(`${item.lang}: the PDF has /Lang ${item.lang}, the title in the language, ${item.paper} paper and the quotes`, async () => {
    const { pdf } = await build(item.lang);
    assert.is((await pdfCatalog(pdf)).lang, item.lang);
    const path = pdfFile(pdf);
    const info = pdfInfo(path);
    assert.is(info.Title, item.title);
    assert.match(info['Page size']!, item.paper === 'A4' ? /\(A4\)/ : /\(letter\)/);
    // pdftotext reads a no-break space as a space.
    const spaced = (text: string) => text.replace(/\u00a0/g, ' ');
    assert.ok(spaced(pdfText(path)).includes(spaced(item.quote)), `the quotes in the PDF's text: ${item.quote}`);
  });

  test(`${item.lang}: the DOCX has w:lang, dc:language and ${item.hyphenated ? '' : 'no '}automatic hyphenation`, async () => {
    const { docx } = await build(item.lang);
    const lang = /<w:docDefaults>.*?<w:lang ([^>]*)\/>/s.exec(docx['word/styles.xml']!)?.[1] ?? '';
    assert.match(lang, `w:val="${item.lang}"`);
    assert.is(lang.includes(`w:eastAsia="${item.lang}"`), isEastAsian(item.lang), 'the East Asian slot for Japanese');
    assert.not.match(lang, 'w:bidi=', 'no right-to-left slot');
    assert.match(docx['docProps/core.xml']!, `<dc:language>${item.lang}</dc:language>`);
    assert.match(docx['docProps/core.xml']!, `<dc:title>${item.title}</dc:title>`);
    assert.is(/<w:autoHyphenation( w:val="true")?\/>/.test(docx['word/settings.xml']!), item.hyphenated);
    assert.not.match(docx['word/document.xml']!, '<w:bidi', 'no paragraph runs right to left');
    assert.ok(docx['word/document.xml']!.includes(item.quote), `the quotes in the DOCX: ${item.quote}`);
  });

  test(`${item.lang}: JSON Resume meta.language and the quotes in the plain text`, async () => {
    const { json, text } = await build(item.lang);
    assert.is(json.meta?.language, item.lang);
    assert.ok(text.includes(item.quote), `the quotes in the text: ${item.quote}`);
  });
}

test('the language decides direction, script and hyphenation', () => {
  assert.equal(['de', 'fr', 'es', 'ja', 'ar', 'he', 'fa', 'ur', 'en-GB', 'ru', 'az-Arab', 'zh-TW'].map((lang) => [lang, isRightToLeft(lang), isEastAsian(lang), hyphenates(lang)]), [
    ['de', false, false, true],
    ['fr', false, false, true],
    ['es', false, false, true],
    ['ja', false, true, false],
    ['ar', true, false, false],
    ['he', true, false, false],
    ['fa', true, false, false],
    ['ur', true, false, false],
    ['en-GB', false, false, false],
    ['ru', false, false, true],
    ['az-Arab', true, false, false],
    ['zh-TW', false, true, false],
  ]);
});

test('the tool’s words: English for English and for a language the table lacks; Traditional Chinese apart', () => {
  assert.equal(languageWords('en-US'), { document: 'Résumé', summary: 'Summary' });
  assert.equal(languageWords('xx'), { document: 'Résumé', summary: 'Summary' }, 'a language the table lacks: English');
  assert.is(languageWords('zh-TW').document, '簡歷');
  assert.is(languageWords('zh').document, '简历');
});

test('the long German words stay whole in the PDF text: no soft hyphen is ever written', async () => {
  const { pdf, html } = await build('de');
  assert.not.ok(html.includes('\u00ad'), 'the HTML holds no soft hyphen');
  const text = pdfText(pdfFile(pdf));
  assert.not.ok(text.includes('\u00ad'), 'the PDF text holds no soft hyphen');
  for (const word of ['Softwareentwicklungsabteilungsleiterin', 'Donaudampfschifffahrtsgesellschaft', 'Arbeitsunfähigkeitsbescheinigungsverarbeitung']) {
    assert.ok(text.includes(word), `${word} is read whole`);
  }
});

test('the builds of a language are byte-identical', async () => {
  const first = await build('de');
  const again = await buildFixture(join(FIXTURES, 'de.md'), browser);
  assert.equal(again.docx, first.docx);
  assert.is(Buffer.compare(Buffer.from(again.pdf), Buffer.from(first.pdf)), 0);
});

test.run();
