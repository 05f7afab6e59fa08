import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { toHtml } from '../../pipeline/render/html/to-html.js';
import { htmlErrors } from '../helpers/html.js';
import { modelOf, renderOptions } from '../helpers/render.js';
import { firstDifference, words } from '../helpers/words.js';
import { sampleLinkTargets, sampleWords } from '../helpers/sample.js';

async function render(path?: string, value?: string) {
  const { resume, file } = modelOf(path, value);
  const html = toHtml(resume, await renderOptions());
  return { html, tree: fromHtml(html), file };
}

const attr = (element: Element | undefined, name: string) => element?.properties[name];

const test = suite('toHtml');

test('is valid HTML5 by html-validate', async () => {
  const { html } = await render();
  assert.equal(await htmlErrors(html), []);
});

test('holds every word of the sample résumé, in order', async () => {
  const { tree } = await render();
  const difference = firstDifference(words(toText(select('body', tree)!)), sampleWords());
  assert.is(difference, null, difference ?? '');
});

test('links every link of the sample with the same target', async () => {
  const { tree } = await render();
  const hrefs = selectAll('a[href]', tree).map((a) => String(attr(a, 'href')));
  assert.equal([...new Set(hrefs)].sort(), [...new Set(sampleLinkTargets())].sort());
});

test('has lang, charset, viewport, title, author and description', async () => {
  const { tree } = await render();
  assert.is(attr(select('html', tree), 'lang'), 'en');
  assert.ok(select('meta[charset=utf-8]', tree));
  assert.ok(select('meta[name=viewport]', tree));
  assert.is(toText(select('title', tree)!), 'Reed Allman — Résumé');
  assert.is(attr(select('meta[name=author]', tree), 'content'), 'Reed Allman');
  assert.match(String(attr(select('meta[name=description]', tree), 'content')), /^I’m currently building distributed compute/);
});

test('uses header, main, a section per section and an article per entry', async () => {
  const { tree } = await render();
  assert.is(toText(select('body > header h1', tree)!), 'Reed Allman');
  assert.equal(selectAll('main > section.section > h2', tree).map((h2) => toText(h2)), ['Labor', 'Education', 'Contributions', 'Human Bits']);
  assert.is(selectAll('section.section:nth-of-type(2) article', tree).length, 4);
  assert.is(selectAll('article', tree).length, 5);
});

test('puts dates in <time> with normalised values', async () => {
  const { tree } = await render();
  const times = selectAll('article time', tree).map((time) => [toText(time), String(attr(time, 'dateTime'))]);
  assert.equal(times.slice(0, 3), [['Dec 2019', '2019-12'], ['May 2017', '2017-05'], ['Dec 2019', '2019-12']]);
  assert.equal(times.at(-1), ['2014', '2014']);
});

test('is self-contained: fonts and CSS inlined, no external resource', async () => {
  const { tree, html } = await render();
  assert.is(selectAll('link, script, img, iframe', tree).length, 0);
  const urls = [...html.matchAll(/url\(([^)]*)\)/g)].map((match) => match[1]!);
  assert.ok(urls.length >= 4, 'expected inlined fonts');
  assert.ok(urls.every((url) => url.startsWith('data:font/woff2;base64,')));
  assert.match(html, /@font-face\{font-family:'Source Serif 4'/);
});

test('has a print stylesheet that keeps entry headers with their content', async () => {
  const { html } = await render();
  assert.match(html, /@media print/);
  assert.match(html, /\.entry-header \{[^}]*break-inside: avoid;[^}]*break-after: avoid;/);
  assert.match(html, /@page\{size:letter;/);
});

test('sanitises raw HTML but keeps its text', async () => {
  const markdown = [
    '# Eve',
    '',
    '## Work',
    '',
    'Hello <script>alert(1)</script><b onclick="alert(2)">bold</b> <iframe src="file:///etc/passwd"></iframe>',
    '[click](javascript:alert(3)) <a href="vbscript:x">vb</a> `<b>code</b>`',
    '',
    '<style>body{display:none}</style><form><input name=x></form><object data=x>inside object</object>',
  ].join('\n');
  const { tree, html } = await render('hostile.md', markdown);
  assert.is(selectAll('script, iframe, style, form, object, embed', select('body', tree)!).length, 0);
  assert.not.match(html, /onclick|javascript:|vbscript:|alert\(1\)|display:none/);
  const text = toText(select('main', tree)!);
  for (const word of ['Hello', 'bold', 'click', 'vb', '<b>code</b>', 'inside object']) assert.ok(text.includes(word), word);
});

test('gives sections that slug alike distinct ids', async () => {
  const { tree } = await render('ids.md', '# A\n\n## C++\n\nx\n\n## C#\n\ny\n');
  assert.equal(selectAll('h2', tree).map((h2) => attr(h2, 'id')), ['c', 'c-2']);
});

test('keeps footnotes and their text', async () => {
  const { tree } = await render('notes.md', '# A\n\n## Work\n\nDid things[^1] well.\n\n[^1]: A note with words.\n');
  assert.match(toText(select('main', tree)!), /Did things1 well\.[\s\S]*1\s*A note with words\./);
});

test.run();
