import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { build } from '../pipeline/build.js';
import { BrowserManager } from '../pipeline/render/pdf/browser-manager.js';
import { FORMATS } from '../pipeline/render-format.js';
import { formatMessages } from '../pipeline/format-messages.js';
import { listThemes, loadTheme } from '../pipeline/theme/load-theme.js';
import { tempDir } from './helpers/cli.js';
import { pdfFonts } from './helpers/pdf.js';
import { firstDifference, words } from './helpers/words.js';
import { SAMPLE, sampleWords } from './helpers/sample.js';

const test = suite('themes');
const themes = await listThemes();

test('ships at least two themes, each with CSS and tokens', () => {
  assert.ok(themes.length >= 2, themes.join(', '));
  assert.ok(themes.includes('classic') && themes.includes('modern'));
});

for (const name of themes) {
  test(`${name}: builds every format, with the theme's fonts in the PDF and the DOCX`, async () => {
    const out = tempDir();
    await using browser = new BrowserManager({ flag: null, env: process.env });
    const { files, written } = await build({
      inputs: [SAMPLE], outDir: out, formats: FORMATS, theme: name, paper: null,
      generator: 'resume-as-code test', date: null, browser,
    });
    assert.is(formatMessages(files), '');
    assert.equal(written.map((path) => path.split('.').pop()).sort(), [...FORMATS].sort());

    const { tokens } = await loadTheme(name);
    const family = tokens.fonts.body.family;
    const fonts = pdfFonts(join(out, 'resume.pdf'));
    assert.ok(fonts.length > 0);
    for (const font of fonts) {
      assert.ok(font.embedded, font.name);
      assert.ok(font.name.replace(/^[A-Z]{6}\+/, '').startsWith(family.replace(/ /g, '')), `${font.name} is ${family}`);
    }

    const docx = unzipSync(readFileSync(join(out, 'resume.docx')));
    const fontTable = strFromU8(docx['word/fontTable.xml']!);
    assert.match(fontTable, new RegExp(`<w:font w:name="${family}">[\\s\\S]*?<w:embedRegular [\\s\\S]*?<w:embedBold [\\s\\S]*?</w:font>`));
    assert.match(strFromU8(docx['word/styles.xml']!), new RegExp(`w:ascii="${family}"`));

    const html = readFileSync(join(out, 'resume.html'), 'utf8');
    assert.match(html, new RegExp(`@font-face\\{font-family:'${family}'`));
    const text = readFileSync(join(out, 'resume.txt'), 'utf8').replace(/ ?<[^>\s]+>/g, '');
    assert.is(firstDifference(words(text), sampleWords()), null);
  });
}

test.run();
