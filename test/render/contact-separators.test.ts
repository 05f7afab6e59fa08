/**
 * A contact line too long for one line breaks before a separator, never after it (issue 14): no
 * line of the PDF, or of LibreOffice's PDF of the DOCX, ends with a dangling `·`, in any theme.
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
import { convertToPdf } from '../helpers/libreoffice.js';
import { pdfText } from '../helpers/pdf.js';
import { modelOf } from '../helpers/render.js';

const DATE = new Date(Date.UTC(2026, 0, 2));
const themes = await listThemes();
const dir = mkdtempSync(join(tmpdir(), 'resume-contacts-'));

/**
 * Contact lines that wrap, each a little longer than the one before, so that the line ends fall
 * after different items: some right after an item, where a separator used to be left dangling.
 */
const VARIANTS = [0, 3, 6, 9].map((extra) => {
  const place = `Stockholm${'x'.repeat(extra)}`;
  return `# Jane Doe\n\njane.doe@example.com · +46 70 123 45 67 · ${place} · https://example.org/portfolio · github.com/janedoe · linkedin.com/in/janedoe · Open to relocation · Remote or hybrid · Available from March · Swedish and English · Driving licence\n\n## Experience\n\nWords.\n`;
});

/** The lines of the contacts: the text from the first line through the line that holds the last item. */
function contactLines(text: string): string[] {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const first = lines.findIndex((line) => line.startsWith('jane.doe@'));
  const last = lines.findIndex((line) => line.includes('Driving'));
  return lines.slice(first, last + 1);
}

const pdfs = new Map<string, { pdf: string; docx: string }>();
const test = suite('contact separators');

test.before(async () => {
  const browser = new BrowserManager({ flag: null, env: process.env });
  const docxFiles: string[] = [];
  try {
    for (const name of themes) {
      const theme = await loadTheme(name);
      for (const [index, markdown] of VARIANTS.entries()) {
        const { resume, file } = modelOf('contacts.md', markdown);
        const options: RenderOptions = { theme, paper: 'letter', generator: 'resume-as-code test', date: DATE };
        const pdf = join(dir, `${name}-${index}.pdf`);
        writeFileSync(pdf, await toPdf(toHtml(resume, options), browser, { info: documentInfo(resume), generator: 'resume-as-code test', date: DATE }));
        const docx = join(dir, `${name}-${index}-docx.docx`);
        writeFileSync(docx, await toDocx(resume, options, file));
        docxFiles.push(docx);
        pdfs.set(`${name}-${index}`, { pdf, docx: docx.replace(/\.docx$/, '.pdf') });
      }
    }
  } finally {
    await browser.close();
  }
  convertToPdf(docxFiles, dir);
});

test.after(() => rmSync(dir, { recursive: true, force: true }));

for (const name of themes) {
  for (const format of ['pdf', 'docx'] as const) {
    test(`${name}: no line of the contacts ends with a separator (${format === 'pdf' ? 'the PDF' : 'LibreOffice’s PDF of the DOCX'})`, () => {
      for (const index of VARIANTS.keys()) {
        const lines = contactLines(pdfText(pdfs.get(`${name}-${index}`)![format]));
        assert.ok(lines.length >= 2, `the contacts wrap: ${JSON.stringify(lines)}`);
        for (const line of lines) assert.not.match(line, /·$/, `a line ends with a separator: ${JSON.stringify(lines)}`);
        for (const line of lines.slice(1)) assert.ok(!/^·\S/.test(line), `a separator sticks to the next item: ${line}`);
      }
    });
  }
}

test.run();
