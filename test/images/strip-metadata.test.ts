/** Images lose the metadata a camera wrote (EXIF with GPS, comments, text chunks) and keep their pixels and orientation. */
import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { PNG } from 'pngjs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sniffImage } from '../../pipeline/images/sniff-image.js';
import { stripMetadata } from '../../pipeline/images/strip-metadata.js';
import { webpToPng } from '../../pipeline/images/webp-to-png.js';

const IMAGES = new URL('../fixtures/images/', import.meta.url);
const SECRET = 'HOME-GPS 59.3293N 18.0686E';
const read = (name: string) => new Uint8Array(readFileSync(new URL(name, IMAGES)));
const holds = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(text);

/** A JPEG with an EXIF segment (orientation `orientation`, then the secret) and a comment, after its start. */
function taggedJpeg(orientation: number): Uint8Array {
  const jpeg = read('portrait.jpg');
  const exif = [...Buffer.from('Exif\0\0MM'), 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0, ...Buffer.from(SECRET)];
  const comment = Buffer.from('SERIAL 0042');
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xe1, 0, exif.length + 2, ...exif]), Buffer.from([0xff, 0xfe, 0, comment.length + 2]), comment, jpeg.subarray(2)]);
}

test('a JPEG loses its EXIF and comments, and keeps its size and compressed picture', () => {
  const tagged = taggedJpeg(6);
  assert.ok(holds(tagged, SECRET));
  const stripped = stripMetadata(tagged, 'image/jpeg');
  assert.not.ok(holds(stripped, SECRET), 'no GPS');
  assert.not.ok(holds(stripped, 'SERIAL'), 'no comment');
  assert.equal(sniffImage(stripped), { ok: true, mediaType: 'image/jpeg', width: 120, height: 160, orientation: 1 });
  // The compressed picture is untouched, from its start of scan to its end.
  const scan = (bytes: Uint8Array) => Buffer.from(bytes).subarray(Buffer.from(bytes).indexOf(Buffer.from([0xff, 0xda])));
  assert.ok(scan(stripped).equals(scan(tagged)));
});

test('a PNG loses its text chunks, and still decodes to the same pixels', () => {
  const png = Buffer.from(read('portrait.png'));
  const data = Buffer.from(`Comment\0${SECRET}`);
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write('tEXt', 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  const tagged = Buffer.concat([png.subarray(0, 33), chunk, png.subarray(33)]);
  assert.ok(holds(tagged, SECRET));
  const stripped = stripMetadata(tagged, 'image/png');
  assert.not.ok(holds(stripped, SECRET));
  assert.ok(PNG.sync.read(Buffer.from(stripped)).data.equals(PNG.sync.read(png).data));
});

test('a WebP loses its EXIF chunk and the flag that announced it, and still decodes', async () => {
  const webp = Buffer.from(read('portrait.webp'));
  // An extended WebP: a VP8X header that announces EXIF, the picture, then the EXIF chunk.
  const { width, height } = sniffImage(webp) as { width: number; height: number };
  const vp8x = Buffer.alloc(18);
  vp8x.write('VP8X', 0, 'latin1');
  vp8x.writeUInt32LE(10, 4);
  vp8x[8] = 0x08;
  vp8x.writeUIntLE(width - 1, 12, 3);
  vp8x.writeUIntLE(height - 1, 15, 3);
  const secret = Buffer.from(SECRET);
  const exif = Buffer.concat([Buffer.from('EXIF'), Buffer.alloc(4), secret, Buffer.alloc(secret.length % 2)]);
  exif.writeUInt32LE(secret.length, 4);
  const body = Buffer.concat([vp8x, webp.subarray(12), exif]);
  const tagged = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBP'), body]);
  tagged.writeUInt32LE(tagged.length - 8, 4);
  assert.ok(holds(tagged, SECRET));
  const stripped = Buffer.from(stripMetadata(tagged, 'image/webp'));
  assert.not.ok(holds(stripped, SECRET));
  assert.is(stripped.readUInt32LE(4), stripped.length - 8, 'the RIFF size is the new one');
  assert.is(stripped[20]! & 0x08, 0, 'VP8X no longer announces EXIF');
  assert.equal(PNG.sync.read(Buffer.from(await webpToPng(stripped))).width, width);
});

test.run();
