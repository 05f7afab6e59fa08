import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { zipSync, strToU8 } from 'fflate';
import { readDocxText } from '../../pipeline/check/read-docx-text.js';
import { toDocx } from '../../pipeline/render/docx/to-docx.js';
import { modelOf, renderOptions } from '../helpers/render.js';

const test = suite('readDocxText');

const MARKDOWN = `# Ines Vargas

ines@example.org · [GitHub](https://github.com/ivargas) · [Blog](https://ines.example.org)

## Experience

**Mar 2021 – Present, Staff Engineer, Smith & Jones**

- Led the rewrite of the &lt;ledger&gt; service.
`;

test('reads the DOCX the renderer writes: a line per paragraph, entities decoded, links in order', async () => {
  const { resume, file } = modelOf('cv.md', MARKDOWN);
  const bytes = await toDocx(resume, await renderOptions(), file);
  const read = readDocxText(bytes);
  assert.is(read.format, 'docx');
  assert.is(read.pages, null);
  assert.is(read.bytes, bytes.length);
  const lines = read.lines.filter((line) => line.trim() !== '');
  assert.is(lines[0], 'Ines Vargas');
  assert.is(lines[lines.indexOf('Mar 2021 – Present') + 1], 'Staff Engineer, Smith & Jones', lines.join('\n'));
  assert.ok(lines.includes('Led the rewrite of the <ledger> service.'), lines.join('\n'));
  assert.equal(read.links, ['mailto:ines@example.org', 'https://github.com/ivargas', 'https://ines.example.org']);
});

test('tabs and breaks are spaces, a non-breaking hyphen a hyphen; numeric entities decoded', () => {
  const document = '<w:document><w:body><w:p><w:r><w:t>A</w:t><w:tab/><w:t xml:space="preserve">B </w:t><w:br/><w:t>C&#x2019;s</w:t><w:noBreakHyphen/><w:t>D&amp;E</w:t></w:r></w:p><w:p><w:pPr/></w:p></w:body></w:document>';
  const read = readDocxText(zipSync({ 'word/document.xml': strToU8(document) }));
  assert.equal(read.lines, ['A B  C’s-D&E', '']);
  assert.equal(read.links, []);
});

test.run();
