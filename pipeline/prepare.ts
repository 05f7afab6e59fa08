/**
 * `npm install` (the `prepare` script): builds lib/ from pipeline/.
 * - lib/resume.cjs, the CLI in one CommonJS bundle, and lib/cli.js, the executable that runs it;
 * - lib/font-subsets/, each theme face subset to the characters every DOCX embeds;
 * - lib/tokens-validator-HASH.cjs, the code that validates a theme's tokens.json (theme/tokens-validator.ts);
 * - lib/resume.cjs.SIZE-MTIME.cache, the V8 code cache of a warm-up build of resume.md (see bin.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { packageRoot } from './package-root.js';
import { writeBaseSubsets } from './write-base-subsets.js';
import { listThemes, loadTheme, STYLES_DIR, TOKENS_SCHEMA } from './theme/load-theme.js';
import { writeTokensValidator } from './theme/tokens-validator.js';

const root = packageRoot();
const lib = join(root, 'lib');
rmSync(lib, { recursive: true, force: true });

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', minifyWhitespace: true, minifySyntax: true } as const;
await build({
  ...common,
  entryPoints: [join(root, 'pipeline', 'cli.ts')],
  outfile: join(lib, 'resume.cjs'),
  format: 'cjs',
  // Left out, loaded from node_modules if ever needed: Puppeteer's browser download (a fallback
  // of find-browser.ts), HarfBuzz's WebAssembly, and what puppeteer-core imports only to launch
  // or find browsers itself or to speak WebDriver BiDi (~2.5 MB that each start would read); and
  // pdf.js, which only `resume check --ats` runs (3.3 MB of ES modules, which Node ≥ 20.19 requires).
  external: ['puppeteer', 'subset-font', '@puppeteer/browsers', 'chromium-bidi', 'pdfjs-dist'],
  // Why: CommonJS has no import.meta; the two modules that locate files from it get the bundle's URL.
  define: { 'import.meta.url': '__bundle_url' },
  // Why: bin.ts runs the bundle as a vm.Script, where import() has no loader; what stays in
  // node_modules is loaded with require() (each such package ships CommonJS).
  supported: { 'dynamic-import': false },
  banner: { js: "const __bundle_url = require('node:url').pathToFileURL(__filename).href;" },
});
await build({ ...common, entryPoints: [join(root, 'pipeline', 'bin.ts')], outfile: join(lib, 'cli.js'), format: 'esm' });

await writeBaseSubsets(await Promise.all((await listThemes()).map((name) => loadTheme(name))));
await writeTokensValidator(readFileSync(join(STYLES_DIR, TOKENS_SCHEMA), 'utf8'));

// A failed warm-up (no browser, a broken resume.md) only leaves less code in the cache.
const out = mkdtempSync(join(tmpdir(), 'resume-prepare-'));
spawnSync(process.execPath, [join(lib, 'cli.js'), 'build', join(root, 'resume.md'), '--out', out], {
  env: { ...process.env, RESUME_WRITE_CODE_CACHE: '1' },
  stdio: 'ignore',
});
rmSync(out, { recursive: true, force: true });
