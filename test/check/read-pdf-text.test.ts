import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readPdfText } from '../../pipeline/check/read-pdf-text.js';

const test = suite('readPdfText');

/** A PDF of two pages whose first draws its words out of reading order, with a link. */
async function twoPages(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const first = doc.addPage([612, 792]);
  // Drawn right to left and bottom up, as a layout may emit them.
  first.drawText('Second line', { x: 72, y: 680, size: 12, font });
  first.drawText('World', { x: 120, y: 700, size: 12, font });
  first.drawText('Hello', { x: 72, y: 700.5, size: 12, font });
  first.drawText('2014 – 2018', { x: 400, y: 700, size: 10, font: await doc.embedFont(StandardFonts.HelveticaBold) });
  const link = doc.context.register(
    doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [72, 695, 160, 712], Border: [0, 0, 0], A: { Type: 'Action', S: 'URI', URI: PDFString.of('https://example.org/ines') } }),
  );
  first.node.set(PDFName.of('Annots'), doc.context.obj([link]));
  doc.addPage([612, 792]).drawText('Page two', { x: 72, y: 700, size: 12, font });
  return doc.save();
}

test('reads lines top to bottom, items of a baseline left to right, spaced by their gaps; page after page', async () => {
  const bytes = await twoPages();
  const read = await readPdfText(bytes);
  assert.equal(read.lines, ['Hello World 2014 – 2018', 'Second line', 'Page two']);
  assert.is(read.pages, 2);
  assert.is(read.bytes, bytes.length);
  assert.is(read.format, 'pdf');
});

test('lists the targets of link annotations, and leaves the bytes it was given intact', async () => {
  const bytes = await twoPages();
  const copy = bytes.slice();
  assert.equal((await readPdfText(bytes)).links, ['https://example.org/ines']);
  assert.equal(bytes, copy);
});

test.run();
