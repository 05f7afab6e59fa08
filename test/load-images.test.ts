// The load layer's images (pipeline/load-images.ts): read next to the résumé, checked by their
// bytes, attached to their nodes; refused with a positioned error; a remote one dropped with a warning.
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import type { Image } from 'mdast';
import { visit } from 'unist-util-visit';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadDocument, type LoadedDocument } from '../pipeline/load-document.js';
import { tempDir } from './helpers/cli.js';

const IMAGES = 'test/fixtures/images';

/** `cv.md` holding `text` in a fresh folder, beside copies of the fixture images. */
function folderWith(text: string): { dir: string; path: string } {
  const dir = tempDir();
  for (const name of ['portrait.png', 'portrait.jpg', 'portrait.webp', 'landscape.png']) copyFileSync(join(IMAGES, name), join(dir, name));
  const path = join(dir, 'cv.md');
  writeFileSync(path, text);
  return { dir, path };
}

async function loaded(path: string): Promise<LoadedDocument> {
  const document = await loadDocument(path);
  assert.ok(document.ok, document.file.messages.join('\n'));
  return document as LoadedDocument;
}

const messagesOf = (file: { messages: Array<{ line?: number | null; column?: number | null; fatal?: boolean | null; reason: string }> }) =>
  file.messages.map((message) => `${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.reason}`);

function imagesOf(document: LoadedDocument): Image[] {
  const found: Image[] = [];
  visit(document.tree, 'image', (node: Image) => {
    found.push(node);
  });
  return found;
}

const test = suite('loadImages');

test('reads a PNG, a JPEG and a WebP beside the résumé, with their format and size in pixels', async () => {
  const { path } = folderWith('# Jane Doe\n\n## Work\n\n![A](portrait.png)\n\n![B](portrait.jpg)\n\n![C](./portrait.webp)\n\n![D](landscape.png)\n');
  const files = imagesOf(await loaded(path)).map((node) => node.data?.file);
  assert.equal(
    files.map((file) => file && [file.path, file.mediaType, file.width, file.height]),
    [
      ['portrait.png', 'image/png', 120, 160],
      ['portrait.jpg', 'image/jpeg', 120, 160],
      ['./portrait.webp', 'image/webp', 120, 160],
      ['landscape.png', 'image/png', 200, 100],
    ],
  );
  assert.is(files[0]!.bytes[1], 0x50);
});

test('takes front matter `photo` as the photo, and an image alone by the name when front matter names none', async () => {
  const fromFrontMatter = await loaded(folderWith('---\nphoto: portrait.jpg\n---\n# Jane Doe\n\n![Landscape](landscape.png)\n').path);
  assert.is(fromFrontMatter.resume.photo?.data?.file?.mediaType, 'image/jpeg');
  assert.is(fromFrontMatter.resume.summary.length, 1, 'the body image stays where it is written');

  const fromHeader = await loaded(folderWith('# Jane Doe\n\n![Portrait of Jane](portrait.png)\n\njane@example.com\n\n## Work\n\nText.\n').path);
  assert.is(fromHeader.resume.photo?.alt, 'Portrait of Jane');
  assert.equal(fromHeader.resume.summary, []);

  const inName = await loaded(folderWith('# ![avatar](portrait.png) Jane Doe\n').path);
  assert.is(inName.resume.photo?.url, 'portrait.png');
  assert.is(inName.resume.name, 'Jane Doe');
  assert.equal(inName.resume.nameContent, [{ type: 'text', value: 'Jane Doe', position: inName.resume.nameContent[0]!.position }]);
});

test('refuses a path out of the résumé’s folder, by `..` or by a symlink, with an error at the image', async () => {
  const { dir, path } = folderWith('# Jane Doe\n\nSee ![secret](../../etc/passwd) here.\n\n![link](inside.png)\n');
  symlinkSync('/etc/hostname', join(dir, 'inside.png'));
  const document = await loadDocument(path);
  assert.not.ok(document.ok);
  assert.equal(messagesOf(document.file), [
    "3:5 error The image `../../etc/passwd` is outside the résumé's folder: put it next to the Markdown file (or in a folder under it) and link it as a relative path such as `photo.jpg`",
    "5:1 error The image `inside.png` is outside the résumé's folder: put it next to the Markdown file (or in a folder under it) and link it as a relative path such as `photo.jpg`",
  ]);
});

test('refuses a missing file, a file over 5 MB, and one that is no image whatever its name', async () => {
  const { dir, path } = folderWith('---\nphoto: missing.jpg\n---\n# Jane Doe\n\n![big](big.png)\n\n![fake](fake.png)\n\n![drawing](logo.png)\n\n![folder](sub)\n');
  writeFileSync(join(dir, 'big.png'), new Uint8Array(5 * 1024 * 1024 + 1));
  writeFileSync(join(dir, 'fake.png'), 'not a picture at all');
  writeFileSync(join(dir, 'logo.png'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
  mkdirSync(join(dir, 'sub'));
  const document = await loadDocument(path);
  assert.not.ok(document.ok);
  assert.equal(messagesOf(document.file), [
    '6:1 error The image `big.png` is 5.0 MB, over the 5 MB allowed: save a smaller copy (a photo 800 pixels across is plenty)',
    '8:1 error `fake.png` is not a PNG, JPEG, WebP or GIF image (its content says so, whatever its name): save the picture in one of these formats',
    '10:1 error `logo.png` is an SVG drawing, which cannot be embedded: export it as a PNG',
    '12:1 error `sub` is a folder, not an image file',
    '2:8 error No image file `missing.jpg`: expected it at that path relative to the Markdown file',
  ]);
});

test('refuses a picture of more than 40 megapixels, however small its file', async () => {
  const { dir, path } = folderWith('# Jane Doe\n\n![huge](huge.png)\n');
  // A PNG's signature and header: 20000 × 20000 pixels, announced in a few bytes.
  const header = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(20_000, 16);
  header.writeUInt32BE(20_000, 20);
  header[24] = 8;
  header[25] = 2;
  writeFileSync(join(dir, 'huge.png'), header);
  const document = await loadDocument(path);
  assert.equal(messagesOf(document.file), ['3:1 error The image `huge.png` is 20000 × 20000 pixels, over the 40 megapixels allowed: save a smaller copy (a photo 800 pixels across is plenty)']);
});

test('reads a photo a phone saved turned (EXIF orientation 6) upright: portrait size, no warning, no EXIF left to turn it again', async () => {
  const { dir, path } = folderWith('---\nphoto: phone.jpg\n---\n# Jane Doe\n');
  // The portrait stored a quarter turn anticlockwise, as a phone held upright stores it, and tagged to be turned back.
  const stored = jpeg.decode(readFileSync(join(IMAGES, 'portrait.jpg')), { useTArray: true });
  const turned = new Uint8Array(stored.data.length);
  for (let y = 0; y < stored.height; y += 1) for (let x = 0; x < stored.width; x += 1) turned.set(stored.data.subarray((y * stored.width + x) * 4, (y * stored.width + x) * 4 + 4), ((stored.width - 1 - x) * stored.height + y) * 4);
  const encoded = Buffer.from(jpeg.encode({ data: turned, width: stored.height, height: stored.width }, 95).data);
  const exif = [...Buffer.from('Exif\0\0MM'), 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0];
  writeFileSync(join(dir, 'phone.jpg'), Buffer.concat([encoded.subarray(0, 2), Buffer.from([0xff, 0xe1, 0, exif.length + 2, ...exif]), encoded.subarray(2)]));
  const document = await loaded(path);
  assert.equal(messagesOf(document.file), []);
  const file = document.resume.photo?.data?.file;
  assert.equal([file?.width, file?.height], [120, 160]);
  assert.not.ok(Buffer.from(file!.bytes).includes('Exif'), 'no orientation tag for a browser to apply a second time');
});

test('never fetches a remote image: its alt text stays, with a warning that says to save it beside the résumé', async () => {
  const { path } = folderWith('---\nphoto: https://example.com/me.jpg\n---\n# Jane Doe\n\nBuilt with ![Go](https://img.shields.io/badge/Go-blue) daily.\n');
  const document = await loaded(path);
  assert.equal(messagesOf(document.file), [
    '6:12 warning Removed the image `https://img.shields.io/badge/Go-blue`: images are never downloaded; save it next to the résumé and link the file, such as `![Portrait](photo.jpg)` (the alt text stays)',
    '2:8 warning Removed the image `https://example.com/me.jpg`: images are never downloaded; save it next to the résumé and link the file, such as `![Portrait](photo.jpg)` (the alt text stays)',
  ]);
  assert.is(document.resume.photo, null);
  assert.equal(imagesOf(document), []);
  const paragraph = document.resume.summary[0];
  assert.equal(paragraph?.type === 'paragraph' && paragraph.children.map((node) => (node.type === 'text' ? node.value : node.type)), ['Built with ', 'Go', ' daily.']);
});

test('a remote image in a heading goes without its alt text: the name stays the name', async () => {
  const { path } = folderWith('# ![Portrait](https://example.com/me.jpg) Jane Doe\n\njane@example.org\n\n## ![icon](https://example.com/i.png) Experience\n\nText.\n');
  const document = await loaded(path);
  assert.is(document.resume.name, 'Jane Doe');
  assert.equal(document.resume.sections.map((section) => section.title), ['Experience']);
  assert.match(messagesOf(document.file)[0]!, '1:3 warning Removed the image `https://example.com/me.jpg`: images are never downloaded; save it next to the résumé and link the file, such as `![Portrait](photo.jpg)` (the heading keeps its words, not the alt text)');
});

test('decodes `%20` in a path to the file’s space, and reads a file named twice only once', async () => {
  const { dir, path } = folderWith('# Jane Doe\n\n![a](my%20photo.png) and ![b](my%20photo.png)\n');
  copyFileSync(join(IMAGES, 'portrait.png'), join(dir, 'my photo.png'));
  const [first, second] = imagesOf(await loaded(path));
  assert.is(first!.data?.file?.width, 120);
  assert.is(first!.data?.file, second!.data?.file);
});

test.run();
