import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { build } from '../pipeline/build.js';
import { BrowserManager } from '../pipeline/render/pdf/browser-manager.js';
import { FORMATS } from '../pipeline/render-format.js';
import { formatMessages } from '../pipeline/format-messages.js';
import { prepareDocument } from '../pipeline/prepare-document.js';
import { listThemes, loadTheme, STYLES_DIR, TOKENS_SCHEMA } from '../pipeline/theme/load-theme.js';
import { loadValidator, validatorPath, writeTokensValidator } from '../pipeline/theme/tokens-validator.js';
import { validateTokens } from '../pipeline/theme/validate-tokens.js';
import { tempDir } from './helpers/cli.js';
import { pdfFonts } from './helpers/pdf.js';
import { firstDifference, words } from './helpers/words.js';
import { SAMPLE, sampleWords } from './helpers/sample.js';

const test = suite('themes');
const themes = await listThemes();

test('ships three themes, each with CSS and tokens', () => {
  assert.equal(themes, ['classic', 'compact', 'modern']);
});

test('every tokens.json names the schema, for editors, and follows it', async () => {
  for (const name of themes) {
    const text = readFileSync(join(STYLES_DIR, name, 'tokens.json'), 'utf8');
    assert.is((JSON.parse(text) as { $schema: string }).$schema, `../${TOKENS_SCHEMA}`);
    assert.ok(validateTokens(text, readFileSync(join(STYLES_DIR, TOKENS_SCHEMA), 'utf8')).ok, name);
  }
});

/** The sample built with the modern theme from a copy of styles/ whose modern tokens.json is `edit`ed: the printed messages. */
/** The line (from 1) of the first of `text`'s lines that starts with the key `key`, so the tests outlive new tokens. */
function lineOf(text: string): (key: string) => number {
  const lines = text.split('\n');
  return (key) => lines.findIndex((candidate) => candidate.trimStart().startsWith(key)) + 1;
}

async function messagesWithTokens(edit: (text: string) => string): Promise<{ ok: boolean; text: string; path: string }> {
  const stylesDir = join(tempDir(), 'styles');
  cpSync(STYLES_DIR, stylesDir, { recursive: true });
  const path = join(stylesDir, 'modern', 'tokens.json');
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  const settings = { theme: 'modern', paper: null, generator: 'test', date: null, stylesDir, themes: new Map() };
  const rendering = await prepareDocument(SAMPLE, settings);
  return { ok: rendering.ok, text: formatMessages([rendering.file]), path };
}

test('a wrong, missing or unknown token is an error at its line and column in tokens.json, all of them at once', async () => {
  const { ok, text, path } = await messagesWithTokens((tokens) =>
    tokens
      .replace('"body": 9.25', '"body": "9.25"')
      .replace('"afterName": 3, ', '')
      .replace('"color": "text", "letterSpacing": -0.02', '"color": "teal", "letterSpacing": -0.02')
      .replace('"bullet": { "color": "accent" }', '"bullet": { "colour": "accent" }'),
  );
  assert.is(ok, false);
  const line = lineOf(readFileSync(join(STYLES_DIR, 'modern', 'tokens.json'), 'utf8'));
  assert.equal(text.split('\n'), [
    `${path}:${line('"size"')}:88: error: \`size.body\` is \`"9.25"\`, expected a size in points from 5 to 72`,
    `${path}:${line('"space"')}:3: error: Missing token \`space.afterName\`: expected a number of points from 0 to 72`,
    `${path}:${line('"name"')}:22: error: \`name.color\` is \`"teal"\`, expected a colour of the palette: \`text\`, \`muted\`, \`accent\` or \`rule\``,
    `${path}:${line('"bullet"')}:3: error: Missing token \`bullet.color\`: expected a colour of the palette: \`text\`, \`muted\`, \`accent\` or \`rule\``,
    `${path}:${line('"bullet"')}:15: error: Unknown token \`bullet.colour\`, did you mean \`color\`? Expected one of \`color\``,
  ]);
});

test('a tokens.json that is no JSON is an error where it stops being JSON', async () => {
  const { ok, text, path } = await messagesWithTokens((tokens) => tokens.replace('"rule": "#c5d3d3"', '"rule": #c5d3d3'));
  assert.is(ok, false);
  assert.is(text, `${path}:${lineOf(readFileSync(join(STYLES_DIR, 'modern', 'tokens.json'), 'utf8'))('"color"')}:82: error: Invalid JSON: unexpected characters at \`#c5d3d3\``);
});

test('the CLI prints a broken token at its place in styles/NAME/tokens.json, and exits 1 without a stack trace', () => {
  // A copy of the tool whose modern theme has a colour that is no colour.
  const root = tempDir();
  for (const folder of ['pipeline', 'styles']) cpSync(folder, join(root, folder), { recursive: true });
  cpSync('package.json', join(root, 'package.json'));
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
  const tokens = join(root, 'styles', 'modern', 'tokens.json');
  writeFileSync(tokens, readFileSync(tokens, 'utf8').replace('"accent": "#0f6e6e"', '"accent": "teal"'));
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'pipeline', 'cli.ts'), 'build', resolve(SAMPLE), '--theme', 'modern', '--out', join(root, 'out')], { cwd: root, encoding: 'utf8' });
  assert.is(run.status, 1, run.stderr);
  assert.is(run.stderr, 'styles/modern/tokens.json:23:63: error: `color.accent` is `"teal"`, expected a colour as `#rrggbb`\n');
});

test('the validator the install writes reports as the one compiled on first use', async () => {
  const schema = readFileSync(join(STYLES_DIR, TOKENS_SCHEMA), 'utf8');
  const dir = tempDir();
  await writeTokensValidator(schema, dir);
  assert.ok(existsSync(validatorPath(schema, dir)));
  const broken = JSON.parse(readFileSync(join(STYLES_DIR, 'modern', 'tokens.json'), 'utf8')) as Record<string, unknown>;
  delete broken.quote;
  (broken.size as Record<string, unknown>).body = 'big';
  const written = loadValidator(schema, dir);
  const compiled = loadValidator(schema, tempDir());
  assert.is.not(written, compiled);
  assert.is(written(broken), false);
  assert.is(compiled(broken), false);
  const summary = (errors: typeof written.errors) => errors!.map((error) => [error.instancePath, error.keyword, (error.parentSchema as { description?: string } | undefined)?.description]);
  assert.equal(summary(written.errors), summary(compiled.errors));
});

for (const name of themes) {
  test(`${name}: builds every format, with the theme's fonts in the PDF and the DOCX`, async () => {
    const out = tempDir();
    await using browser = new BrowserManager({ flag: null, env: process.env });
    const { files, written } = await build({
      inputs: [SAMPLE], outDir: out, formats: FORMATS, theme: name, paper: null,
      generator: 'resume-as-code test', date: null, browser,
    });
    assert.is(formatMessages(files), '');
    assert.equal(written.map((path) => path.split('.').pop()).sort(), [...FORMATS].sort());

    const { tokens } = await loadTheme(name);
    const family = tokens.fonts.body.family;
    const fonts = pdfFonts(join(out, 'resume.pdf'));
    assert.ok(fonts.length > 0);
    for (const font of fonts) {
      assert.ok(font.embedded, font.name);
      assert.ok(font.name.replace(/^[A-Z]{6}\+/, '').startsWith(family.replace(/ /g, '')), `${font.name} is ${family}`);
    }

    const docx = unzipSync(readFileSync(join(out, 'resume.docx')));
    const fontTable = strFromU8(docx['word/fontTable.xml']!);
    assert.match(fontTable, new RegExp(`<w:font w:name="${family}">[\\s\\S]*?<w:embedRegular [\\s\\S]*?<w:embedBold [\\s\\S]*?</w:font>`));
    assert.match(strFromU8(docx['word/styles.xml']!), new RegExp(`w:ascii="${family}"`));

    const html = readFileSync(join(out, 'resume.html'), 'utf8');
    assert.match(html, new RegExp(`@font-face\\{font-family:'${family}'`));
    const text = readFileSync(join(out, 'resume.txt'), 'utf8').replace(/ ?<[^>\s]+>/g, '');
    assert.is(firstDifference(words(text), sampleWords()), null);
  });
}

test.run();
