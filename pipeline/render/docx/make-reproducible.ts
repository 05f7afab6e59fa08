/**
 * Makes a packed .docx byte-identical across builds of the same input, and puts the fonts in.
 *
 * Why: docx 9.15 has no option for any of the four things that vary, so they are rewritten here,
 * in the generated parts, the one place where this project edits generated output with patterns:
 * - `dcterms:created`/`modified` in docProps/core.xml are `new Date()`;
 * - hyperlink relationship ids are random (`uniqueId()`, a nanoid);
 * - each embedded font face gets a random obfuscation key (`uniqueUuid()`), and its .odttf is
 *   the TTF with its first 32 bytes XORed with that key (ECMA-376 part 2, §17.8.1 font embedding);
 * - the zip entries carry `Date.now()` in the local time zone.
 *
 * Why the fonts go in here: docx deflates every part in JavaScript, which on a cold start takes
 * ~0.1 s for the faces alone, and the package is unzipped and zipped again here anyway. So docx
 * gets 32-byte stand-ins (it writes the font table, relationships and content types as for real
 * faces), and here each stand-in is replaced by its face, and every part deflated by Node's zlib.
 */
import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, Zip, ZipPassThrough, type Unzipped } from 'fflate';
import { InternalError } from '../../diagnostics.js';
import type { EmbeddedFaces } from './fonts.js';
import { writeLanguage } from './language.js';

// Why: a face is the same object in every DOCX of a theme (see fonts.ts), in a batch or the dev
// server; it is obfuscated and deflated once, not per document. (Other parts are new each time.)
const obfuscatedByFace = new WeakMap<Uint8Array, { key: string; bytes: Uint8Array<ArrayBuffer> }>();
const deflatedByPart = new WeakMap<Uint8Array, Uint8Array<ArrayBuffer>>();

/** What docx embeds in place of the faces: `data`, `bold`, `italic`, `boldItalic` of its font option. */
export const STAND_INS = { data: Buffer.alloc(32), bold: Buffer.alloc(32), italic: Buffer.alloc(32), boldItalic: Buffer.alloc(32) };

const CONTENT_TYPES = '[Content_Types].xml';
const OBFUSCATED_BYTES = 32;
const DOS_EPOCH = Date.UTC(1980, 0, 1);

/**
 * `docx` with `faces` in place of the stand-ins, its timestamps set to `date` (none written when
 * null, zip entries then at the DOS epoch), and its random ids and font keys derived from the content;
 * and, while it is unzipped, its language `lang` written where docx cannot (language.ts).
 */
export function makeReproducible(docx: Uint8Array, date: Date | null, faces: EmbeddedFaces, lang: string): Uint8Array {
  const files = unzipSync(docx);
  setTimestamps(files, date);
  writeLanguage(files, lang);
  renumberRelationships(files);
  embedFaces(files, faces);
  // The content types part first, where Office writes it.
  const { [CONTENT_TYPES]: contentTypes, ...rest } = files;
  return zip(contentTypes ? { [CONTENT_TYPES]: contentTypes, ...rest } : rest, zipTime(date));
}

function setTimestamps(files: Unzipped, date: Date | null): void {
  const timestamps = /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g;
  const iso = date?.toISOString().replace(/\.\d{3}Z$/, 'Z');
  edit(files, 'docProps/core.xml', (xml) => xml.replace(timestamps, iso ? `$1${iso}$3` : ''));
}

/** Random relationship ids (anything but `rIdN`) become `rIdR1…n` in order, in each .rels file and its part. */
function renumberRelationships(files: Unzipped): void {
  for (const relsPath of Object.keys(files).filter((path) => path.endsWith('.rels'))) {
    const ids = [...text(files, relsPath).matchAll(/\bId="([^"]+)"/g)].map((match) => match[1]!).filter((id) => !/^rId\d+$/.test(id));
    if (ids.length === 0) continue;
    const owner = relsPath.replace(/_rels\/([^/]+)\.rels$/, '$1');
    const rename = (xml: string) => ids.reduce((result, id, index) => result.split(`"${id}"`).join(`"rIdR${index + 1}"`), xml);
    edit(files, relsPath, rename);
    if (files[owner]) edit(files, owner, rename);
  }
}

/** Each stand-in becomes its face, obfuscated with a GUID from the SHA-256 of the face, which becomes its key. */
function embedFaces(files: Unzipped, faces: EmbeddedFaces): void {
  const relsPath = 'word/_rels/fontTable.xml.rels';
  if (!files['word/fontTable.xml'] || !files[relsPath]) throw new InternalError('The DOCX has no font table to embed the faces in');
  const targets = new Map([...text(files, relsPath).matchAll(/<Relationship\b[^>]*>/g)].map((match) => [attribute(match[0], 'Id'), attribute(match[0], 'Target')]));
  const byElement = { Regular: faces.regular, Bold: faces.bold, Italic: faces.italic, BoldItalic: faces.boldItalic };
  const replaced = new Set<string>();
  edit(files, 'word/fontTable.xml', (xml) =>
    xml.replace(/(<w:embed(\w+) r:id="([^"]+)" w:fontKey="\{)[0-9A-Fa-f-]{36}(\}")/g, (_all, before: string, face: string, id: string, after: string) => {
      const path = `word/${targets.get(id)}`;
      const plain = byElement[face as keyof typeof byElement];
      if (!files[path] || !plain) throw new InternalError(`No face for the embedded font ${path} (w:embed${face})`);
      const { key, bytes } = obfuscated(plain);
      files[path] = bytes;
      replaced.add(path);
      return `${before}${key}${after}`;
    }),
  );
  // Why: a stand-in left in place would ship a 32-byte font; docx must have written the table as expected.
  const fonts = Object.keys(files).filter((path) => path.startsWith('word/fonts/'));
  if (fonts.length !== 4 || fonts.some((path) => !replaced.has(path))) throw new InternalError(`Embedded ${replaced.size} of the ${fonts.length} font parts docx wrote`);
}

/** `face` obfuscated with a key from its SHA-256, made once per face object. */
function obfuscated(face: Uint8Array): { key: string; bytes: Uint8Array<ArrayBuffer> } {
  let result = obfuscatedByFace.get(face);
  if (!result) {
    const key = guid(createHash('sha256').update(face).digest('hex'));
    result = { key, bytes: xorKey(face, key) };
    obfuscatedByFace.set(face, result);
  }
  return result;
}

/** The zip of `files` in their order, each deflated by Node's zlib, dated `mtime`. */
function zip(files: Unzipped, mtime: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  const archive = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [path, data] of Object.entries(files)) {
    const entry = new NativeDeflate(path);
    entry.mtime = mtime;
    archive.add(entry);
    entry.push(data, true);
  }
  archive.end();
  return Buffer.concat(chunks);
}

/**
 * A zip entry fflate frames (headers, CRC, a data descriptor) and Node's zlib compresses: native,
 * so no cold JIT. The bytes repeat as long as Node's bundled zlib does (a Node upgrade may change them).
 */
class NativeDeflate extends ZipPassThrough {
  constructor(filename: string) {
    super(filename);
    this.compression = 8;
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    let data = deflatedByPart.get(chunk);
    if (!data) {
      data = deflateRawSync(chunk);
      deflatedByPart.set(chunk, data);
    }
    this.ondata(null, data, final);
  }
}

/** The font bytes with their first 32 bytes XORed with the reversed bytes of `key` (a GUID). */
function xorKey(font: Uint8Array, key: string): Uint8Array<ArrayBuffer> {
  const keyBytes = (key.replace(/[{}-]/g, '').match(/../g) ?? []).map((pair) => parseInt(pair, 16)).reverse();
  const result = font.slice();
  for (let i = 0; i < OBFUSCATED_BYTES; i++) result[i]! ^= keyBytes[i % keyBytes.length]!;
  return result;
}

function guid(hexDigits: string): string {
  const h = hexDigits.slice(0, 32).toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** fflate writes DOS times from a Date's local fields: give it one whose local fields are `date`'s UTC fields. */
function zipTime(date: Date | null): Date {
  const time = new Date(Math.max(date?.getTime() ?? DOS_EPOCH, DOS_EPOCH));
  return new Date(time.getUTCFullYear(), time.getUTCMonth(), time.getUTCDate(), time.getUTCHours(), time.getUTCMinutes(), time.getUTCSeconds());
}

function attribute(tag: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

function text(files: Unzipped, path: string): string {
  return strFromU8(files[path]!);
}

function edit(files: Unzipped, path: string, change: (xml: string) => string): void {
  if (files[path]) files[path] = strToU8(change(text(files, path)));
}
