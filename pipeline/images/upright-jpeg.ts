/**
 * A JPEG stored turned or mirrored (EXIF orientation 2 to 8, as phones save portraits) redrawn upright.
 * Why: Chrome turns such a photo by its EXIF tag and Word and LibreOffice do not, so without this the
 * PDF and the DOCX would disagree; upright pixels look the same everywhere. Decoded and encoded by
 * jpeg-js, pure JavaScript, so the bytes are the same on every machine.
 */
import jpeg from 'jpeg-js';

/** Quality of the redrawn JPEG: high enough that a photo shows no new artefacts at résumé sizes. */
const QUALITY = 92;

/** Where each pixel of the upright picture (`x`, `y`) is in the stored one of `width` × `height`, by orientation. */
const SOURCE: Record<number, (x: number, y: number, width: number, height: number) => [number, number]> = {
  2: (x, y, width) => [width - 1 - x, y],
  3: (x, y, width, height) => [width - 1 - x, height - 1 - y],
  4: (x, y, _width, height) => [x, height - 1 - y],
  5: (x, y) => [y, x],
  6: (x, y, _width, height) => [y, height - 1 - x],
  7: (x, y, width, height) => [width - 1 - y, height - 1 - x],
  8: (x, y, width) => [width - 1 - y, x],
};

/** `bytes` (a JPEG whose EXIF orientation is `orientation`) upright, with its size; unchanged for orientation 1. */
export function uprightJpeg(bytes: Uint8Array, orientation: number): { bytes: Uint8Array; width: number; height: number } {
  const stored = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
  const source = SOURCE[orientation];
  if (!source) return { bytes, width: stored.width, height: stored.height };
  // Orientations 5 to 8 turn the picture a quarter: width and height trade places.
  const turned = orientation >= 5;
  const width = turned ? stored.height : stored.width;
  const height = turned ? stored.width : stored.height;
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const [sourceX, sourceY] = source(x, y, stored.width, stored.height);
      const from = (sourceY * stored.width + sourceX) * 4;
      pixels.set(stored.data.subarray(from, from + 4), (y * width + x) * 4);
    }
  }
  return { bytes: new Uint8Array(jpeg.encode({ data: pixels, width, height }, QUALITY).data), width, height };
}
