/** The `resume` command: argument parsing, diagnostics on stderr, exit codes 0/1/2. */
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { VFile } from 'vfile';
import { hasErrors, UserError } from './diagnostics.js';
import { formatMessages } from './format-messages.js';
import type { Paper } from './model/types.js';
import { packageRoot } from './package-root.js';
import { BrowserManager } from './render/pdf/browser-manager.js';
import { FORMATS, type Format } from './render-format.js';
import { listThemes } from './theme/load-theme.js';

// Why the pipeline is imported where it is used: the browser starts first, and loading the
// pipeline (~0.1 s) overlaps its start.
const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { name: string; version: string };

const HELP = `Usage:
  resume build [FILE ...] [--out DIR] [--format LIST] [--theme NAME] [--paper letter|a4] [--browser PATH]
  resume inspect [FILE]
  resume dev [FILE] [--port N] [--out DIR] [--theme NAME] [--paper letter|a4]
  resume doctor [--browser PATH]
  resume --help | --version

Commands:
  build     Write DIR/NAME.html, .pdf, .docx, .json and .txt for each Markdown FILE (default: resume.md).
  inspect   Print the structure the pipeline recognised in FILE as JSON.
  dev       Serve a live preview at http://127.0.0.1:N/ (default 4000), rebuilding every format
            in DIR on every save.
  doctor    Print the Node version, the browser the PDF would use (or why there is none) and the
            themes' fonts.

Options:
  -o, --out DIR       Output folder (default: dist)
  -f, --format LIST   Comma-separated formats: ${FORMATS.join(',')} (default: all)
  -t, --theme NAME    Theme from styles/ (default: front matter \`theme\`, else classic)
  -p, --paper SIZE    letter or a4 (default: front matter \`paper\`, else letter)
      --browser PATH  Chrome or Chromium for the PDF (default: PUPPETEER_EXECUTABLE_PATH,
                      then a system browser, then one Puppeteer downloaded)
  -h, --help          Show this help
  -v, --version       Show the version

Exit status: 0 success (warnings allowed), 1 an input or format failed, 2 usage error.`;

class UsageError extends Error {}

const DEFAULT_PORT = 4000;

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o', default: 'dist' },
      format: { type: 'string', short: 'f' },
      theme: { type: 'string', short: 't' },
      paper: { type: 'string', short: 'p' },
      browser: { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) return print(HELP);
  if (values.version) return print(pkg.version);
  const [command, ...files] = positionals;
  const inputs = files.length > 0 ? files : ['resume.md'];
  switch (command) {
    case 'build': {
      const names = inputs.map((input) => basename(input, extname(input)));
      const repeated = names.find((name, index) => names.indexOf(name) !== index);
      if (repeated) throw new UsageError(`Two inputs named \`${repeated}\` would write the same outputs; rename one`);
      const themes = await listThemes();
      if (values.theme !== undefined && !themes.includes(values.theme)) {
        throw new UsageError(`Unknown theme \`${values.theme}\`: expected one of ${themes.join(', ')}`);
      }
      const formats = readFormats(values.format);
      const paper = readPaper(values.paper);
      await using browser = formats.includes('pdf') ? new BrowserManager({ flag: values.browser ?? null, env: process.env, signal: interruption.signal }) : null;
      void browser?.launch();
      const { build } = await import('./build.js');
      const result = await build({
        inputs,
        outDir: values.out!,
        formats,
        theme: values.theme ?? null,
        paper,
        generator: `${pkg.name} ${pkg.version}`,
        date: buildDate(process.env),
        browser,
        signal: interruption.signal,
      });
      report(result.files);
      for (const path of result.written) process.stderr.write(`wrote ${path}\n`);
      return result.files.some(hasErrors) ? 1 : 0;
    }
    case 'inspect': {
      if (inputs.length > 1) throw new UsageError('inspect takes one file');
      const [{ readInput }, { parse }, { toResume }, { toOutline }] = await Promise.all([
        import('./read-input.js'),
        import('./parse.js'),
        import('./model/to-resume.js'),
        import('./model/to-outline.js'),
      ]);
      const file = await readInput(inputs[0]!);
      const outline = hasErrors(file) ? null : toOutline(toResume(parse(file), file));
      report([file]);
      if (!outline || hasErrors(file)) return 1;
      process.stdout.write(`${JSON.stringify(outline, null, 2)}\n`);
      return 0;
    }
    case 'dev': {
      if (inputs.length > 1) throw new UsageError('dev takes one file');
      const port = Number(values.port ?? DEFAULT_PORT);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`Invalid port \`${values.port}\`: expected a number from 0 to 65535`);
      const { startDevServer } = await import('./dev/dev-server.js');
      const server = await startDevServer({
        file: inputs[0]!,
        port,
        outDir: values.out!,
        theme: values.theme ?? null,
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
      throw new UsageError('Missing command: expected `build`, `inspect`, `dev` or `doctor`');
    default:
      throw new UsageError(`Unknown command \`${command}\`: expected \`build\`, \`inspect\`, \`dev\` or \`doctor\``);
  }
}

function readFormats(list: string | undefined): Format[] {
  if (list === undefined) return [...FORMATS];
  const formats = list.split(',').map((format) => format.trim().toLowerCase()).filter(Boolean);
  const unknown = formats.filter((format) => !(FORMATS as readonly string[]).includes(format));
  if (unknown.length > 0 || formats.length === 0) {
    throw new UsageError(`Unknown format \`${unknown.join(',') || list}\`: expected a comma-separated list of ${FORMATS.join(', ')}`);
  }
  return [...new Set(formats)] as Format[];
}

/** The timestamp outputs carry: `SOURCE_DATE_EPOCH` when set, else none, so builds repeat. */
function buildDate(env: NodeJS.ProcessEnv): Date | null {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : null;
}

function readPaper(paper: string | undefined): Paper | null {
  if (paper === undefined) return null;
  const lower = paper.toLowerCase();
  if (lower !== 'letter' && lower !== 'a4') throw new UsageError(`Unknown paper \`${paper}\`: expected letter or a4`);
  return lower;
}

function report(files: VFile[]): void {
  const text = formatMessages(files);
  if (text) process.stderr.write(`${text}\n`);
}

function print(text: string): number {
  process.stdout.write(`${text}\n`);
  return 0;
}

// Why: on Ctrl-C the build kills the browser and removes its temporary files before exiting.
const interruption = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => interruption.abort(new Error(`interrupted by ${signal}`)));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (interruption.signal.aborted) {
      process.stderr.write('resume: interrupted; earlier outputs are untouched\n');
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
