import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { toHtml } from '../../pipeline/render/html/to-html.js';
import { loadTheme } from '../../pipeline/theme/load-theme.js';
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

test('keeps each contact separator with the item after it, in one span that never breaks between them', async () => {
  const { tree, html } = await render('contacts.md', '# Jane Doe\n\njane@example.com · example.org · +1 555 010 9999\n');
  const contacts = select('.contacts', tree)!;
  // A phone number's spaces are no-break spaces (it never breaks either).
  const text = (element: Element) => toText(element).replace(/\u00a0/g, ' ');
  assert.is(text(contacts), 'jane@example.com · example.org · +1 555 010 9999');
  const items = selectAll('.contact-item', contacts);
  assert.equal(items.map(text), ['· example.org', '· +1 555 010 9999']);
  for (const item of items) assert.is(toText(select('.sep', item)!).trim(), '·');
  assert.match(html, /\.contact-item \{ white-space: nowrap; \}/);
});

test('sets every token of the theme as a custom property, a colour role as the palette colour', async () => {
  const { resume } = modelOf();
  const options = await renderOptions();
  const html = toHtml(resume, { ...options, theme: await loadTheme('modern') });
  const root = /:root\{([^}]*)\}/.exec(html)![1]!;
  const properties = Object.fromEntries(root.split(';').map((declaration) => declaration.split(/:(.*)/s).slice(0, 2)));
  assert.is(properties['--color-accent'], '#0f6e6e');
  assert.is(properties['--color-code-background'], '#e9f1f1');
  assert.is(properties['--name-color'], 'var(--color-text)');
  assert.is(properties['--name-letter-spacing'], '-0.02em');
  assert.is(properties['--masthead-rule-width'], '2.5pt');
  assert.is(properties['--masthead-rule-color'], 'var(--color-accent)');
  // The rule beside the title has a width; under and over it, none.
  assert.is(properties['--section-title-rule-beside-width'], '0.75pt');
  assert.is(properties['--section-title-rule-under-width'], '0pt');
  assert.is(properties['--section-title-rule-over-width'], '0pt');
  assert.is(properties['--entry-title-organization-color'], 'var(--color-accent)');
});

test.run();
