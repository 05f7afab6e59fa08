import fc from 'fast-check';
import { unzipSync, strFromU8 } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText as hastText } from 'hast-util-to-text';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { VFile } from 'vfile';
import { hasErrors } from '../pipeline/diagnostics.js';
import { defuseUnsafeContent } from '../pipeline/model/defuse-unsafe-content.js';
import { toResume } from '../pipeline/model/to-resume.js';
import { parse } from '../pipeline/parse.js';
import { toDocx } from '../pipeline/render/docx/to-docx.js';
import { toHtml } from '../pipeline/render/html/to-html.js';
import { toJsonResume } from '../pipeline/render/json-resume/to-json-resume.js';
import { toText } from '../pipeline/render/text/to-text.js';
import { documentInfo } from '../pipeline/render/document-info.js';
import { BrowserManager } from '../pipeline/render/pdf/browser-manager.js';
import { toPdf } from '../pipeline/render/pdf/to-pdf.js';
import { PDFDocument } from 'pdf-lib';
import { renderOptions } from './helpers/render.js';

const word = fc.stringMatching(/^[A-Za-z][a-z0-9]{0,8}$/);
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((list) => list.join(' '));
const date = fc.constantFrom('May 2017-Dec 2019', '2010-2014', 'Jan. 2020 – present', '03/2018 - 11/2019', '2022–now');
const inline = fc.oneof(
  words,
  words.map((text) => `*${text}*`),
  words.map((text) => `**${text}**`),
  words.map((text) => `\`${text}\``),
  words.map((text) => `~~${text}~~`),
  fc.tuple(words, fc.constantFrom('https://example.com/a', 'mailto:a@b.example', 'javascript:alert(1)', 'data:text/html,x')).map(([text, url]) => `[${text}](${url})`),
  words.map((text) => `<b onclick="x()">${text}</b>`),
  fc.constantFrom('<script>evil()</script>', '<iframe src="file:///etc/passwd"></iframe>', '<img src=x onerror=alert(1)>', '<!-- c -->'),
);
const line = fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
const block = fc.oneof(
  line,
  fc.tuple(fc.integer({ min: 1, max: 4 }), words).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
  fc.array(line, { minLength: 1, maxLength: 4 }).map((items) => items.map((item) => `- ${item}`).join('\n')),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => items.map((item, i) => `${i + 1}. ${item}`).join('\n')),
  fc.tuple(date, words, words).map(([dates, role, org]) => `**${dates}, ${role}, ${org}**`),
  fc.tuple(words, words, date).map(([role, org, dates]) => `### ${role} — ${org}\n\n*${dates} · Berlin*`),
  fc.tuple(words, words).map(([a, b]) => `| ${a} | ${b} |\n| --- | --- |\n| ${b} | ${a} |`),
  line.map((text) => `> ${text}`),
  fc.constant('---'),
);
const frontMatter = fc.option(
  fc.constantFrom('name: Ada', 'paper: a4', 'paper: b5', 'unknown: 1', 'links: [https://x.example]', 'keywords: 3', 'a: [', 'theme: classic'),
);
const markdown = fc
  .tuple(frontMatter, fc.array(block, { minLength: 0, maxLength: 12 }))
  .map(([yaml, blocks]) => `${yaml ? `---\n${yaml}\n---\n\n` : ''}${blocks.join('\n\n')}\n`);

function model(value: string) {
  const file = new VFile({ path: 'random.md', value });
  const tree = parse(file);
  defuseUnsafeContent(tree, file);
  return { resume: toResume(tree, file), file };
}

/** Words of the Markdown `value` outside front matter, raw HTML, URLs and markup characters. */
function sourceWords(value: string): string[] {
  return value
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^\d+\. /gm, ' ')
    .replace(/<script>.*?<\/script>|<[^>]*>|\]\([^)]*\)/g, ' ')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

// Why a fixed default seed: CI must not go red on a draw it has never seen; set FC_SEED to explore.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261128) });

const test = suite('property: random Markdown');

test('never crashes the parser, the model or any renderer, and every output is well-formed', async () => {
  const options = await renderOptions();
  let rendered = 0;
  await fc.assert(
    fc.asyncProperty(markdown, async (value) => {
      const { resume, file } = model(value);
      if (hasErrors(file)) return;
      rendered++;
      const body = select('body', fromHtml(toHtml(resume, options)));
      assert.ok(body, 'HTML has a body');
      const docx = unzipSync(await toDocx(resume, options, file));
      for (const [path, bytes] of Object.entries(docx)) {
        if (path.endsWith('.xml') || path.endsWith('.rels')) assert.is(XMLValidator.validate(strFromU8(bytes)), true, path);
      }
      JSON.parse(toJsonResume(resume));
      const text = toText(resume);
      for (const expected of sourceWords(value)) assert.ok(text.includes(expected), `${expected} missing from the plain text of:\n${value}`);
    }),
    { numRuns: 60 },
  );
  // Why: a property that every draw skips (an error in each) would check nothing.
  assert.ok(rendered >= 20, `only ${rendered} of 60 random files rendered`);
});

test('brings every word of the input’s text to the HTML', async () => {
  const options = await renderOptions();
  await fc.assert(
    fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 10 }), async (blocks) => {
      // A leading paragraph: a file that opens with `---` … `---` holds front matter, not text.
      const value = `Intro\n\n${blocks.join('\n\n')}\n`;
      const { resume, file } = model(value);
      assert.not.ok(hasErrors(file), `an error for:\n${value}`);
      const text = hastText(select('body', fromHtml(toHtml(resume, options)))!);
      for (const expected of sourceWords(value)) assert.ok(text.includes(expected), `${expected} missing from HTML of:\n${value}`);
    }),
    { numRuns: 80 },
  );
});

test('prints a PDF that opens for random résumés', async () => {
  const options = await renderOptions();
  const browser = new BrowserManager({ flag: null, env: process.env });
  let printed = 0;
  try {
    await fc.assert(
      fc.asyncProperty(markdown, async (value) => {
        const { resume, file } = model(value);
        if (hasErrors(file)) return;
        printed++;
        const pdf = await toPdf(toHtml(resume, options), browser, { info: documentInfo(resume), generator: 'test', date: null });
        assert.ok((await PDFDocument.load(pdf)).getPageCount() >= 1);
      }),
      { numRuns: 6 },
    );
  } finally {
    await browser.close();
  }
  assert.ok(printed >= 2, `only ${printed} of 6 random files printed`);
});

test('survives random bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      model(Buffer.from(bytes).toString('utf8'));
    }),
    { numRuns: 200 },
  );
});

test.run();
