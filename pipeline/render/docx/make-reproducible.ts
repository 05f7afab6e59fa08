/**
 * Makes a packed .docx byte-identical across builds of the same input.
 *
 * Why: docx 9.15 has no option for any of the four things that vary, so they are rewritten here,
 * in the generated parts, the one place where this project edits generated output with patterns:
 * - `dcterms:created`/`modified` in docProps/core.xml are `new Date()`;
 * - hyperlink relationship ids are random (`uniqueId()`, a nanoid);
 * - each embedded font face gets a random obfuscation key (`uniqueUuid()`), and its .odttf is
 *   the TTF with its first 32 bytes XORed with that key (ECMA-376 part 2, §17.8.1 font embedding);
 * - the zip entries carry `Date.now()` in the local time zone (fflate `zipSync` without `mtime`).
 */
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { InternalError } from '../../diagnostics.js';

const CONTENT_TYPES = '[Content_Types].xml';
const OBFUSCATED_BYTES = 32;
const DOS_EPOCH = Date.UTC(1980, 0, 1);

/**
 * `docx` with its timestamps set to `date` (none written when null, zip entries then at the DOS epoch)
 * and its random ids and font keys derived from the content.
 */
export function makeReproducible(docx: Uint8Array, date: Date | null): Uint8Array {
  const files = unzipSync(docx);
  setTimestamps(files, date);
  renumberRelationships(files);
  rekeyFonts(files);
  // The content types part first, where Office writes it. Why level 1: the parts are mostly
  // font data, which level 6 shrinks by under 3% more at five times the cost.
  const { [CONTENT_TYPES]: contentTypes, ...rest } = files;
  return zipSync(contentTypes ? { [CONTENT_TYPES]: contentTypes, ...rest } : rest, { level: 1, mtime: zipTime(date) });
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

/** Each font key becomes a GUID from the SHA-256 of the face's TTF, and its .odttf is obfuscated again with it. */
function rekeyFonts(files: Unzipped): void {
  const relsPath = 'word/_rels/fontTable.xml.rels';
  if (!files['word/fontTable.xml'] || !files[relsPath]) return;
  const targets = new Map([...text(files, relsPath).matchAll(/<Relationship\b[^>]*>/g)].map((match) => [attribute(match[0], 'Id'), attribute(match[0], 'Target')]));
  edit(files, 'word/fontTable.xml', (xml) =>
    xml.replace(/(<w:embed\w+ r:id="([^"]+)" w:fontKey="\{)([0-9A-Fa-f-]{36})(\}")/g, (_all, before: string, id: string, oldKey: string, after: string) => {
      const path = `word/${targets.get(id)}`;
      const font = files[path];
      if (!font) throw new InternalError(`Embedded font ${path} is missing from the DOCX`);
      const plain = xorKey(font, oldKey);
      const newKey = guid(createHash('sha256').update(plain).digest('hex'));
      files[path] = xorKey(plain, newKey);
      return `${before}${newKey}${after}`;
    }),
  );
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
