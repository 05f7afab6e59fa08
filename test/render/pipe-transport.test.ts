import { PassThrough } from 'node:stream';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PipeTransport } from '../../pipeline/render/pdf/pipe-transport.js';

/** A transport over in-memory pipes, with every message it delivers. */
function transport() {
  const toBrowser = new PassThrough();
  const fromBrowser = new PassThrough();
  const pipe = new PipeTransport(toBrowser, fromBrowser);
  const received: string[] = [];
  pipe.onmessage = (message) => received.push(message);
  const settled = () => new Promise((resolve) => setTimeout(resolve, 20));
  return { pipe, toBrowser, fromBrowser, received, settled };
}

const test = suite('PipeTransport');

test('sends each message followed by a NUL byte', async () => {
  const { pipe, toBrowser } = transport();
  pipe.send('{"id":1}');
  pipe.send('{"id":2}');
  assert.is(toBrowser.read().toString(), '{"id":1}\0{"id":2}\0');
});

test('delivers a message split across chunks once, whole', async () => {
  const { fromBrowser, received, settled } = transport();
  fromBrowser.write('{"id":1,"res');
  fromBrowser.write('ult":"ok"}');
  fromBrowser.write('\0');
  await settled();
  assert.equal(received, ['{"id":1,"result":"ok"}']);
});

test('delivers several messages of one chunk in order, keeping the unfinished rest', async () => {
  const { fromBrowser, received, settled } = transport();
  fromBrowser.write('{"a":1}\0{"b":2}\0{"c":');
  fromBrowser.write('3}\0');
  await settled();
  assert.equal(received, ['{"a":1}', '{"b":2}', '{"c":3}']);
});

test('decodes a UTF-8 character split between chunks', async () => {
  const { fromBrowser, received, settled } = transport();
  const bytes = Buffer.from('{"title":"Résumé — Łódź"}\0');
  const cut = bytes.indexOf(Buffer.from('é')) + 1; // between the two bytes of é
  fromBrowser.write(bytes.subarray(0, cut));
  fromBrowser.write(bytes.subarray(cut));
  await settled();
  assert.equal(received, ['{"title":"Résumé — Łódź"}']);
});

test('tells Puppeteer when the browser closes its end', async () => {
  const { pipe, fromBrowser, settled } = transport();
  let closed = false;
  pipe.onclose = () => (closed = true);
  fromBrowser.destroy();
  await settled();
  assert.ok(closed);
});

test.run();
