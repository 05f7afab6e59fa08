/**
 * The DOCX of every theme looks like its PDF (issue 14): LibreOffice's PDF of the DOCX has as
 * many pages, and its first page, compared as a picture with the first page the browser prints,
 * has the same layout, every word in the same colour and the same rules (test/helpers/page-image.ts
 * says how the pictures are compared, and why so). The comparison is shown to fail the DOCX the
 * renderer wrote before themes fed it (classic's look hard-coded), as the issue found it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { documentInfo } from '../../pipeline/render/document-info.js';
import { toDocx } from '../../pipeline/render/docx/to-docx.js';
import { toHtml } from '../../pipeline/render/html/to-html.js';
import type { RenderOptions } from '../../pipeline/render/options.js';
import { BrowserManager } from '../../pipeline/render/pdf/browser-manager.js';
import { toPdf } from '../../pipeline/render/pdf/to-pdf.js';
import { listThemes, loadTheme } from '../../pipeline/theme/load-theme.js';
import type { Theme, ThemeTokens } from '../../pipeline/theme/theme.js';
import { convertToPdf } from '../helpers/libreoffice.js';
import { comparePages, TOLERANCE, toPng, type PageComparison } from '../helpers/page-image.js';
import { pdfInfo } from '../helpers/pdf.js';
import { modelOf } from '../helpers/render.js';

const DATE = new Date(Date.UTC(2026, 0, 2));
const themes = await listThemes();
const dir = mkdtempSync(join(tmpdir(), 'resume-docx-pdf-'));
const browser = new BrowserManager({ flag: null, env: process.env });

/**
 * The DOCX look before the theme fed the style table: the classic theme's choices hard-coded
 * (accent name, italic muted headline, a hairline under each section title, no rule under the
 * header, organisations and links in the text's colour, muted bullets) over the theme's palette,
 * sizes and spacing. (It also underlined links, which tokens cannot say.)
 */
function oldRenderer(theme: Theme): Theme {
  const tokens: ThemeTokens = {
    ...theme.tokens,
    name: { ...theme.tokens.name, color: 'accent' },
    headline: { color: 'muted', fontStyle: 'italic' },
    masthead: { rule: null },
    sectionTitle: { color: 'accent', letterSpacing: 0.02, lineHeight: 1.2, rule: { position: 'under', width: 0.75, color: 'rule', gap: 1 } },
    entryTitle: { lineHeight: 1.25, organizationColor: 'text' },
    link: { color: 'text' },
    bullet: { color: 'muted' },
  };
  return { ...theme, tokens };
}

interface Rendered {
  pdf: string;
  docx: string;
  oldDocx: string;
}
const rendered = new Map<string, Rendered>();

const test = suite('DOCX matches PDF');

test.before(async () => {
  const { resume, file } = modelOf();
  const docxFiles: string[] = [];
  for (const name of themes) {
    const theme = await loadTheme(name);
    const options: RenderOptions = { theme, paper: 'letter', generator: 'resume-as-code test', date: DATE };
    const pdf = join(dir, `${name}.pdf`);
    writeFileSync(pdf, await toPdf(toHtml(resume, options), browser, { info: documentInfo(resume), generator: 'resume-as-code test', date: DATE }));
    const docx = join(dir, `${name}-docx.docx`);
    writeFileSync(docx, await toDocx(resume, options, file));
    const oldDocx = join(dir, `${name}-old.docx`);
    writeFileSync(oldDocx, await toDocx(resume, { ...options, theme: oldRenderer(theme) }, file));
    docxFiles.push(docx, oldDocx);
    rendered.set(name, { pdf, docx: docx.replace(/\.docx$/, '.pdf'), oldDocx: oldDocx.replace(/\.docx$/, '.pdf') });
  }
  await browser.close();
  // LibreOffice converts every DOCX in one start.
  convertToPdf(docxFiles, dir);
});

test.after(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Why `comparison` is outside the tolerance, one reason a line; empty when it is within. */
function failures(comparison: PageComparison): string[] {
  const reasons: string[] = [];
  if (comparison.layoutShare > TOLERANCE.layoutShare) reasons.push(`layout: ${(comparison.layoutShare * 100).toFixed(1)}% of 8-pt cells differ (at most ${TOLERANCE.layoutShare * 100}%)`);
  if (comparison.recoloured.length > TOLERANCE.colorWords) {
    const shown = comparison.recoloured.slice(0, 6).map((word) => `${word.text} ${word.pdf} → ${word.docx}`).join(', ');
    reasons.push(`colour: ${comparison.recoloured.length} of ${comparison.words} words in another colour (${shown})`);
  }
  reasons.push(...comparison.rules.problems.map((problem) => `rules: ${problem}`));
  return reasons;
}

for (const name of themes) {
  test(`${name}: LibreOffice's PDF of the DOCX has as many pages as the PDF`, () => {
    const { pdf, docx } = rendered.get(name)!;
    assert.is(pdfInfo(docx).Pages, pdfInfo(pdf).Pages);
  });

  test(`${name}: page 1 of the DOCX looks like page 1 of the PDF (layout, the colour of every word, rules)`, () => {
    const { pdf, docx } = rendered.get(name)!;
    const comparison = comparePages(pdf, docx);
    const reasons = failures(comparison);
    if (reasons.length > 0) writeFileSync(join(tmpdir(), `resume-${name}-layout-diff.png`), toPng(comparison.layoutDiff));
    assert.equal(reasons, [], reasons.join('\n'));
    assert.ok(comparison.words > 300, `only ${comparison.words} words were compared`);
    assert.ok(comparison.rules.pdf.length > 0, 'every theme draws a rule on page 1');
  });

  test(`${name}: the comparison fails the DOCX of the renderer before themes fed it (so it can fail)`, () => {
    const { pdf, oldDocx } = rendered.get(name)!;
    assert.ok(failures(comparePages(pdf, oldDocx)).length > 0);
  });
}

test('the comparison fails the modern DOCX as issue 14 found it: a teal name, no rule under the header, the section rule under the title', () => {
  const { pdf, oldDocx } = rendered.get('modern')!;
  const comparison = comparePages(pdf, oldDocx);
  assert.ok(comparison.recoloured.some((word) => word.text === 'Allman'), 'the name in another colour');
  assert.ok(comparison.rules.problems.length > 0, 'the rules differ');
});

test.run();
