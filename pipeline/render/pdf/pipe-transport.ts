/** Puppeteer's `ConnectionTransport` over Chromium's `--remote-debugging-pipe`: JSON messages ending in NUL. */
import type { Readable, Writable } from 'node:stream';
import type { ConnectionTransport } from 'puppeteer-core/lib/esm/puppeteer/puppeteer-core-browser.js';

export class PipeTransport implements ConnectionTransport {
  onmessage?: (message: string) => void;
  onclose?: () => void;
  readonly #write: Writable;
  #partial: Buffer[] = [];

  /** `write` is the browser's fd 3 (it reads commands there), `read` its fd 4. */
  constructor(write: Writable, read: Readable) {
    this.#write = write;
    read.on('data', (chunk: Buffer) => this.#receive(chunk));
    read.on('close', () => this.onclose?.());
    // Why ignored: a dead browser shows up as `close` and as failed commands, with better messages.
    read.on('error', () => {});
    write.on('error', () => {});
  }

  send(message: string): void {
    // Two writes, not one of a joined copy: a document goes out as a message of ~130 KB.
    this.#write.write(message);
    this.#write.write('\0');
  }

  close(): void {
    this.#write.end();
  }

  #receive(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      const message = Buffer.concat([...this.#partial, chunk.subarray(start, end)]).toString('utf8');
      this.#partial = [];
      start = end + 1;
      // Why deferred: Puppeteer expects each message on a task of its own, as a WebSocket gives them.
      setImmediate(() => this.onmessage?.(message));
    }
    if (start < chunk.length) this.#partial.push(chunk.subarray(start));
  }
}
