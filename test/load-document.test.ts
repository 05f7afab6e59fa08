import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { toString } from 'mdast-util-to-string';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadDocument } from '../pipeline/load-document.js';
import { prepareDocument, type GoodRendering, type RenderSettings } from '../pipeline/prepare-document.js';
import { documentInfo } from '../pipeline/render/document-info.js';
import { toHtml } from '../pipeline/render/html/to-html.js';
import { FORMATS, renderFormat } from '../pipeline/render-format.js';
import { STYLES_DIR } from '../pipeline/theme/load-theme.js';
import { tempDir } from './helpers/cli.js';

const FIXTURES = 'test/fixtures/front-matter';

/** A Markdown file with `text` in a fresh folder. */
function markdown(text: string): string {
  const path = join(tempDir(), 'cv.md');
  writeFileSync(path, text);
  return path;
}

const messagesOf = (file: { messages: Array<{ line?: number | null; column?: number | null; fatal?: boolean | null; reason: string }> }) =>
  file.messages.map((message) => `${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.reason}`);

const load = suite('loadDocument');

load('defuses unsafe links before the model, so the résumé holds their text and a warning says where', async () => {
  const document = await loadDocument(markdown('# Jane Doe\n\nSee [my site](javascript:alert(1)).\n'));
  assert.ok(document.ok);
  const [paragraph] = document.resume.summary;
  assert.equal(paragraph?.type === 'paragraph' && paragraph.children.map((child) => [child.type, toString(child)]), [
    ['text', 'See '],
    ['text', 'my site'],
    ['text', '.'],
  ]);
  assert.equal(messagesOf(document.file), ['3:5 warning Removed the link target `javascript:alert(1)`: only http, https, mailto and tel links are kept (the text stays)']);
});

load('an image of another scheme than a file path (file:, data:) becomes its alt text, with a warning that says how to link a file', async () => {
  const document = await loadDocument(markdown('# Jane Doe\n\nMe: ![Portrait](file:///etc/passwd)\n'));
  assert.ok(document.ok);
  assert.equal(messagesOf(document.file), ['3:5 warning Removed the image `file:///etc/passwd`: an image is a file next to the résumé, linked by its relative path such as `![Portrait](photo.jpg)` (the alt text stays)']);
});

load('warns at 1:1 when front matter is never closed, and reads those lines as Markdown', async () => {
  const document = await loadDocument(`${FIXTURES}/unclosed.md`);
  assert.ok(document.ok);
  assert.equal(messagesOf(document.file), ['1:1 warning Front matter is not closed: expected a closing `---` line; it is read as Markdown']);
  assert.is(document.resume.name, 'Jane Doe');
  assert.equal(document.resume.summary.map((block) => [block.type, toString(block)]), [
    ['thematicBreak', ''],
    ['paragraph', 'name: Jane Doe\nlang: en'],
    ['paragraph', 'Platform engineer.'],
  ]);
});

load('does not warn about front matter that is closed, nor about a rule further down', async () => {
  const closed = await loadDocument(markdown('---\nname: Jane Doe\n---\n\n# Jane Doe\n\n---\n\nText.\n'));
  assert.equal(messagesOf(closed.file), []);
});

load('reports every front matter problem of a file in one run, and stops before rendering', async () => {
  const document = await loadDocument(`${FIXTURES}/five-bad-values.md`);
  assert.not.ok(document.ok);
  assert.equal(document.file.messages.map((message) => [message.line, message.column, message.fatal]), [
    [3, 7, true],
    [4, 8, true],
    [5, 8, true],
    [6, 8, true],
    [7, 8, true],
  ]);
});

load('stops at a file it cannot read, with the reason', async () => {
  const document = await loadDocument(join(tempDir(), 'missing.md'));
  assert.not.ok(document.ok);
  assert.equal(document.file.messages.map((message) => [message.fatal, message.reason]), [[true, 'No such file: expected a Markdown résumé at this path']]);
});

load.run();

const settings = (): RenderSettings => ({ theme: null, paper: null, generator: 'resume-as-code test', date: null, stylesDir: STYLES_DIR, themes: new Map() });

const prepare = suite('prepareDocument');

prepare('renders the HTML on the first call only, the same bytes as toHtml', async () => {
  const document = await prepareDocument('test/fixtures/sample/resume.md', settings());
  assert.ok(document.ok);
  const first = document.html();
  assert.is(document.html(), first);
  assert.is(await first, toHtml(document.resume, document.options));
});

prepare('renders HTML for the html and pdf formats only', async () => {
  const document = await prepareDocument('test/fixtures/sample/resume.md', settings());
  assert.ok(document.ok);
  let calls = 0;
  const counted: GoodRendering = { ...document, html: () => ((calls += 1), document.html()) };
  for (const format of FORMATS.filter((format) => format !== 'html' && format !== 'pdf')) {
    await renderFormat(format, counted, null, document.file);
  }
  assert.is(calls, 0);
  assert.match(String(await renderFormat('html', counted, null, document.file)), /^<!DOCTYPE html>/);
  assert.is(calls, 1);
});

prepare.run();

const description = suite('document description (render/document-info)');

description('is the summary’s visible text: raw HTML the sanitiser removes and comments are not in it', async () => {
  const document = await prepareDocument(`${FIXTURES}/summary-with-html.md`, settings());
  assert.ok(document.ok);
  const expected = 'Builds quiet platforms. Likes small pagers.';
  assert.is(documentInfo(document.resume).description, expected);
  const html = await document.html();
  assert.ok(html.includes(`<meta name="description" content="${expected}">`), html.slice(0, 600));
  const docx = unzipSync(await renderFormat('docx', document, null, document.file) as Uint8Array);
  assert.match(strFromU8(docx['docProps/core.xml']!), new RegExp(`<dc:description>${expected}</dc:description>`));
});

description('keeps the summary’s words and typography as written', async () => {
  const document = await loadDocument(markdown('# Jane Doe\n\nI’m building *quiet* platforms & [pagers](https://pagers.example).\n\n- Go\n- Rust\n'));
  assert.ok(document.ok);
  assert.is(documentInfo(document.resume).description, 'I’m building quiet platforms & pagers. Go Rust');
});

description.run();
