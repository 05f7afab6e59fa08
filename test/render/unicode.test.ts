import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { documentInfo } from '../../pipeline/render/document-info.js';
import { toDocx } from '../../pipeline/render/docx/to-docx.js';
import { toHtml } from '../../pipeline/render/html/to-html.js';
import type { RenderOptions } from '../../pipeline/render/options.js';
import { BrowserManager } from '../../pipeline/render/pdf/browser-manager.js';
import { toPdf } from '../../pipeline/render/pdf/to-pdf.js';
import { listThemes, loadTheme } from '../../pipeline/theme/load-theme.js';
import type { Theme } from '../../pipeline/theme/theme.js';
import { pdfFile, pdfFonts, pdfText } from '../helpers/pdf.js';
import { modelOf } from '../helpers/render.js';
import { SAMPLE } from '../helpers/sample.js';

const FIXTURE = 'test/fixtures/unicode/scripts.md';
const THEMES = await listThemes();
const browser = new BrowserManager({ flag: null, env: process.env });

/** Each line of the fixture's Languages section: its label and the words in that script. */
const LINES = [
  { label: 'Chinese', words: '你好世界' },
  { label: 'Japanese', words: 'かなカナ' },
  { label: 'Korean', words: '한국어' },
  { label: 'Arabic', words: 'مرحبا بالعالم' },
  { label: 'Hebrew', words: 'שלום עולם' },
  { label: 'Greek', words: 'Καλημέρα κόσμε' },
  { label: 'Cyrillic', words: 'Привет мир' },
  { label: 'Devanagari', words: 'नमस्ते दुनिया' },
  { label: 'Thai', words: 'สวัสดีชาวโลก' },
  { label: 'Emoji', words: '👩\u200d💻 and 👨\u200d👩\u200d👧' },
  // Decomposed in the fixture (e + U+0301); compared after NFC.
  { label: 'Combining marks', words: 'cafe\u0301 and Tiếng Việt' },
] as const;
const EMOJI_SEQUENCES = 2;
/** Scripts the body families (Source Serif 4, Inter) draw themselves. */
const BODY_SCRIPTS = new Set(['Greek', 'Cyrillic', 'Combining marks']);
/** Everything that must reach every format, the Languages lines and the text around them. */
const STRINGS = [...LINES.map((line) => line.words), 'Zoë Λάμπρου 王小明', 'Tiếng Việt, Hà Nội', '语言', '言語', '北京字节跳动', 'بحث', 'खोज', 'مهندس برمجيات في شركة كبيرة'];

const nfc = (text: string) => text.normalize('NFC');
/** Text without the bidi controls (U+202A–202E, U+2066–2069) that pdftotext wraps around right-to-left runs. */
const withoutBidiControls = (text: string) => text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
/** The PostScript-name prefix of a family: `Noto Serif SC` → `NotoSerifSC`. */
const postScriptPrefix = (family: string) => family.replace(/\s+/g, '');
const stack = (theme: Theme) => [theme.tokens.fonts.body, ...theme.tokens.fonts.fallbacks].map((font) => font.family);

async function options(theme: string): Promise<RenderOptions> {
  return { theme: await loadTheme(theme), paper: 'letter', generator: 'resume-as-code test', date: new Date(Date.UTC(2026, 0, 1)) };
}

async function render(theme: string, path = FIXTURE) {
  const { resume, file } = modelOf(path);
  const renderOptions = await options(theme);
  return { resume, file, options: renderOptions, html: toHtml(resume, renderOptions) };
}

/** The `@font-face` rules of `html`: family and unicode-range. */
function fontFaces(html: string): Array<{ family: string; range: string }> {
  return [...html.matchAll(/@font-face\{font-family:'([^']+)';[^}]*?unicode-range:([^}]+)\}/g)].map((match) => ({ family: match[1]!, range: match[2]! }));
}

function inRange(range: string, point: number): boolean {
  return range.split(',').some((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return point >= parseInt(from!, 16) && point <= parseInt(to ?? from!, 16);
  });
}

const html = suite('Unicode in the HTML');

html('holds every string of the fixture, in every script', async () => {
  assert.ok(readFileSync(FIXTURE, 'utf8').includes('cafe\u0301'), 'the fixture keeps its decomposed é (e + U+0301)');
  const { html: output } = await render('classic');
  const text = nfc(output);
  for (const value of STRINGS) assert.ok(text.includes(nfc(value)), `HTML holds ${value}`);
});

html('inlines, for each character, an @font-face of a stack family whose unicode-range covers it', async () => {
  for (const name of THEMES) {
    const { html: output, options: { theme } } = await render(name);
    const families = new Set(stack(theme));
    const faces = fontFaces(output).filter((face) => families.has(face.family));
    // Control and joiner characters (ZWJ, VS16) are drawn by no font of their own.
    const points = new Set([...nfc(STRINGS.join(''))].map((char) => char.codePointAt(0)!).filter((point) => !/\p{Cf}|\s/u.test(String.fromCodePoint(point))));
    for (const point of points) {
      assert.ok(faces.some((face) => inRange(face.range, point)), `${name}: U+${point.toString(16).toUpperCase()} has an inlined font`);
    }
    for (const family of theme.tokens.fonts.fallbacks.map((font) => font.family)) {
      assert.ok(faces.some((face) => face.family === family), `${name}: ${family} is inlined`);
    }
  }
});

html('keeps a Latin résumé small: no fallback family inlined, under 200 KB', async () => {
  for (const name of THEMES) {
    const { html: output, options: { theme } } = await render(name, SAMPLE);
    const fallbacks = new Set(theme.tokens.fonts.fallbacks.map((font) => font.family));
    assert.equal(fontFaces(output).filter((face) => fallbacks.has(face.family)), []);
    assert.ok(Buffer.byteLength(output) < 200_000, `${name}: ${Buffer.byteLength(output)} bytes`);
  }
});

html('lists the body family, then every fallback family, then the generic family in the font stack', async () => {
  const { html: output, options: { theme } } = await render('classic');
  const expected = `--font-body:${stack(theme).map((family) => `'${family}'`).join(', ')}, ${theme.tokens.fonts.body.fallback}`;
  assert.ok(output.includes(expected), expected);
});

html.run();

const chromium = suite('Unicode in Chromium and the PDF');
chromium.after(() => browser.close());

/**
 * Chromium's own record of the fonts it shaped each line with (DevTools `CSS.getPlatformFontsForNode`).
 * Why this and not widths or `document.fonts.check`: a missing glyph makes Chromium fall back to a
 * font of the machine, which this names with `isCustomFont: false`, or leaves a .notdef box in the
 * body font, which shows as no fallback family drawing the script. `document.fonts.check` only says
 * whether fonts are loaded, and width comparisons are fooled by glyphs as wide as the box.
 */
async function fontsPerLine(output: string): Promise<Map<string, Array<{ postScriptName: string; isCustomFont: boolean; glyphCount: number }>>> {
  return browser.withPage(async (page) => {
    await page.setContent(output, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const cdp = await page.createCDPSession();
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'li' });
    const result = new Map<string, Array<{ postScriptName: string; isCustomFont: boolean; glyphCount: number }>>();
    for (const nodeId of nodeIds) {
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
      const label = /^<li>([^:<]+):/.exec(outerHTML)?.[1];
      if (!label) continue;
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      result.set(label, fonts.map((font) => ({ postScriptName: font.postScriptName ?? font.familyName, isCustomFont: font.isCustomFont, glyphCount: font.glyphCount })));
    }
    return result;
  });
}

chromium('draws every script with the theme’s bundled fonts, and each emoji ZWJ sequence as one glyph', async () => {
  for (const name of THEMES) {
    const { html: output, options: { theme } } = await render(name);
    const body = postScriptPrefix(theme.tokens.fonts.body.family);
    const prefixes = stack(theme).map(postScriptPrefix);
    const lines = await fontsPerLine(output);
    for (const { label } of LINES) {
      const fonts = lines.get(label);
      assert.ok(fonts, `${name}: the line ${label} is rendered`);
      for (const font of fonts) {
        assert.ok(font.isCustomFont, `${name}: ${label} uses the machine's font ${font.postScriptName}`);
        assert.ok(prefixes.some((prefix) => font.postScriptName.startsWith(prefix)), `${name}: ${label} uses ${font.postScriptName}, not a theme font`);
      }
      const fallbackGlyphs = fonts.filter((font) => !font.postScriptName.startsWith(body)).reduce((sum, font) => sum + font.glyphCount, 0);
      if (BODY_SCRIPTS.has(label)) assert.is(fallbackGlyphs, 0, `${name}: ${label} is set in the body family`);
      else assert.ok(fallbackGlyphs > 0, `${name}: ${label} is drawn by a fallback family`);
    }
    const emoji = lines.get('Emoji')!.find((font) => font.postScriptName.startsWith('NotoEmoji'));
    assert.is(emoji?.glyphCount, EMOJI_SEQUENCES, `${name}: each ZWJ sequence is one glyph`);
  }
});

chromium('holds every script’s words in the text a reader extracts, and embeds only the theme’s fonts', async () => {
  for (const name of THEMES) {
    const { resume, html: output, options: { theme } } = await render(name);
    const path = pdfFile(await toPdf(output, browser, { info: documentInfo(resume), generator: 'resume-as-code test', date: null }));
    const text = nfc(withoutBidiControls(pdfText(path)));
    for (const value of STRINGS) {
      if (value.includes('\u200d')) {
        // Why: a reader may split a ZWJ sequence; its emoji must all be there, in order.
        const emoji = [...value].filter((char) => /\p{Extended_Pictographic}/u.test(char));
        assert.ok(text.includes(value) || new RegExp(emoji.join('[\\s\\u200d]*'), 'u').test(text), `${name}: PDF text holds ${value}`);
      } else {
        for (const word of nfc(value).split(/\s+/)) assert.ok(text.includes(word), `${name}: PDF text holds ${word}`);
      }
    }
    const fonts = pdfFonts(path);
    const prefixes = stack(theme).map(postScriptPrefix);
    for (const font of fonts) {
      assert.ok(font.embedded, `${name}: ${font.name} embedded`);
      assert.not.match(font.name, /DejaVu|Liberation|FreeSans|FreeSerif/);
      const postScript = font.name.replace(/^[A-Z]{6}\+/, '');
      assert.ok(prefixes.some((prefix) => postScript.startsWith(prefix)), `${name}: ${font.name} is a theme font`);
    }
    for (const prefix of prefixes) assert.ok(fonts.some((font) => font.name.includes(`+${prefix}`)), `${name}: ${prefix} draws some of the fixture`);
  }
});

chromium.run();

const docx = suite('Unicode in the DOCX');

docx('holds every string in its w:t runs and names the East Asian and complex-script fonts', async () => {
  for (const name of THEMES) {
    const { resume, file, options: renderOptions } = await render(name);
    const files = Object.fromEntries(Object.entries(unzipSync(await toDocx(resume, renderOptions, file))).map(([path, data]) => [path, strFromU8(data)]));
    const runs = [...files['word/document.xml']!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]!);
    const text = nfc(runs.join('').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
    for (const value of STRINGS) assert.ok(text.includes(nfc(value)), `${name}: DOCX holds ${value}`);
    const { fallbacks, body } = renderOptions.theme.tokens.fonts;
    const eastAsia = fallbacks.find((font) => font.docx === 'eastAsia')!.family;
    const complex = fallbacks.find((font) => font.docx === 'cs')!.family;
    const defaults = /<w:docDefaults>.*?<\/w:docDefaults>/s.exec(files['word/styles.xml']!)?.[0] ?? '';
    const fonts = /<w:rFonts [^>]*>/.exec(defaults)?.[0] ?? '';
    assert.match(fonts, `w:ascii="${body.family}"`);
    assert.match(fonts, `w:eastAsia="${eastAsia}"`);
    assert.match(fonts, `w:cs="${complex}"`);
    // Every style that names a font keeps the fallbacks: none resets them to the body family.
    assert.not.match(files['word/styles.xml']!, `w:eastAsia="${body.family}"`);
  }
});

docx.run();
