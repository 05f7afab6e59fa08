/** Reads a Markdown file into a vfile: strict UTF-8, BOM and CRLF accepted. */
import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { VFile } from 'vfile';
import { fail } from './diagnostics.js';

/** Read `path`; problems (missing file, bad encoding, no text) are errors on the returned vfile. */
export async function readInput(path: string): Promise<VFile> {
  const file = new VFile({ path, value: '' });
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'No such file: expected a Markdown résumé at this path' : code === 'EISDIR' ? 'This is a folder, expected a Markdown file' : `Cannot read the file (${code ?? String(error)})`;
    fail(file, reason, undefined, 'read');
    return file;
  }
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt !== null) {
    const before = bytes.subarray(0, invalidAt);
    const line = before.toString('latin1').split('\n').length;
    const column = invalidAt - before.lastIndexOf(0x0a);
    fail(file, `Invalid UTF-8 at byte ${invalidAt} (byte 0x${bytes[invalidAt]!.toString(16)}): save the file as UTF-8`, { line, column }, 'encoding');
    return file;
  }
  file.value = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (file.value.trim() === '') fail(file, 'The file is empty: expected a Markdown résumé starting with `# Your Name`', { line: 1, column: 1 }, 'empty');
  return file;
}

/** Byte offset of the first invalid UTF-8 sequence in `bytes`, or null. */
function firstInvalidUtf8(bytes: Buffer): number | null {
  if (isUtf8(bytes)) return null;
  let offset = 0;
  for (const char of bytes.toString('utf8')) {
    const literal = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (char === '\uFFFD' && !literal) return offset;
    offset += Buffer.byteLength(char);
  }
  return null;
}
