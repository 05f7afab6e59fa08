import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { VFile } from 'vfile';
import type { Block, Paper, Resume } from '../../pipeline/model/types.js';
import { toResume } from '../../pipeline/model/to-resume.js';
import { parse } from '../../pipeline/parse.js';
import type { RenderOptions } from '../../pipeline/render/options.js';
import { toDocx } from '../../pipeline/render/docx/to-docx.js';
import { loadTheme } from '../../pipeline/theme/load-theme.js';
import type { Theme } from '../../pipeline/theme/theme.js';
import { firstDifference, words } from '../helpers/words.js';
import { documentText, paragraphs, parts } from '../helpers/docx.js';
import { SAMPLE, sampleLinkTargets, sampleWords } from '../helpers/sample.js';

const DATE = new Date(Date.UTC(2026, 0, 1));
const ROOT = new URL('../../', import.meta.url);

const FIXTURE = `# Jane Doe

jane@example.com · example.org

## Projects

Text with \`inline code\`, ~~struck~~ words and <span>raw inline</span> markup.

| Tool | Year |
| --- | ---: |
| Rust | 2021 |
| Go | 2019 |

1. first step
2. second step
   - nested bullet
     - deeper bullet
3. third step

Between the lists.

1. restarted one
2. restarted two

<div>raw block html</div>

> a quoted thought

\`\`\`
code line one
  code line two
\`\`\`

---

Footnote ref[^1].

[^1]: The note.
`;

let themePromise: Promise<Theme> | undefined;
const theme = () => (themePromise ??= loadTheme('classic'));

function read(path: string, value = readFileSync(new URL(path, ROOT), 'utf8')): { file: VFile; resume: Resume } {
  const file = new VFile({ path, value });
  return { file, resume: toResume(parse(file), file) };
}

async function options(overrides: Partial<RenderOptions> = {}): Promise<RenderOptions> {
  return { theme: await theme(), paper: 'letter', generator: 'resume-as-code 0.1.0', date: DATE, ...overrides };
}

async function build(path = SAMPLE, value?: string, overrides: Partial<RenderOptions> = {}): Promise<{ bytes: Uint8Array; file: VFile }> {
  const { file, resume } = read(path, value);
  return { bytes: await toDocx(resume, await options(overrides), file), file };
}

/** The parts of a .docx by path, as text. */
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'docx-test-'));
}

const toDocxSuite = suite('toDocx');

toDocxSuite('writes every word of the sample résumé in order', async () => {
  const { bytes } = await build();
  const difference = firstDifference(words(documentText(bytes)), sampleWords());
  assert.is(difference, null, difference ?? '');
});

toDocxSuite('sets the name in the Title style and the contacts on one line separated by " · ", the mark bound to the next item by a no-break space', async () => {
  const all = paragraphs(parts((await build()).bytes)['word/document.xml']!);
  assert.equal(all[0], { style: 'Title', numbered: false, level: null, text: 'Reed Allman' });
  assert.equal(all[1], { style: 'Contacts', numbered: false, level: null, text: 'reed@rdallman.com ·\u00a0rdallman.com' });
});

/** The `w:style` element of `id` in styles.xml. */
function styleXml(styles: string, id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
}

toDocxSuite('takes its look from the theme: the name\'s colour, the rule under the header and the section rule\'s place (modern)', async () => {
  const modern = await loadTheme('modern');
  const files = parts((await build(SAMPLE, undefined, { theme: modern })).bytes);
  const styles = files['word/styles.xml']!;
  const hex = (color: string) => color.slice(1).toUpperCase();
  assert.match(styleXml(styles, 'Title'), `<w:color w:val="${hex(modern.tokens.color.text)}"/>`);
  assert.match(styleXml(styles, 'Title'), /<w:spacing w:val="-10"\/>/, 'the name tracked by -0.02 em');
  assert.match(styleXml(styles, 'Subtitle'), `<w:color w:val="${hex(modern.tokens.color.accent)}"/>`);
  assert.not.match(styleXml(styles, 'Subtitle'), '<w:i/>');
  // The rule beside the section title: a tab to the right margin, underlined, and no border.
  const heading = styleXml(styles, 'Heading1');
  assert.match(heading, /<w:tab w:val="right" w:pos="\d+"\/>/);
  assert.not.match(heading, '<w:pBdr>');
  assert.match(styleXml(styles, 'SectionRule'), `<w:u w:val="single" w:color="${hex(modern.tokens.color.rule)}"/>`);
  assert.match(styleXml(styles, 'EntryOrganization'), `<w:color w:val="${hex(modern.tokens.color.accent)}"/>`);
  assert.match(styleXml(styles, 'InlineCode'), `w:fill="${hex(modern.tokens.color.codeBackground)}"`);
  assert.not.match(styles, 'EEF1F4', 'no colour of the classic theme');
  // The heavy accent rule under the header, on its last paragraph (the contacts).
  const contacts = /<w:p>(?:(?!<w:p>)[\s\S])*?<w:pStyle w:val="Contacts"\/>[\s\S]*?<\/w:p>/.exec(files['word/document.xml']!)?.[0] ?? '';
  assert.match(contacts, `<w:bottom w:val="single" w:color="${hex(modern.tokens.color.accent)}" w:sz="20" w:space="8"/>`);
});

toDocxSuite('draws the section rule where the theme puts it: under the title (classic), over it (compact)', async () => {
  for (const [name, side] of [['classic', 'bottom'], ['compact', 'top']] as const) {
    const heading = styleXml(parts((await build(SAMPLE, undefined, { theme: await loadTheme(name) })).bytes)['word/styles.xml']!, 'Heading1');
    assert.match(heading, new RegExp(`<w:pBdr><w:${side} w:val="single"`), name);
    assert.not.match(heading, '<w:tab ', name);
  }
});

toDocxSuite('sets the four section titles in the Heading1 style', async () => {
  const headings = paragraphs(parts((await build()).bytes)['word/document.xml']!).filter((paragraph) => paragraph.style === 'Heading1');
  assert.equal(headings.map((heading) => heading.text), ['Labor', 'Education', 'Contributions', 'Human Bits']);
});

toDocxSuite('writes the 33 bullets as List Bullet paragraphs with numbering, never typed bullets', async () => {
  const { bytes } = await build();
  const all = paragraphs(parts(bytes)['word/document.xml']!);
  const items = all.filter((paragraph) => paragraph.numbered);
  assert.is(items.length, 33);
  assert.ok(items.every((item) => item.style === 'ListBullet' && item.level === 0));
  assert.not.ok(all.some((paragraph) => /^\s*[•◦▪■-]\s/.test(paragraph.text)), 'no paragraph starts with a typed bullet');
  const numbering = parts(bytes)['word/numbering.xml']!;
  const numIds = new Set([...parts(bytes)['word/document.xml']!.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((match) => match[1]));
  const abstractIds = [...numIds].map((numId) => new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)?.[1]);
  const glyphs = abstractIds.flatMap((abstractId) => {
    const definition = new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstractId}".*?</w:abstractNum>`, 's').exec(numbering)?.[0] ?? '';
    return [...definition.matchAll(/<w:lvlText w:val="([^"]*)"\/>/g)].map((match) => match[1]!);
  });
  assert.equal([...new Set(glyphs)].sort(), ['–', '•', '■'].sort(), 'bullet glyphs that the theme font has');
});

toDocxSuite('keeps the source order of entry headers: dates in a paragraph above the title or below it, never on a tab stop', async () => {
  const { bytes } = await build();
  const document = parts(bytes)['word/document.xml']!;
  const all = paragraphs(document);
  const at = (text: string) => all.findIndex((paragraph) => paragraph.text === text);
  const oracle = at('Principal Member of Technical Staff, Oracle');
  assert.equal(all[oracle - 1], { style: 'EntryHeader', numbered: false, level: null, text: 'May 2017 – Dec 2019' }, 'the dates, then the title');
  assert.is(all[oracle]!.style, 'EntryHeader');
  const education = at('Bachelor of Software Engineering, Auburn University');
  assert.equal(all[education + 1], { style: 'EntryHeader', numbered: false, level: null, text: '2010 – 2014' }, 'the title, then the dates');
  // Why its own line height: the dates line is as tall as the HTML's (small size, body line height), so the DOCX takes the PDF's pages.
  const datesParagraph = [...document.matchAll(/<w:p\b[^>]*>(.*?)<\/w:p>/gs)].map(([, body]) => body!).find((body) => body.includes('Dec 2019</w:t>'))!;
  assert.match(datesParagraph, /<w:spacing [^>]*w:line="\d+" w:lineRule="exact"/);
  assert.not.match(document, '<w:tab/>');
  assert.not.match(parts(bytes)['word/styles.xml']!, '<w:tabs>', 'no style sets a tab stop');
});

toDocxSuite('makes every link of the résumé an external hyperlink', async () => {
  const files = parts((await build()).bytes);
  const rels = files['word/_rels/document.xml.rels']!;
  const document = files['word/document.xml']!;
  for (const target of sampleLinkTargets()) {
    const relationship = [...rels.matchAll(/<Relationship [^>]*\/>/g)].map(([tag]) => tag).find((tag) => tag.includes(`Target="${escape(target)}"`));
    assert.ok(relationship, `a relationship to ${target}`);
    assert.match(relationship, 'TargetMode="External"');
    const id = /Id="([^"]+)"/.exec(relationship)![1]!;
    assert.ok(document.includes(`<w:hyperlink w:history="1" r:id="${id}">`), `a w:hyperlink to ${target}`);
  }
});

toDocxSuite('writes the core properties and the build date', async () => {
  const core = parts((await build()).bytes)['docProps/core.xml']!;
  assert.match(core, '<dc:title>Reed Allman — Résumé</dc:title>');
  assert.match(core, '<dc:creator>Reed Allman</dc:creator>');
  assert.match(core, '<cp:lastModifiedBy>Reed Allman</cp:lastModifiedBy>');
  assert.match(core, '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>');
  assert.match(core, '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:modified>');
});

toDocxSuite('writes no creation date when the build has none', async () => {
  const core = parts((await build(SAMPLE, undefined, { date: null })).bytes)['docProps/core.xml']!;
  assert.not.match(core, 'dcterms:created');
  assert.not.match(core, 'dcterms:modified');
});

toDocxSuite('takes subject, keywords, description and language from front matter', async () => {
  const source = '---\nheadline: Staff Engineer\nlang: de-DE\nkeywords: [Go, Rust]\ndescription: Builds systems.\n---\n\n# Jane Doe\n\njane@example.com\n';
  const files = parts((await build('front.md', source)).bytes);
  assert.match(files['docProps/core.xml']!, '<dc:subject>Staff Engineer</dc:subject>');
  assert.match(files['docProps/core.xml']!, '<cp:keywords>Go, Rust</cp:keywords>');
  assert.match(files['docProps/core.xml']!, '<dc:description>Builds systems.</dc:description>');
  assert.match(files['word/styles.xml']!, /<w:rPrDefault><w:rPr>.*<w:lang w:val="de-DE"\/>.*<\/w:rPr><\/w:rPrDefault>/s);
  assert.equal(paragraphs(files['word/document.xml']!)[1], { style: 'Subtitle', numbered: false, level: null, text: 'Staff Engineer' });
});

toDocxSuite('writes the résumé language in the default run properties', async () => {
  assert.match(parts((await build()).bytes)['word/styles.xml']!, /<w:rPrDefault><w:rPr>.*<w:lang w:val="en"\/>.*<\/w:rPrDefault>/s);
});

toDocxSuite('sizes the page for Letter or A4 with the theme margins', async () => {
  const section = async (paper: Paper) => parts((await build(SAMPLE, undefined, { paper })).bytes)['word/document.xml']!;
  assert.match(await section('letter'), /<w:pgSz w:w="12240" w:h="15840" w:orient="portrait"\/>/);
  assert.match(await section('a4'), /<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
  assert.match(await section('letter'), /<w:pgMar w:top="864" w:right="1008" w:bottom="864" w:left="1008"/);
});

toDocxSuite('uses no tables, text boxes, shapes or headers for the résumé', async () => {
  const files = parts((await build()).bytes);
  const document = files['word/document.xml']!;
  for (const element of ['<w:tbl>', '<w:txbxContent', '<v:textbox', '<wps:', '<w:drawing', '<w:pict', '<w:framePr', '<w:headerReference', '<w:footerReference']) {
    assert.not.ok(document.includes(element), `no ${element}`);
  }
  assert.not.ok(Object.keys(files).some((path) => /^word\/(header|footer)\d*\.xml$/.test(path)), 'no header or footer parts');
});

toDocxSuite('embeds the four faces of the theme font and names it in the styles', async () => {
  const { bytes } = await build();
  const files = parts(bytes);
  const family = (await theme()).tokens.fonts.body.family;
  const font = new RegExp(`<w:font w:name="${family}">.*?</w:font>`, 's').exec(files['word/fontTable.xml']!)?.[0] ?? '';
  for (const face of ['embedRegular', 'embedBold', 'embedItalic', 'embedBoldItalic']) assert.match(font, `<w:${face} `);
  assert.match(files['word/styles.xml']!, `<w:rFonts w:ascii="${family}"`);
  assert.not.match(files['word/styles.xml']!, /w:ascii="(?:Calibri|Cambria|Times New Roman|Arial)"/);
});

toDocxSuite('obfuscates each embedded face so that it decodes to a subset of the theme TTF', async () => {
  const { bytes } = await build();
  const zip = unzipSync(bytes);
  const table = strFromU8(zip['word/fontTable.xml']!);
  const rels = strFromU8(zip['word/_rels/fontTable.xml.rels']!);
  const ttfs = (await theme()).fonts.map((face) => Buffer.from(face.ttf));
  const embeds = [...table.matchAll(/<w:embed\w+ r:id="([^"]+)" w:fontKey="\{([^}]+)\}"/g)];
  assert.is(embeds.length, 4);
  for (const [, id, key] of embeds) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
    const data = Buffer.from(zip[`word/${target}`]!);
    const keyBytes = key!.replace(/-/g, '').match(/../g)!.map((pair) => parseInt(pair, 16)).reverse();
    for (let i = 0; i < 32; i++) data[i]! ^= keyBytes[i % 16]!;
    assert.equal([...data.subarray(0, 4)], [0, 1, 0, 0], `${target} decodes to TrueType`);
    assert.ok(data.includes(Buffer.from('Source Serif 4', 'utf16le').swap16()), `${target} is a face of the theme family`);
    assert.ok(ttfs.every((ttf) => data.length < ttf.length / 2), `${target} holds only the glyphs the résumé uses`);
  }
});

toDocxSuite.run();

const blocks = suite('toDocx blocks');

blocks('renders a GFM table, numbered and nested lists, code, strikethrough, quotes and raw HTML', async () => {
  const { bytes, file } = await build('fixture.md', FIXTURE);
  const files = parts(bytes);
  const document = files['word/document.xml']!;
  assert.is(file.messages.length, 0, file.messages.map(String).join('\n'));
  assert.is([...document.matchAll(/<w:tbl>/g)].length, 1);
  assert.match(document, '<w:strike/>');
  assert.match(document, '<w:rStyle w:val="InlineCode"/>');
  assert.not.match(document, /&lt;(?:span|div)|<(?:span|div)\b/);
  const all = paragraphs(document);
  const item = (text: string) => all.find((paragraph) => paragraph.text === text);
  assert.equal(item('first step'), { style: 'ListNumber', numbered: true, level: 0, text: 'first step' });
  assert.equal(item('nested bullet'), { style: 'ListBullet', numbered: true, level: 1, text: 'nested bullet' });
  assert.equal(item('deeper bullet'), { style: 'ListBullet', numbered: true, level: 2, text: 'deeper bullet' });
  assert.is(item('a quoted thought')?.style, 'Quote');
  assert.is(item('code line one   code line two')?.style, 'CodeBlock');
  assert.is(all.filter((paragraph) => paragraph.style === 'HorizontalRule').length, 1);
  const expected = words('Jane Doe jane@example.com example.org Projects Text with inline code, struck words and raw inline markup. Tool Year Rust 2021 Go 2019 first step second step nested bullet deeper bullet third step Between the lists. restarted one restarted two raw block html a quoted thought code line one code line two Footnote ref1. 1 The note.');
  const difference = firstDifference(words(documentText(bytes)), expected);
  assert.is(difference, null, difference ?? '');
});

blocks('restarts the numbering of each ordered list', async () => {
  const document = parts((await build('fixture.md', FIXTURE)).bytes)['word/document.xml']!;
  const numId = (text: string) => new RegExp(`<w:numId w:val="(\\d+)"/></w:numPr>(?:(?!</w:p>).)*<w:t xml:space="preserve">${text}</w:t>`, 's').exec(document)?.[1];
  assert.ok(numId('first step'));
  assert.is(numId('first step'), numId('third step'));
  assert.is(numId('restarted one'), numId('restarted two'));
  assert.is.not(numId('first step'), numId('restarted one'));
});

blocks('warns about an unknown block node at its position and still writes its text', async () => {
  const { file, resume } = read('fixture.md', FIXTURE);
  const mystery = { type: 'mystery', children: [{ type: 'text', value: 'secret block words' }], position: { start: { line: 7, column: 1, offset: 60 }, end: { line: 7, column: 20, offset: 79 } } };
  resume.sections[0]!.children.push(mystery as unknown as Block);
  const bytes = await toDocx(resume, await options(), file);
  const message = file.messages.find((candidate) => candidate.ruleId === 'docx-unknown-node');
  assert.ok(message, 'a docx-unknown-node warning');
  assert.is(message.fatal, false);
  assert.is(message.line, 7);
  assert.is(message.column, 1);
  assert.match(message.reason, '`mystery`');
  assert.match(documentText(bytes), 'secret block words');
});

blocks('warns about an unknown inline node and still writes its text in its paragraph', async () => {
  const { file, resume } = read('fixture.md', FIXTURE);
  const sparkle = { type: 'sparkle', value: 'shiny inline words', position: { start: { line: 9, column: 3, offset: 90 }, end: { line: 9, column: 9, offset: 96 } } };
  resume.sections[0]!.children.push({ type: 'paragraph', children: [{ type: 'text', value: 'Before ' }, sparkle as unknown as { type: 'text'; value: string }] });
  const bytes = await toDocx(resume, await options(), file);
  const message = file.messages.find((candidate) => candidate.ruleId === 'docx-unknown-node');
  assert.is(message?.line, 9);
  assert.is(message?.column, 3);
  assert.ok(paragraphs(parts(bytes)['word/document.xml']!).some((paragraph) => paragraph.text === 'Before shiny inline words'));
});

blocks.run();

const reproducible = suite('toDocx reproducibility');

reproducible('gives byte-identical files for the same input', async () => {
  const first = await build();
  const second = await build();
  assert.ok(Buffer.from(first.bytes).equals(Buffer.from(second.bytes)));
});

reproducible('gives the same bytes in another process and time zone', async () => {
  const dir = tempDir();
  try {
    const output = join(dir, 'other.docx');
    const module = (path: string) => JSON.stringify(pathToFileURL(join(ROOT.pathname, path)).href);
    const script = `
      import { readFileSync, writeFileSync } from 'node:fs';
      import { VFile } from 'vfile';
      const { parse } = await import(${module('pipeline/parse.ts')});
      const { toResume } = await import(${module('pipeline/model/to-resume.ts')});
      const { loadTheme } = await import(${module('pipeline/theme/load-theme.ts')});
      const { toDocx } = await import(${module('pipeline/render/docx/to-docx.ts')});
      const file = new VFile({ path: ${JSON.stringify(SAMPLE)}, value: readFileSync(${JSON.stringify(SAMPLE)}, 'utf8') });
      const options = { theme: await loadTheme('classic'), paper: 'letter', generator: 'resume-as-code 0.1.0', date: new Date(${DATE.getTime()}) };
      writeFileSync(${JSON.stringify(output)}, await toDocx(toResume(parse(file), file), options, file));
    `;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT.pathname,
      env: { ...process.env, TZ: 'Asia/Kolkata' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.is(child.status, 0, child.stderr);
    const { bytes } = await build();
    assert.ok(readFileSync(output).equals(Buffer.from(bytes)), 'same bytes with TZ=Asia/Kolkata');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

reproducible.run();

const libreOffice = suite('toDocx in LibreOffice');

libreOffice('converts to a PDF that holds every word of the sample in order, set in the embedded theme font', async () => {
  const dir = tempDir();
  const profile = `/tmp/lo-profile-${randomUUID()}`;
  try {
    const docx = join(dir, 'resume.docx');
    writeFileSync(docx, (await build()).bytes);
    const convert = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8', timeout: 60_000 });
    assert.is(convert.status, 0, `soffice failed: ${convert.stderr}`);
    const pdf = join(dir, 'resume.pdf');
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    const difference = firstDifference(words(text), sampleWords());
    assert.is(difference, null, difference ?? '');
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter((line) => line.trim() !== '');
    assert.ok(fonts.length > 0, 'the PDF lists its fonts');
    for (const line of fonts) {
      assert.match(line, /^\S+\+SourceSerif4-/, `only Source Serif 4: ${line}`);
      assert.match(line, / yes +yes +yes /, `embedded: ${line}`);
    }
    const pages = /Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1];
    assert.ok(Number(pages) <= 2, `at most two Letter pages, got ${pages}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
});

libreOffice.run();
