/**
 * Web fonts whose glyphs stand for one character each, so that a PDF's text layer (its ToUnicode
 * maps, which Chromium writes from the font's cmap) reads back the source's characters (issue 13).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fontFaceCss } from '../../pipeline/render/html/font-face-css.js';
import { characterMap } from '../../pipeline/theme/character-map.js';
import { subsetFace } from '../../pipeline/theme/font-subset.js';
import { fontsourceFiles, fontsourceVersion } from '../../pipeline/theme/fontsource-files.js';
import { listThemes, loadTheme } from '../../pipeline/theme/load-theme.js';
import { splitSharedGlyphs } from '../../pipeline/theme/split-shared-glyphs.js';
import { codePointsOf, formatUnicodeRange, parseUnicodeRange, withoutPoints } from '../../pipeline/theme/unicode-range.js';
import { readWebFontParts } from '../../pipeline/theme/web-font-parts.js';
import { writeBaseSubsets } from '../../pipeline/write-base-subsets.js';
import { tempDir } from '../helpers/cli.js';

const json = async (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
const interLatin = (await fontsourceFiles('@fontsource/inter', 400, 'normal', json)).find((file) => file.subset === 'latin')!;

/** Glyphs of `font` that two or more characters map to, white space and format characters aside. */
async function sharedGlyphs(font: Uint8Array, unicodeRange: string): Promise<string[]> {
  const sfnt = await subsetFace(await toTrueType(font), String.fromCodePoint(...codePointsOf(parseUnicodeRange(unicodeRange))));
  const byGlyph = new Map<number, string[]>();
  for (const [point, glyph] of characterMap(sfnt)) {
    if (!/^[\p{White_Space}\p{Cf}]$/u.test(String.fromCodePoint(point))) byGlyph.set(glyph, [...(byGlyph.get(glyph) ?? []), String.fromCodePoint(point)]);
  }
  return [...byGlyph.values()].filter((characters) => characters.length > 1).map((characters) => characters.join(''));
}

async function toTrueType(woff2: Uint8Array): Promise<Uint8Array> {
  const { default: subsetFont } = await import('subset-font');
  return subsetFont(Buffer.from(woff2), '', { targetFormat: 'truetype', keepAllGlyphs: true } as Parameters<typeof subsetFont>[2]);
}

const test = suite('split shared glyphs');

test('Inter draws ’ and ʼ with one glyph, as the package ships it (so the split is needed)', async () => {
  assert.equal(await sharedGlyphs(readFileSync(interLatin.path), interLatin.unicodeRange), ['ʼ’']);
});

test('splits a font into parts whose glyphs each stand for one character, ’ with the letters and ʼ apart', async () => {
  const parts = (await splitSharedGlyphs(readFileSync(interLatin.path), interLatin.unicodeRange))!;
  assert.is(parts.length, 2);
  assert.is(parts[1]!.unicodeRange, 'U+02BC');
  assert.is(parts[0]!.unicodeRange, formatUnicodeRange(withoutPoints(parseUnicodeRange(interLatin.unicodeRange), new Set([0x2bc]))));
  for (const part of parts) assert.equal(await sharedGlyphs(part.data, part.unicodeRange), [], part.unicodeRange);
  const first = characterMap(await toTrueType(parts[0]!.data));
  assert.ok(first.has(0x2019) && first.has(0x41) && first.has(0x20) && first.has(0xa0), '’, letters and both spaces stay together');
  assert.not.ok(first.has(0x2bc));
});

test('leaves a font alone when no glyph is shared', async () => {
  const cyrillic = (await fontsourceFiles('@fontsource/inter', 400, 'normal', json)).find((file) => file.subset === 'cyrillic')!;
  assert.is(await splitSharedGlyphs(readFileSync(cyrillic.path), cyrillic.unicodeRange), null);
});

test('loadTheme serves every body face from parts with no shared glyph, as the install wrote them', async () => {
  for (const name of await listThemes()) {
    const theme = await loadTheme(name);
    for (const face of theme.fonts) {
      const latin = face.subsets.filter((subset) => subset.subset === 'latin');
      // Split where the package's file shares a glyph (Source Serif 4's and Inter's do).
      const shipped = (await fontsourceFiles(theme.tokens.fonts.body.fontsource, face.weight, face.style, json)).find((file) => file.subset === 'latin')!;
      const shares = (await sharedGlyphs(readFileSync(shipped.path), shipped.unicodeRange)).length > 0;
      assert.ok(latin.length >= (shares ? 2 : 1), `${name} ${face.weight} ${face.style}: latin is split`);
      for (const part of latin) assert.equal(await sharedGlyphs(part.data, part.unicodeRange), [], `${name} ${face.weight} ${face.style} ${part.unicodeRange}`);
    }
  }
});

test('the HTML carries the part for ʼ only when the text has one', async () => {
  const classic = await loadTheme('classic');
  const faces = (text: string) => (fontFaceCss(classic.fonts, classic.fallbackFonts, text).match(/@font-face/g) ?? []).length;
  assert.is(faces('I’m here'), 4, 'a regular, italic, bold and bold italic latin face');
  assert.is(faces('Kyivʼs'), 8, 'and the part with ʼ of each');
});

test('the install writes the parts and their index, where loadTheme reads them', async () => {
  const dir = join(tempDir(), 'font-subsets');
  await writeBaseSubsets([await loadTheme('modern')], dir);
  const parts = readWebFontParts('@fontsource/inter', await fontsourceVersion('@fontsource/inter', json), dir)!;
  assert.equal(Object.keys(parts).sort(), ['inter-latin-400-italic.woff2', 'inter-latin-400-normal.woff2', 'inter-latin-700-italic.woff2', 'inter-latin-700-normal.woff2']);
  for (const list of Object.values(parts)) for (const part of list) assert.ok(readdirSync(dir).includes(part.file.slice(dir.length + 1)), part.file);
  assert.is(readWebFontParts('@fontsource/inter', '0.0.0-never', dir), null, 'another version of the package finds no parts');
});

test.run();
