import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { documentInfo } from '../../pipeline/render/document-info.js';
import { toHtml } from '../../pipeline/render/html/to-html.js';
import { BrowserManager } from '../../pipeline/render/pdf/browser-manager.js';
import { toPdf } from '../../pipeline/render/pdf/to-pdf.js';
import { listThemes, loadTheme } from '../../pipeline/theme/load-theme.js';
import { modelOf, renderOptions } from '../helpers/render.js';
import { pdfCatalog, pdfFile, pdfFonts, pdfInfo, pdfLinks, pdfOutline, pdfText } from '../helpers/pdf.js';
import { firstDifference, words } from '../helpers/words.js';
import { SAMPLE, sampleLinkTargets, sampleWords } from '../helpers/sample.js';

const DATE = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
const browser = new BrowserManager({ flag: null, env: process.env });

async function print(path?: string, value?: string, paper: 'letter' | 'a4' = 'letter') {
  const { resume } = modelOf(path, value);
  const html = toHtml(resume, await renderOptions(paper));
  const bytes = await toPdf(html, browser, { info: documentInfo(resume), generator: 'resume-as-code test', date: DATE });
  return { bytes, path: pdfFile(bytes), html };
}

const test = suite('toPdf');
let user: Awaited<ReturnType<typeof print>>;

test.before(async () => {
  user = await print();
});
test.after(() => browser.close());

test('holds every word of the sample résumé, in order', () => {
  const difference = firstDifference(words(pdfText(user.path)), sampleWords());
  assert.is(difference, null, difference ?? '');
});

test('fits the sample résumé on at most 3 Letter pages', () => {
  const info = pdfInfo(user.path);
  assert.ok(Number(info.Pages) <= 3, info.Pages);
  assert.match(info['Page size']!, /612 x 792 pts \(letter\)/);
});

test('prints on A4 when asked', async () => {
  const { path } = await print(undefined, undefined, 'a4');
  assert.match(pdfInfo(path)['Page size']!, / x 841\.\d* pts \(A4\)/);
});

test('carries title, author, creator, dates and language', async () => {
  const info = pdfInfo(user.path);
  assert.is(info.Title, 'Reed Allman — Résumé');
  assert.is(info.Author, 'Reed Allman');
  assert.match(info.Creator!, /^resume-as-code/);
  assert.match(info.CreationDate!, /2026/);
  assert.is((await pdfCatalog(user.bytes)).lang, 'en');
});

test('takes subject and keywords from front matter', async () => {
  const { path } = await print('fm.md', '---\nheadline: Distributed systems\nkeywords: [Go, queues]\nlang: de\n---\n# A\n\n## Work\n');
  const info = pdfInfo(path);
  assert.is(info.Subject, 'Distributed systems');
  assert.is(info.Keywords, 'Go queues');
});

test('is tagged, with an outline of the name and every section', async () => {
  assert.is(pdfInfo(user.path).Tagged, 'yes');
  assert.ok((await pdfCatalog(user.bytes)).tagged);
  const outline = await pdfOutline(user.bytes);
  assert.equal(outline.filter(([depth]) => depth <= 1), [[0, 'Reed Allman'], [1, 'Labor'], [1, 'Education'], [1, 'Contributions'], [1, 'Human Bits']]);
});

test('makes every link of the sample a clickable link with its exact target', async () => {
  const links = await pdfLinks(user.bytes);
  assert.equal([...new Set(links)].sort(), [...new Set(sampleLinkTargets())].sort());
});

test('embeds the theme’s fonts and no fallback font', () => {
  const fonts = pdfFonts(user.path);
  assert.ok(fonts.length >= 2);
  for (const font of fonts) {
    assert.ok(font.embedded, `${font.name} embedded`);
    assert.match(font.name, /^[A-Z]{6}\+SourceSerif4-/);
  }
});

test('gives byte-identical files for the same input', async () => {
  const again = await print();
  assert.ok(Buffer.from(again.bytes).equals(Buffer.from(user.bytes)));
});

test('never leaves a section title or entry header alone at the foot of a page', () => {
  const pages = Number(pdfInfo(user.path).Pages);
  const headers = /^(Labor|Education|Contributions|Human Bits|.*\b(19|20)\d\d\b.*[A-Z].*)$/;
  for (let page = 1; page < pages; page++) {
    const lines = pdfText(user.path, page).split('\n').map((line) => line.trim()).filter((line) => line && line !== '\f');
    assert.not.match(lines.at(-1)!, headers, `page ${page} ends with "${lines.at(-1)}"`);
  }
});

test('paginates a five-page résumé with no heading or entry header alone at a page foot', async () => {
  const source = readFileSync(SAMPLE, 'utf8');
  const body = source.slice(source.indexOf('### Labor'), source.indexOf('### Education'));
  const long = `${source.slice(0, source.indexOf('### Labor'))}${[1, 2, 3, 4].map((n) => body.replace('### Labor', `### Labor ${n}`)).join('\n')}${source.slice(source.indexOf('### Education'))}`;
  const { path } = await print('long.md', long);
  const pages = Number(pdfInfo(path).Pages);
  assert.ok(pages >= 5, `${pages} pages`);
  const headers = /^(Labor \d|Education|Contributions|Human Bits|.*\b(19|20)\d\d\b.*[A-Z].*)$/;
  for (let page = 1; page < pages; page++) {
    const lines = pdfText(path, page).split('\n').map((line) => line.trim()).filter((line) => line && line !== '\f');
    assert.not.match(lines.at(-1)!, headers, `page ${page} ends with "${lines.at(-1)}"`);
  }
  assert.is(pdfText(path).match(/Principal Member of Technical Staff/g)?.length, 4);
});

test('runs no script and loads nothing: no file, no network', async () => {
  let hits = 0;
  const server = createServer((_, response) => {
    hits++;
    response.end('LEAKED-FROM-SERVER');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const hostile = [
    '# Mallory',
    '',
    `<iframe src="file:///etc/passwd"></iframe><img src="file:///etc/hostname"><img src="http://127.0.0.1:${port}/img">`,
    `<link rel="prefetch" href="http://127.0.0.1:${port}/prefetch"><script>document.write('SCRIPT-RAN')</script>`,
    `![x](http://127.0.0.1:${port}/md-image) <video poster="http://127.0.0.1:${port}/poster"></video>`,
    '',
    'Visible words stay.',
  ].join('\n');
  try {
    const { path } = await print('hostile.md', hostile);
    const text = pdfText(path);
    assert.match(text, /Visible words stay\./);
    assert.not.match(text, /root:|SCRIPT-RAN|LEAKED/);
    assert.not.match(text, new RegExp(readFileSync('/etc/hostname', 'utf8').trim() || 'no-hostname'));
    assert.is(hits, 0, 'the loopback server was contacted');
  } finally {
    server.close();
  }
});

test('the HTML of every theme has no accessibility violations (axe-core in Chromium)', async () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  for (const name of await listThemes()) {
    const { resume } = modelOf();
    const html = toHtml(resume, { ...(await renderOptions()), theme: await loadTheme(name) });
    assert.equal(await axeViolations(html, axeSource), [], name);
  }
});

async function axeViolations(html: string, axeSource: string): Promise<string[]> {
  // A page of its own: the manager's pages run no script, and axe is one.
  const page = await (await browser.launch()).browser.newPage();
  try {
    await page.setBypassCSP(true);
    await page.setContent(html, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    return await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe.run();
      return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
  } finally {
    await page.close();
  }
}

test.run();
