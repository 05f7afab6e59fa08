/** The `resume` command: argument parsing, diagnostics on stderr, exit codes 0/1/2. */
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { VFile } from 'vfile';
import { useColor } from './color.js';
import { checkCommandOptions, COMMAND_OPTIONS, type Command } from './command-options.js';
import { hasErrors, UsageError, UserError } from './diagnostics.js';
import { formatMessages } from './format-messages.js';
import { UNKNOWN_VARIANT_OPTION } from './model/variants/variant-option.js';
import { VARIANT_NAME } from './model/variants/variant-tag.js';
import type { Paper } from './model/types.js';
import { packageRoot } from './package-root.js';
import type { RenderSettings } from './prepare-document.js';
import { BrowserManager } from './render/pdf/browser-manager.js';
import { optionValue } from './option-value.js';
import { FORMATS, type Format } from './render-format.js';
import { listThemes, STYLES_DIR } from './theme/load-theme.js';

// Why the pipeline is imported where it is used: the browser starts first, and loading the
// pipeline (~0.1 s) overlaps its start.
const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { name: string; version: string };

const HELP = `Usage:
  resume build [FILE ...] [--out DIR] [--format LIST] [--theme NAME] [--paper letter|a4] [--pages N]
               [--variant NAME|all] [--public] [--browser PATH]
  resume inspect [FILE] [--format json|text]
                 [--variant NAME] [--public]
  resume check [FILE ...] [--format text|json|sarif|github] [--strict] [--ignore ID] [--ats]
               [--variant NAME] [--public] [--browser PATH]
  resume dev [FILE] [--port N] [--out DIR] [--theme NAME] [--paper letter|a4] [--browser PATH]
  resume doctor [--browser PATH]
  resume --help | --version

Commands:
  build     Write DIR/NAME.html, .pdf, .docx, .json and .txt for each Markdown FILE (default: resume.md).
  inspect   Print the structure the pipeline recognised in FILE as JSON.
  check     Report what a recruiter's software would stumble on in each FILE: dates, sections,
            contacts, links, length; each message with its line and rule id. With --ats, also
            build the PDF and DOCX in memory and report what a parser reads in them.
  dev       Serve a live preview at http://127.0.0.1:N/ (default 4000), rebuilding every format
            in DIR on every save.
  doctor    Print the Node version, the browser the PDF would use (or why there is none) and the
            themes' fonts.

Options:
  -o, --out DIR       Output folder (default: dist)
  -f, --format LIST   Comma-separated formats: ${FORMATS.join(',')} (default: all);
                      for inspect, json or text (default: json);
                      for check, text, json, sarif or github (default: text)
      --strict        check: fail (exit 1) on warnings too, not only on errors
      --ignore ID     check: leave out a rule; repeat it or give a comma list
      --ats           check: also build the PDF and DOCX (nothing is written), read them back as an
                      applicant tracking system does, and check every word is there, in order
  -t, --theme NAME    Theme from styles/ (default: front matter \`theme\`, else classic)
  -p, --paper SIZE    letter or a4 (default: front matter \`paper\`, else as \`lang\` prints: en Letter, de A4)
      --pages N       build: shrink the theme's sizes, spacing and margins (down to its floors) until
                      the PDF takes at most N pages; the DOCX takes the same sizes (default: front
                      matter \`pages\`, else the theme as it is)
      --variant NAME  build, inspect, check: the cut front matter \`variants:\` declares: content tagged
                      \`<!-- only: NAME -->\` or untagged; build writes DIR/FILE.NAME.html and so on.
                      build --variant all builds every declared variant. Without it: the master,
                      everything (check: the master and every variant)
      --public        build, inspect, check: leave out the phone number, the street of an address and
                      everything tagged \`<!-- private -->\` (a variant with \`public: true\` always does);
                      build writes DIR/NAME.public.html and so on
      --browser PATH  Chrome or Chromium for the PDF (default: PUPPETEER_EXECUTABLE_PATH,
                      then a system browser, then one Puppeteer downloaded)
  -h, --help          Show this help
  -v, --version       Show the version

Option values ignore case. An option of another command is a usage error.

Exit status: 0 success (warnings allowed), 1 an input or format failed (check: an error, or
with --strict a warning), 2 usage error.`;

const DEFAULT_PORT = 4000;
const DEFAULT_OUT = 'dist';
const PAPERS = ['letter', 'a4'] as const satisfies readonly Paper[];
const CHECK_FORMATS = ['text', 'json', 'sarif', 'github'] as const;

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      theme: { type: 'string', short: 't' },
      paper: { type: 'string', short: 'p' },
      pages: { type: 'string' },
      browser: { type: 'string' },
      port: { type: 'string' },
      strict: { type: 'boolean' },
      ats: { type: 'boolean' },
      ignore: { type: 'string', multiple: true },
      variant: { type: 'string' },
      public: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) return print(HELP);
  if (values.version) return print(pkg.version);
  const [command, ...files] = positionals;
  running = command;
  const inputs = files.length > 0 ? files : ['resume.md'];
  if (isCommand(command)) checkCommandOptions(command, Object.keys(values));
  switch (command) {
    case 'build': {
      const names = inputs.map((input) => basename(input, extname(input)));
      const repeated = names.find((name, index) => names.indexOf(name) !== index);
      if (repeated) throw new UsageError(`Two inputs named \`${repeated}\` would write the same outputs; rename one`);
      const theme = await readTheme(values.theme);
      const formats = readFormats(values.format);
      const paper = readPaper(values.paper);
      const pages = readPages(values.pages);
      // Why a browser without PDFs: fitting to pages (from here or front matter) prints tries; it starts only if asked.
      const needsBrowser = formats.some((format) => format === 'pdf' || format === 'html' || format === 'docx');
      await using browser = needsBrowser ? new BrowserManager({ flag: values.browser ?? null, env: process.env, signal: interruption.signal }) : null;
      if (formats.includes('pdf') || pages !== null) void browser?.launch();
      const { build } = await import('./build.js');
      const result = await build({
        inputs,
        outDir: values.out ?? DEFAULT_OUT,
        formats,
        theme,
        paper,
        pages,
        variant: readVariant(values.variant, true),
        public: values.public ?? false,
        generator: `${pkg.name} ${pkg.version}`,
        date: buildDate(process.env),
        browser,
        signal: interruption.signal,
      });
      report(result.files);
      for (const path of result.written) process.stderr.write(`wrote ${path}\n`);
      return exitStatus(result.files);
    }
    case 'inspect': {
      if (inputs.length > 1) throw new UsageError('inspect takes one file');
      const format = optionValue('format', values.format ?? 'json', ['json', 'text'], 'json or text for inspect');
      const [{ loadDocument }, { toOutline }, { formatOutline }] = await Promise.all([
        import('./load-document.js'),
        import('./model/to-outline.js'),
        import('./format-outline.js'),
      ]);
      // The same loading as `build` and `dev`: what inspect shows is what the build renders, with the same warnings.
      const document = await loadDocument(inputs[0]!, { variant: readVariant(values.variant, false), public: values.public ?? false });
      report([document.file]);
      if (!document.ok) return exitStatus([document.file]);
      const outline = toOutline(document.resume);
      process.stdout.write(`${format === 'json' ? JSON.stringify(outline, null, 2) : formatOutline(outline)}\n`);
      return 0;
    }
    case 'check': {
      const format = optionValue('format', values.format ?? 'text', CHECK_FORMATS, 'text, json, sarif or github for check');
      const [{ readIgnoreOption }, { checkDocument }] = await Promise.all([import('./check/ignore-option.js'), import('./check/check-document.js')]);
      const ignore = readIgnoreOption(values.ignore ?? []);
      if (values.browser !== undefined && !values.ats) throw new UsageError('`--browser` is for `resume check --ats`, which prints the PDF; add `--ats` or leave it out');
      // Why as the build does: the browser starts first, while the documents load.
      await using browser = values.ats ? new BrowserManager({ flag: values.browser ?? null, env: process.env, signal: interruption.signal }) : null;
      void browser?.launch();
      const date = buildDate(process.env);
      const settings: RenderSettings = { theme: null, paper: null, browser, generator: `${pkg.name} ${pkg.version}`, date, stylesDir: STYLES_DIR, themes: new Map() };
      const ats = browser ? { browser, settings, signal: interruption.signal } : undefined;
      // Why the epoch first: a check in CI, or a test, gives the same answers whatever the day.
      const edition = { variant: readVariant(values.variant, false), public: values.public ?? false };
      const files = await Promise.all(inputs.map((input) => checkDocument(input, { today: date ?? new Date(), ignore, ats, edition })));
      await browser?.close();
      await writeCheckReport(format, files);
      const { checkFailed } = await import('./check/check-result.js');
      return exitStatus(files) === 2 ? 2 : checkFailed(files, values.strict ?? false) ? 1 : 0;
    }
    case 'dev': {
      if (inputs.length > 1) throw new UsageError('dev takes one file');
      const port = Number(values.port ?? DEFAULT_PORT);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`Invalid port \`${values.port}\`: expected a number from 0 to 65535`);
      const { startDevServer } = await import('./dev/dev-server.js');
      const server = await startDevServer({
        file: inputs[0]!,
        port,
        outDir: values.out ?? DEFAULT_OUT,
        theme: await readTheme(values.theme),
        paper: readPaper(values.paper),
        browser: values.browser ?? null,
        env: process.env,
        generator: `${pkg.name} ${pkg.version}`,
        date: buildDate(process.env),
        log: (line) => process.stderr.write(`${line}\n`),
      });
      await new Promise<void>((resolve) => interruption.signal.addEventListener('abort', () => resolve(), { once: true }));
      await server.close();
      return 0;
    }
    case 'doctor': {
      const { doctor } = await import('./doctor.js');
      const report = await doctor(values.browser ?? null, process.env);
      process.stdout.write(`${report.lines.join('\n')}\n`);
      return report.ok ? 0 : 1;
    }
    case undefined:
      throw new UsageError('Missing command: expected `build`, `inspect`, `check`, `dev` or `doctor`');
    default:
      throw new UsageError(`Unknown command \`${command}\`: expected \`build\`, \`inspect\`, \`check\`, \`dev\` or \`doctor\``);
  }
}

function isCommand(command: string | undefined): command is Command {
  return command !== undefined && Object.hasOwn(COMMAND_OPTIONS, command);
}

/** The formats of `--format LIST`, each matched as every option value is; default: all. */
function readFormats(list: string | undefined): Format[] {
  if (list === undefined) return [...FORMATS];
  const expected = `a comma-separated list of ${FORMATS.join(', ')}`;
  const names = list.split(',').map((name) => name.trim()).filter((name) => name !== '');
  if (names.length === 0) throw new UsageError(`Unknown format \`${list}\`: expected ${expected}`);
  return [...new Set(names.map((name) => optionValue('format', name, FORMATS, expected)))];
}

/** The theme folder `--theme NAME` names, whatever its case; null without the option. */
async function readTheme(name: string | undefined): Promise<string | null> {
  return name === undefined ? null : optionValue('theme', name, await listThemes());
}

/** The timestamp outputs carry: `SOURCE_DATE_EPOCH` when set, else none, so builds repeat. */
function buildDate(env: NodeJS.ProcessEnv): Date | null {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : null;
}

/** `--pages N`: a whole number from 1; null without the option. */
function readPages(pages: string | undefined): number | null {
  if (pages === undefined) return null;
  if (!/^[1-9]\d{0,2}$/.test(pages.trim())) throw new UsageError(`Invalid pages \`${pages}\`: expected a whole number from 1, such as \`--pages 1\``);
  return Number(pages);
}

/** `--variant NAME` in lower case (`all` where `all` may be given); null without the option. The résumé tells whether it declares NAME. */
function readVariant(name: string | undefined, all: boolean): string | null {
  if (name === undefined) return null;
  const lower = name.trim().toLowerCase();
  if (lower === 'all' && !all) throw new UsageError('`--variant all` is for `resume build`; without `--variant`, check checks the master and every variant');
  if (!VARIANT_NAME.test(lower)) throw new UsageError(`Invalid variant \`${name}\`: expected the name of a variant front matter \`variants:\` declares${all ? ', or `all`' : ''}`);
  return lower;
}

/** 2 when `--variant` named no declared variant (a usage error), else 1 when any file has an error, else 0. */
function exitStatus(files: VFile[]): number {
  if (files.some((file) => file.messages.some((message) => message.ruleId === UNKNOWN_VARIANT_OPTION))) return 2;
  return files.some(hasErrors) ? 1 : 0;
}

function readPaper(paper: string | undefined): Paper | null {
  return paper === undefined ? null : optionValue('paper', paper, PAPERS, 'letter or a4');
}

/**
 * Print a check's report: text on stderr, as every command's diagnostics (coloured on a terminal unless
 * `NO_COLOR`), after what a parser reads (`--ats`) on stdout; JSON (with what a parser reads), SARIF and
 * workflow commands on stdout, for a file or the Actions runner.
 */
async function writeCheckReport(format: (typeof CHECK_FORMATS)[number], files: VFile[]): Promise<void> {
  switch (format) {
    case 'text': {
      const [{ formatText }, { formatAtsReport }] = await Promise.all([import('./check/format-text.js'), import('./check/format-ats-report.js')]);
      // What a parser reads (with `--ats`) is the command's output; the diagnostics follow on stderr.
      for (const file of files) if (file.data.ats) process.stdout.write(`${formatAtsReport(file.path, file.data.ats)}\n\n`);
      process.stderr.write(`${formatText(files, useColor(process.stderr, process.env))}\n`);
      return;
    }
    case 'json': {
      const { toJsonReport } = await import('./check/format-json.js');
      process.stdout.write(`${JSON.stringify(toJsonReport(files), null, 2)}\n`);
      return;
    }
    case 'sarif': {
      const { toSarif } = await import('./check/format-sarif.js');
      process.stdout.write(`${JSON.stringify(toSarif(files, { name: 'resume check', version: pkg.version }), null, 2)}\n`);
      return;
    }
    case 'github': {
      const { formatGithub } = await import('./check/format-github.js');
      const text = formatGithub(files);
      if (text) process.stdout.write(`${text}\n`);
      return;
    }
  }
}

function report(files: VFile[]): void {
  const text = formatMessages(files);
  if (text) process.stderr.write(`${text}\n`);
}

function print(text: string): number {
  process.stdout.write(`${text}\n`);
  return 0;
}

// Why: on Ctrl-C the build kills the browser and removes its temporary files before exiting. A
// step that misses the abort cannot keep the process alive: it exits after a grace period, and a
// second signal (its handler is gone) ends it at once.
const interruption = new AbortController();
/** The command being run, for the message when it is interrupted. */
let running: string | undefined;
const CLEANUP_GRACE_MS = 10_000;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    interruption.abort(new Error(`interrupted by ${signal}`));
    setTimeout(() => process.exit(130), CLEANUP_GRACE_MS).unref();
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (interruption.signal.aborted) {
      // Only the commands that write files have outputs to speak of.
      process.stderr.write(running === 'build' || running === 'dev' ? 'resume: interrupted; earlier outputs are untouched\n' : 'resume: interrupted\n');
      process.exitCode = 130;
    } else if (error instanceof UserError) {
      process.stderr.write(`resume: error: ${error.message}\n`);
      process.exitCode = 1;
    } else if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`resume: ${(error as Error).message}\nRun \`resume --help\` for usage.\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`resume: internal error, this is a bug; please report it with the input that caused it.\n${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
