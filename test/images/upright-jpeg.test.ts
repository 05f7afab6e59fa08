/** A JPEG a phone saved turned (EXIF orientation 6, 8, 3…) is redrawn upright, so every format shows it the same way up. */
import { readFileSync } from 'node:fs';
import jpeg from 'jpeg-js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { uprightJpeg } from '../../pipeline/images/upright-jpeg.js';

const portrait = jpeg.decode(readFileSync(new URL('../fixtures/images/portrait.jpg', import.meta.url)), { useTArray: true });

/** `portrait` stored as a camera held `turns` quarter turns clockwise would store it: the picture turned the other way. */
function storedTurned(turns: number): Uint8Array {
  let { width, height, data } = portrait;
  for (let turn = 0; turn < turns; turn += 1) {
    // A quarter turn anticlockwise: the pixel at (x, y) goes to (y, width - 1 - x).
    const turned = new Uint8Array(data.length);
    for (let y = 0; y < height; y += 1) for (let x = 0; x < width; x += 1) turned.set(data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4), ((width - 1 - x) * height + y) * 4);
    [width, height, data] = [height, width, turned];
  }
  return new Uint8Array(jpeg.encode({ data, width, height }, 95).data);
}

/** The mean colour of a band of rows (`from`, `to` as fractions of the height) of a decoded picture. */
function band(picture: { width: number; height: number; data: Uint8Array }, from: number, to: number): number[] {
  const sum = [0, 0, 0];
  let count = 0;
  for (let y = Math.floor(picture.height * from); y < Math.floor(picture.height * to); y += 1) {
    for (let x = 0; x < picture.width; x += 1, count += 1) for (let channel = 0; channel < 3; channel += 1) sum[channel]! += picture.data[(y * picture.width + x) * 4 + channel]!;
  }
  return sum.map((value) => value / count);
}

test('orientations 6, 3 and 8 come out upright: the portrait’s size, its head at the top', () => {
  for (const [orientation, turns] of [[6, 1], [3, 2], [8, 3]] as const) {
    const upright = uprightJpeg(storedTurned(turns), orientation);
    assert.equal([upright.width, upright.height], [portrait.width, portrait.height], `orientation ${orientation}`);
    const drawn = jpeg.decode(upright.bytes, { useTArray: true });
    for (const [from, to] of [[0, 0.2], [0.8, 1]] as const) {
      const difference = band(drawn, from, to).map((value, channel) => Math.abs(value - band(portrait, from, to)[channel]!));
      assert.ok(Math.max(...difference) < 12, `orientation ${orientation}, rows ${from}–${to}: ${difference.map(Math.round).join(', ')}`);
    }
  }
});

test('orientation 1 leaves the file as it is', () => {
  const bytes = new Uint8Array(readFileSync(new URL('../fixtures/images/portrait.jpg', import.meta.url)));
  assert.is(uprightJpeg(bytes, 1).bytes, bytes);
});

test.run();
