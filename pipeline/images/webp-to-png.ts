/**
 * WebP → PNG, for the DOCX: Word documents cannot hold WebP. Decoded by libwebp compiled to
 * WebAssembly (@jsquash/webp), encoded by pngjs; both pure, so the bytes are the same on every machine.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import decode, { init } from '@jsquash/webp/decode.js';
import { PNG } from 'pngjs';
import { UserError } from '../diagnostics.js';

// Why: decode.js takes the compiled module as its first argument (its README's way for Node and
// workers), which its type declarations leave out.
declare module '@jsquash/webp/decode.js' {
  export function init(module: WebAssembly.Module): Promise<void>;
}

const require = createRequire(import.meta.url);

// Why kept: compiling the decoder takes a few milliseconds, and the module never changes.
let decoder: Promise<void> | null = null;

/** The PNG of a WebP file's pixels. */
export async function webpToPng(webp: Uint8Array): Promise<Uint8Array> {
  // Why given the module: in Node the decoder cannot fetch its .wasm file by URL as it does in a browser.
  decoder ??= readFile(require.resolve('@jsquash/webp/codec/dec/webp_dec.wasm'))
    .then((bytes) => WebAssembly.compile(bytes))
    .then(init)
    .catch((error: unknown) => {
      // Why forgotten: a dev server's next build tries again.
      decoder = null;
      throw error;
    });
  await decoder;
  const pixels = await decode(webp.buffer.slice(webp.byteOffset, webp.byteOffset + webp.byteLength) as ArrayBuffer).catch(() => {
    throw new UserError('a WebP image could not be decoded: save it again, or as a PNG or JPEG');
  });
  const png = new PNG({ width: pixels.width, height: pixels.height });
  png.data = Buffer.from(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength);
  return new Uint8Array(PNG.sync.write(png));
}
