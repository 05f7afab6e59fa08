import { readdirSync } from 'node:fs';
import subsetFont from 'subset-font';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { embeddedFaces } from '../../../pipeline/render/docx/fonts.js';
import { BASE_SUBSETS_DIR } from '../../../pipeline/theme/base-subsets.js';
import { BASE_CHARACTERS } from '../../../pipeline/theme/font-subset.js';
import { listThemes, loadTheme } from '../../../pipeline/theme/load-theme.js';

const test = suite('embeddedFaces');
const classic = await loadTheme('classic');
const regularTtf = Buffer.from(classic.fonts.find((face) => face.weight === 400 && face.style === 'normal')!.ttf);

test('npm install leaves a base subset of every face of every theme', async () => {
  const themes = await Promise.all((await listThemes()).map((name) => loadTheme(name)));
  assert.is(readdirSync(BASE_SUBSETS_DIR).filter((name) => name.endsWith('.ttf')).length, themes.length * 4);
});

test('a Latin text gets the base subsets, the same bytes as subsetting at build time', async () => {
  const faces = await embeddedFaces(classic, 'Reed Allman\nDistributed systems — “Go”, Rust · 2019–2024\t€');
  assert.equal(Buffer.from(faces.regular), Buffer.from(await subsetFont(regularTtf, BASE_CHARACTERS, { targetFormat: 'truetype' })));
});

test('a character beyond the base set is subset at build time, with its glyph', async () => {
  const base = await embeddedFaces(classic, 'plain');
  const extended = await embeddedFaces(classic, 'Łódź, Őrség');
  assert.ok(extended.regular.length > base.regular.length, 'the extended subset holds more glyphs');
  assert.equal(Buffer.from(extended.regular), Buffer.from(await subsetFont(regularTtf, `${BASE_CHARACTERS}ŁźŐ`, { targetFormat: 'truetype' })));
});

test.run();
