/** Reads the character map (`cmap`) of a TrueType or OpenType font. */

/**
 * Each code point of `sfnt` with the glyph it maps to, from the font's Unicode `cmap` subtable
 * (format 12 when the font has one, else format 4); empty when the font maps no character (a
 * subset to characters it lacks).
 * Spec: https://learn.microsoft.com/en-us/typography/opentype/spec/cmap
 */
export function characterMap(sfnt: Uint8Array): Map<number, number> {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const cmap = tableOffset(view, 'cmap');
  if (cmap === null) return new Map();
  const subtables = Array.from({ length: view.getUint16(cmap + 2) }, (_, index) => {
    const record = cmap + 4 + index * 8;
    const offset = cmap + view.getUint32(record + 4);
    return { platform: view.getUint16(record), encoding: view.getUint16(record + 2), offset, format: view.getUint16(offset) };
  });
  const unicode = subtables.filter(({ platform, encoding }) => platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)));
  const full = unicode.find((subtable) => subtable.format === 12);
  if (full) return format12(view, full.offset);
  const basic = unicode.find((subtable) => subtable.format === 4);
  return basic ? format4(view, basic.offset) : new Map();
}

function tableOffset(view: DataView, tag: string): number | null {
  for (let index = 0; index < view.getUint16(4); index++) {
    const record = 12 + index * 16;
    const name = String.fromCharCode(...Array.from({ length: 4 }, (_, at) => view.getUint8(record + at)));
    if (name === tag) return view.getUint32(record + 8);
  }
  return null;
}

function format12(view: DataView, offset: number): Map<number, number> {
  const map = new Map<number, number>();
  for (let group = 0; group < view.getUint32(offset + 12); group++) {
    const at = offset + 16 + group * 12;
    const [start, end, glyph] = [view.getUint32(at), view.getUint32(at + 4), view.getUint32(at + 8)];
    for (let point = start; point <= end; point++) map.set(point, glyph + point - start);
  }
  return map;
}

function format4(view: DataView, offset: number): Map<number, number> {
  const map = new Map<number, number>();
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment++) {
    const [start, end] = [view.getUint16(starts + segment * 2), view.getUint16(ends + segment * 2)];
    const delta = view.getUint16(deltas + segment * 2);
    const rangeOffset = view.getUint16(rangeOffsets + segment * 2);
    for (let point = start; point <= end && point !== 0xffff; point++) {
      // A range offset points into the glyph id array, relative to where it is itself stored.
      const raw = rangeOffset === 0 ? point : view.getUint16(rangeOffsets + segment * 2 + rangeOffset + (point - start) * 2);
      const glyph = rangeOffset !== 0 && raw === 0 ? 0 : (raw + delta) & 0xffff;
      if (glyph !== 0) map.set(point, glyph);
    }
  }
  return map;
}
