import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { embeddedFaces } from '../../pipeline/render/docx/fonts.js';
import { baseSubsetPath, readBaseSubset } from '../../pipeline/theme/base-subsets.js';
import { BASE_CHARACTERS, subsetFace } from '../../pipeline/theme/font-subset.js';
import { listThemes, loadTheme } from '../../pipeline/theme/load-theme.js';
import type { Theme } from '../../pipeline/theme/theme.js';
import { writeBaseSubsets } from '../../pipeline/write-base-subsets.js';
import { tempDir } from '../helpers/cli.js';

const test = suite('DOCX fonts from the theme');
const classic = await loadTheme('classic');
const LATIN = 'Wren Halvorsen-Tamm\nField notes — “Tromsø”, 2019–2024\t€';

/** `theme` with each face's base subset replaced by `subset` (null: as a theme added after install). */
function withBaseSubsets(theme: Theme, subset: (ttf: Uint8Array) => Uint8Array | null): Theme {
  return { ...theme, fonts: theme.fonts.map((face) => ({ ...face, baseSubset: subset(face.ttf) })) };
}

test('loadTheme gives every face of every theme its base subset from the install', async () => {
  for (const name of await listThemes()) {
    const theme = await loadTheme(name);
    for (const face of theme.fonts) {
      assert.ok(face.baseSubset, `${name} ${face.weight} ${face.style} has a base subset`);
      assert.equal(Buffer.from(face.baseSubset), Buffer.from(await subsetFace(face.ttf, BASE_CHARACTERS)));
    }
  }
});

test('a face keeps its base subset for the life of the theme, read once', () => {
  const face = classic.fonts[0]!;
  assert.is(face.baseSubset, face.baseSubset);
});

test('a Latin text embeds the base subsets the theme carries, as they are', async () => {
  const marked = new Map(classic.fonts.map((face, index) => [face.ttf, new Uint8Array([index + 1])]));
  const faces = await embeddedFaces(withBaseSubsets(classic, (ttf) => marked.get(ttf)!), LATIN);
  const face = (weight: number, style: string) => marked.get(classic.fonts.find((font) => font.weight === weight && font.style === style)!.ttf);
  assert.equal(faces, { regular: face(400, 'normal'), bold: face(700, 'normal'), italic: face(400, 'italic'), boldItalic: face(700, 'italic') });
});

test('a face without a base subset is subset at build time, to the same bytes', async () => {
  const faces = await embeddedFaces(withBaseSubsets(classic, () => null), LATIN);
  const regular = classic.fonts.find((face) => face.weight === 400 && face.style === 'normal')!;
  assert.equal(Buffer.from(faces.regular), Buffer.from(regular.baseSubset!));
});

test('a character beyond the base set is subset at build time, whatever the theme carries', async () => {
  const faces = await embeddedFaces(withBaseSubsets(classic, () => new Uint8Array([0])), 'Łódź');
  const regular = classic.fonts.find((face) => face.weight === 400 && face.style === 'normal')!;
  assert.equal(Buffer.from(faces.regular), Buffer.from(await subsetFace(regular.ttf, `${BASE_CHARACTERS}Łź`)));
});

test('the install step writes a base subset per face, where readBaseSubset finds it', async () => {
  const dir = join(tempDir(), 'font-subsets');
  await writeBaseSubsets([classic], dir);
  assert.is(readdirSync(dir).filter((name) => name.endsWith('.ttf')).length, classic.fonts.length);
  for (const face of classic.fonts) {
    assert.ok(baseSubsetPath(face.ttf, dir).startsWith(dir));
    assert.equal(Buffer.from(readBaseSubset(face.ttf, dir)!), Buffer.from(face.baseSubset!));
  }
  assert.is(readBaseSubset(new Uint8Array([1, 2, 3]), dir), null, 'a face nobody subset has none');
});

test('the DOCX renderer touches no file and knows nothing of the install layout', () => {
  const folder = new URL('../../pipeline/render/docx/', import.meta.url);
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.ts'))) {
    const imports = [...readFileSync(new URL(name, folder), 'utf8').matchAll(/(?:from |import\()'([^']+)'/g)].map(([, from]) => from!);
    const offending = imports.filter((from) => /^node:fs|write-atomic|package-root|base-subsets|write-base-subsets/.test(from));
    assert.equal(offending, [], name);
  }
});

test.run();
