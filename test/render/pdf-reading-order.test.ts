/**
 * What a recruiter's software reads from the PDF (issue 13): each of three independent extractors
 * (pdftotext in its default mode, pdfminer's pdf2txt, pdf.js) gets the source's words in the
 * source's order, an entry's dates with its role and organisation and never after its bullets,
 * and every character as the source's (`’` U+2019, not `ʼ` U+02BC; `–` U+2013; ligatures as
 * their letters). The same for the PDF that LibreOffice makes of the DOCX.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Paper } from '../../pipeline/model/types.js';
import { documentInfo } from '../../pipeline/render/document-info.js';
import { toDocx } from '../../pipeline/render/docx/to-docx.js';
import { htmlText } from '../../pipeline/render/html-text.js';
import { toHtml } from '../../pipeline/render/html/to-html.js';
import type { RenderOptions } from '../../pipeline/render/options.js';
import { BrowserManager } from '../../pipeline/render/pdf/browser-manager.js';
import { toPdf } from '../../pipeline/render/pdf/to-pdf.js';
import { listThemes, loadTheme } from '../../pipeline/theme/load-theme.js';
import { tempDir } from '../helpers/cli.js';
import { convertToPdf } from '../helpers/libreoffice.js';
import { PDF_READERS, readPdf, type PdfReader } from '../helpers/pdf-readers.js';
import { modelOf } from '../helpers/render.js';
import { SAMPLE, sampleText } from '../helpers/sample.js';
import { firstDifferenceDehyphenated } from '../helpers/words.js';

const DATE = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
const THEMES = await listThemes();
const PAPERS: readonly Paper[] = ['letter', 'a4'];

/**
 * Entries of both conventions: dates last (a heading, then a line with dates and place) with a
 * bullet too short to reach under right-aligned dates, a title that wraps, dates first; and the
 * characters that share a glyph in the theme fonts (`’` and `ʼ`, `‘` and `ʻ`), and ligatures.
 */
const ORDER_MARKDOWN = `# Zoë Ortiz

zoe@example.com · Reykjavík

## Experience

### Staff Engineer — Fjord Robotics

*Jan 2021 – Present · Stockholm*

- Led the office’s fluffy offline-first effort.

### Principal Member of Technical Staff for Distributed Infrastructure and Developer Efficiency — Northwind Traders International

*Mar 2018 – Dec 2020 · Hilo on Hawaiʻi*

- Wrote the Ukrainian “Kyivʼs” glossary.

**2014-2018, Field Researcher, Tromsø Institute**

- Mapped fjords.

## Education

**B.Sc. Physics, University of Iceland, 2010-2014**
`;

/** How ORDER_MARKDOWN reads: role, organisation, place, then the dates, as the model orders a header. */
const ORDER_TEXT = `Zoë Ortiz
zoe@example.com · Reykjavík
Experience
Staff Engineer, Fjord Robotics · Stockholm
Jan 2021 – Present
Led the office’s fluffy offline-first effort.
Principal Member of Technical Staff for Distributed Infrastructure and Developer Efficiency, Northwind Traders International · Hilo on Hawaiʻi
Mar 2018 – Dec 2020
Wrote the Ukrainian “Kyivʼs” glossary.
2014 – 2018
Field Researcher, Tromsø Institute
Mapped fjords.
Education
B.Sc. Physics, University of Iceland
2010 – 2014
`;

interface Document {
  /** The text every extractor must give, word for word. */
  expected: string;
  /** The characters beyond ASCII that the page shows, as its HTML's text has them. */
  shown: string;
  /** The PDF that Chromium printed, and the one LibreOffice made of the DOCX. */
  pdf: string;
  libreOffice: string;
}

interface Case {
  name: string;
  markdown: { path: string; value?: string };
  expected: () => string;
  theme: string;
  paper: Paper;
}

const CASES: Case[] = [
  ...THEMES.flatMap((theme) => PAPERS.map((paper) => ({ name: `the sample in ${theme} on ${paper}`, markdown: { path: SAMPLE }, expected: sampleText, theme, paper }))),
  ...THEMES.map((theme) => ({ name: `both header conventions in ${theme} on letter`, markdown: { path: 'order.md', value: ORDER_MARKDOWN }, expected: () => ORDER_TEXT, theme, paper: 'letter' as const })),
];

const browser = new BrowserManager({ flag: null, env: process.env });
const dir = tempDir('resume-reading-order-');
const documents = new Map<string, Document>();
const texts = new Map<string, Promise<string>>();

/** The text `reader` extracts from `path`, read once for all the tests that look at it. */
function text(reader: PdfReader, path: string): Promise<string> {
  const key = `${reader}\n${path}`;
  if (!texts.has(key)) texts.set(key, readPdf(reader, path));
  return texts.get(key)!;
}

/** How many times each character beyond ASCII occurs in `value`, white space and list bullets aside. */
function characters(value: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const character of value.normalize('NFC').match(/[^\x00-\x7f\s•]/gu) ?? []) counts[character] = (counts[character] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

const test = suite('PDF reading order');

// Why one build per theme and paper, shared: printing and converting dominate the suite's time,
// and LibreOffice converts every DOCX in one start.
test.before(async () => {
  const themes = Object.fromEntries(await Promise.all(THEMES.map(async (name) => [name, await loadTheme(name)] as const)));
  const docxPaths: string[] = [];
  const built: Array<Omit<Document, 'libreOffice'>> = [];
  for (const [index, item] of CASES.entries()) {
    const { resume, file } = modelOf(item.markdown.path, item.markdown.value);
    const options: RenderOptions = { theme: themes[item.theme]!, paper: item.paper, generator: 'resume-as-code test', date: DATE };
    const html = toHtml(resume, options);
    const pdf = join(dir, `${index}.pdf`);
    writeFileSync(pdf, await toPdf(html, browser, { info: documentInfo(resume), generator: 'resume-as-code test', date: DATE }));
    const docx = join(dir, `${index}-docx.docx`);
    writeFileSync(docx, await toDocx(resume, options, file));
    docxPaths.push(docx);
    built.push({ expected: item.expected(), shown: htmlText(html.slice(html.indexOf('<body'))).join('\n'), pdf });
  }
  const converted = convertToPdf(docxPaths, dir);
  CASES.forEach((item, index) => documents.set(item.name, { ...built[index]!, libreOffice: converted[index]! }));
});

test.after(async () => {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
});

for (const item of CASES) {
  for (const reader of PDF_READERS) {
    test(`${reader} reads ${item.name} in the source’s order, each entry’s dates with its header`, async () => {
      const document = documents.get(item.name)!;
      const difference = firstDifferenceDehyphenated(await text(reader, document.pdf), document.expected);
      assert.is(difference, null, difference ?? '');
    });

    test(`${reader} reads every character of ${item.name} as the page shows it (’ as U+2019, – as U+2013, ligatures as letters)`, async () => {
      const document = documents.get(item.name)!;
      assert.equal(characters(await text(reader, document.pdf)), characters(document.shown));
    });

    // Why pdftotext alone beyond the sample: where a document uses two characters that one glyph
    // of the embedded face draws (`‘` and `ʻ`), LibreOffice maps the glyph to the first and marks
    // the other's uses with /ActualText, which only pdftotext reads. The sample uses one of each.
    if (reader !== 'pdftotext' && item.markdown.path !== SAMPLE) continue;
    test(`${reader} reads LibreOffice’s PDF of the DOCX of ${item.name} in the source’s order, with the source’s characters`, async () => {
      const document = documents.get(item.name)!;
      const extracted = await text(reader, document.libreOffice);
      const difference = firstDifferenceDehyphenated(extracted, document.expected);
      assert.is(difference, null, difference ?? '');
      assert.equal(characters(extracted), characters(document.shown));
    });
  }
}

test('the sample has what these tests look for: apostrophes, en dashes, ligatures and entries of both conventions', () => {
  const sample = documents.get(CASES[0]!.name)!;
  assert.ok((characters(sample.shown)['’'] ?? 0) >= 3, 'apostrophes');
  assert.ok((characters(sample.shown)['–'] ?? 0) >= 3, 'en dashes in date ranges');
  assert.match(sample.expected, /fi|fl|ff/, 'letters that Source Serif 4 sets as ligatures');
  assert.match(sample.expected, /^Dec 2019-Current, Self Employed$/m, 'an entry with dates first');
  assert.match(sample.expected, /^Bachelor of Software Engineering, Auburn University, 2010-2014$/m, 'an entry with dates last');
});

test('the comparison sees dates read after an entry’s bullets (so the order tests can fail)', () => {
  const moved = 'Labor\nSelf Employed\n- Available on a contract basis\nDec 2019 – Current\n';
  assert.ok(firstDifferenceDehyphenated(moved, 'Labor\nDec 2019-Current, Self Employed\n- Available on a contract basis\n'));
});

test('the comparison forgives only the hyphen pdftotext drops at a line’s end', () => {
  assert.is(firstDifferenceDehyphenated('a one-tomany link', 'a one-to-many link'), null);
  assert.ok(firstDifferenceDehyphenated('a onetomany link', 'a one to many link'), 'words that no hyphen joins stay apart');
  assert.ok(firstDifferenceDehyphenated('a one-to-many', 'a one-to-many link'), 'a missing word');
});

test('the character check sees a modifier letter apostrophe for a quote (so it can fail)', () => {
  assert.not.equal(characters('Iʼm'), characters('I’m'));
  assert.not.equal(characters('oﬃce'), characters('office'));
});

test.run();
