// Photos and images in every format (issue 14, part 3): a local photo inlined in the HTML, drawn in
// the PDF, embedded in the DOCX (a WebP as PNG) with its alt text; a remote image only its alt text.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { toHtml } from '../../pipeline/render/html/to-html.js';
import { toText } from '../../pipeline/render/text/to-text.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { parts } from '../helpers/docx.js';
import { convertToPdf } from '../helpers/libreoffice.js';
import { modelOf, renderOptions } from '../helpers/render.js';

const IMAGES = 'test/fixtures/images';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];
const CV = `---
photo: portrait.webp
---
# Jane Doe

**Engineer**

jane@example.com · ![phone icon](landscape.png) +1 555 010 0100

## Work

### Engineer, Acme

2020 – present

Built the pipeline:

![Diagram of the pipeline](portrait.jpg)

Badges: ![Go](https://img.shields.io/badge/Go-blue) and <img src="https://example.com/x.png" alt="Rust">.
`;

const dir = tempDir();
let built: ReturnType<typeof runCli>;
const out = (format: string) => join(dir, 'out', `cv.${format}`);

const test = suite('images in every format');

test.before(() => {
  for (const name of ['portrait.webp', 'portrait.jpg', 'landscape.png']) copyFileSync(join(IMAGES, name), join(dir, name));
  writeFileSync(join(dir, 'cv.md'), CV);
  built = runCli(['build', join(dir, 'cv.md'), '--out', join(dir, 'out'), '--format', 'html,pdf,docx,txt,json']);
});

test('builds, warning at the remote image and at the raw HTML one', () => {
  assert.is(built.status, 0, built.stderr);
  assert.match(built.stderr, /cv\.md:20:9: warning: Removed the image `https:\/\/img\.shields\.io\/badge\/Go-blue`: images are never downloaded; save it next to the résumé/);
  assert.match(built.stderr, /cv\.md:20:57: warning: The HTML image `https:\/\/example\.com\/x\.png` is not shown/);
});

test('inlines the photo and the local images as data: URLs with their alt text, and holds no remote source', () => {
  const html = readFileSync(out('html'), 'utf8');
  const tree = fromHtml(html);
  const photo = select('header.masthead img.photo', tree) as Element;
  assert.match(String(photo.properties['src']), /^data:image\/webp;base64,UklGR/);
  assert.is(photo.properties['alt'], 'Jane Doe');
  // The theme's 72 pt square holds the 120 × 160 portrait as 54 × 72 pt: 72 × 96 CSS pixels.
  assert.equal([photo.properties['width'], photo.properties['height']], [72, 96]);
  const images = selectAll('main img, .contacts img', tree);
  assert.equal(
    images.map((image) => [image.properties['alt'], image.properties['className'], String(image.properties['src']).slice(0, 22)]),
    [
      ['phone icon', ['icon'], 'data:image/png;base64,'],
      ['Diagram of the pipeline', ['figure'], 'data:image/jpeg;base64'],
    ],
  );
  assert.not.match(html, /src="(?!data:)/);
  assert.match(html, /img-src data:;/);
  assert.match(html, /Badges: Go and Rust\./);
});

test('draws the photo and the images in the PDF', () => {
  const list = spawnSync('pdfimages', ['-list', out('pdf')], { encoding: 'utf8' }).stdout;
  const sizes = list.split('\n').slice(2).filter(Boolean).map((line) => line.trim().split(/\s+/).slice(3, 5).join('×'));
  assert.equal(sizes.sort(), ['120×160', '120×160', '200×100'].sort());
});

test('embeds the photo (WebP as PNG) and the images in the DOCX, each with its alt text', () => {
  const docx = parts(readFileSync(out('docx')));
  const document = docx['word/document.xml']!;
  const media = Object.entries(readDocxMedia(out('docx')));
  assert.is(media.length, 3);
  for (const [, bytes] of media) assert.ok(PNG_SIGNATURE.every((byte, index) => bytes[index] === byte) || bytes[0] === 0xff, 'each is a PNG or a JPEG');
  const described = [...document.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((match) => match[1]);
  // The contacts' icon comes first: the photo is in the header table's second column.
  assert.equal(described, ['phone icon', 'Jane Doe', 'Diagram of the pipeline']);
  const ids = [...document.matchAll(/<wp:docPr id="(\d+)"/g)].map((match) => match[1]);
  assert.is(new Set(ids).size, ids.length, 'every drawing id is unique');
  // The photo sits in the header's table, at the end of its second column.
  assert.match(document, /<w:tbl>.*Jane Doe.*<w:drawing>.*descr="Jane Doe".*<\/w:tbl>/s);
});

test('keeps each alt text in the plain text, and names the photo in JSON Resume as written', () => {
  const text = readFileSync(out('txt'), 'utf8');
  for (const words of ['phone icon', 'Diagram of the pipeline', 'Badges: Go and']) assert.ok(text.includes(words), `${words} in\n${text}`);
  assert.is(JSON.parse(readFileSync(out('json'), 'utf8')).basics.image, 'portrait.webp');
});

test('shows the photo in the DOCX as LibreOffice lays it out', () => {
  const [pdf] = convertToPdf([out('docx')], join(dir, 'libreoffice'));
  const list = spawnSync('pdfimages', ['-list', pdf!], { encoding: 'utf8' }).stdout;
  assert.match(list, /\s120\s+160\s/);
});

test('writes the same DOCX bytes on a second build', () => {
  const again = runCli(['build', join(dir, 'cv.md'), '--out', join(dir, 'again'), '--format', 'docx']);
  assert.is(again.status, 0, again.stderr);
  assert.ok(Buffer.compare(readFileSync(out('docx')), readFileSync(join(dir, 'again', 'cv.docx'))) === 0);
});

test('renders an image whose file was never read, or raw HTML’s with any source but image data, as its alt text', async () => {
  const svg = '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="drawn">';
  const { resume } = modelOf('cv.md', `# Jane Doe\n\n## Work\n\nSee ![the chart](chart.png) and <img src="chart.png" alt="again"> ${svg}.\n`);
  const html = toHtml(resume, await renderOptions());
  assert.not.match(html, /<img/);
  assert.match(html, /See the chart and again drawn\./);
  assert.match(toText(resume), /See the chart and/);
});

test.run();

/** The media files of a DOCX, by name. */
function readDocxMedia(path: string): Record<string, Uint8Array> {
  const entries = Object.entries(unzipSync(readFileSync(path)));
  return Object.fromEntries(entries.filter(([name]) => name.startsWith('word/media/')));
}
