/**
 * `npm run bench`: how fast and how lean `resume build` is, side by side with the chain a user
 * would run instead (pandoc → HTML, pandoc → DOCX, Chromium --print-to-pdf), in the same run.
 *
 *   node --import tsx test/bench/bench.ts [FILE] [--runs N] [--batch-runs N] [--warm-runs N] [--no-prepare]
 *
 * Prints a Markdown table (machine, medians, spread, ratios, targets) for README's "Performance".
 * A report, not a test: a missed target prints MISS and still exits 0. Exit 1 only when a measured
 * command failed (its stderr is shown), 2 for a usage error.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CLI = join(ROOT, 'lib', 'cli.js');
const ALL_FORMATS = ['html', 'pdf', 'docx', 'json', 'txt'];
const PEER_FORMATS = ['html', 'pdf', 'docx'];
const BATCH_SIZE = 20;
const TARGET_RATIO = 0.6;
const TARGET_BATCH = 4;
const TARGET_RSS_MIB = 150;
const TIMEOUT_MS = 180_000;

// Why: the Node process's own peak RSS (getrusage RUSAGE_SELF), written on exit by a preload, so
// Chromium's processes are not counted; `/usr/bin/time %M` reports the largest process of the tree.
const RSS_PRELOAD =
  'data:text/javascript,import{writeFileSync}from"node:fs";' +
  'process.on("exit",()=>writeFileSync(process.env.RESUME_BENCH_RSS_FILE,String(process.resourceUsage().maxRSS)))';

// ---------------------------------------------------------------------------------------------
// Arguments

const usage = 'Usage: node --import tsx test/bench/bench.ts [FILE] [--runs N] [--batch-runs N] [--warm-runs N] [--no-prepare]';
let args: ReturnType<typeof readArgs>;
try {
  args = readArgs();
} catch (error) {
  process.stderr.write(`bench: ${(error as Error).message}\n${usage}\n`);
  process.exit(2);
}

function readArgs() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      runs: { type: 'string', default: '7' },
      'batch-runs': { type: 'string', default: '3' },
      'warm-runs': { type: 'string', default: '10' },
      'no-prepare': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  const count = (name: string, text: string | undefined): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} expects a positive integer, got \`${text}\``);
    return value;
  };
  if (positionals.length > 1) throw new Error('expected at most one input file');
  // Why the sample by default: figures stay comparable from one run to the next, whatever resume.md holds.
  const input = resolve(positionals[0] ?? join(ROOT, 'test/fixtures/sample/resume.md'));
  if (!existsSync(input)) throw new Error(`no such input: ${input}`);
  return {
    input,
    runs: count('runs', values.runs),
    batchRuns: count('batch-runs', values['batch-runs']),
    warmRuns: count('warm-runs', values['warm-runs']),
    prepare: !values['no-prepare'],
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers

interface Stats {
  median: number;
  min: number;
  max: number;
  n: number;
}

function stats(samples: number[]): Stats | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, n: sorted.length };
}

function log(text: string): void {
  process.stderr.write(`${text}\n`);
}

const WORK = mkdtempSync(join(tmpdir(), 'resume-bench-'));
let counter = 0;
function freshDir(prefix: string): string {
  const dir = join(WORK, `${prefix}-${++counter}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function cleanUp(): void {
  rmSync(WORK, { recursive: true, force: true, maxRetries: 3 });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

/** Run a command to completion; returns its wall time in ms and the spawn result. */
function timed(command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env): { ms: number; result: SpawnSyncReturns<string> } {
  const start = performance.now();
  const result = spawnSync(command, commandArgs, { cwd: ROOT, env, encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
  return { ms: performance.now() - start, result };
}

function describeFailure(label: string, result: SpawnSyncReturns<string>, missing: string[] = []): string {
  const status = result.error ? String(result.error.message) : result.signal ? `killed by ${result.signal}` : `exit ${result.status}`;
  const stderr = (result.stderr ?? '').trim().split('\n').slice(-12).join('\n');
  return `${label}: ${status}${missing.length ? `; missing ${missing.join(', ')}` : ''}${stderr ? `\n${stderr}` : ''}`;
}

const failures: string[] = [];
function recordFailure(text: string): void {
  if (!failures.includes(text)) failures.push(text);
  log(`  ! ${text.split('\n')[0]}`);
}

function missingOutputs(dir: string, name: string, formats: string[]): string[] {
  return formats.map((format) => `${name}.${format}`).filter((file) => !existsSync(join(dir, file)) || statSync(join(dir, file)).size === 0);
}

function firstLine(command: string, commandArgs: string[]): string | null {
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0 || !result.stdout) return null;
  return result.stdout.trim().split('\n')[0]!.trim();
}

// ---------------------------------------------------------------------------------------------
// lib/ freshness: the benchmark measures the bundle users run, so it must match the source.

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function ensureFreshLib(): void {
  const stale = !existsSync(CLI) || newestSource(join(ROOT, 'pipeline')) > statSync(CLI).mtimeMs;
  if (!stale) return;
  if (!args.prepare) {
    log(`note: ${existsSync(CLI) ? 'lib/ is older than pipeline/' : 'lib/cli.js is missing'}; --no-prepare given, measuring it as is`);
    return;
  }
  log('lib/ is stale or missing: running `npm run prepare`');
  const result = spawnSync('npm', ['run', 'prepare'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    log(describeFailure('npm run prepare', result));
    cleanUp();
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------------
// Machine

async function locateBrowser(): Promise<string | null> {
  try {
    const { findBrowser } = await import('../../pipeline/render/pdf/find-browser.js');
    return (await findBrowser(null, process.env)).path;
  } catch {
    const candidates = [process.env.PUPPETEER_EXECUTABLE_PATH, '/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];
    return candidates.find((path): path is string => Boolean(path) && existsSync(path!)) ?? null;
  }
}

function which(command: string): string | null {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() || null : null;
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((row) => row.startsWith('model name'));
    if (line) return line.split(':').slice(1).join(':').trim();
  } catch {
    // Not Linux: fall back to Node's view.
  }
  return cpus()[0]?.model.trim() ?? 'unknown CPU';
}

// ---------------------------------------------------------------------------------------------
// Measurements

type ChainStep = 'html' | 'docx' | 'pdf';

/** A peer chain: Pandoc for HTML and DOCX, then a browser's own --print-to-pdf. */
interface Chain {
  key: string;
  label: string;
  browser: string | null;
  samples: number[];
  steps: Record<ChainStep, number[]>;
}

interface Row {
  label: string;
  stats: Stats | null;
  unit: 'ms' | 'MiB';
  ratio?: string;
  target?: string;
  /** true = PASS, false = MISS, null = not measured, undefined = no target. */
  pass?: boolean | null;
  note?: string;
}

function fmt(value: number, unit: Row['unit']): string {
  if (unit === 'MiB') return `${value.toFixed(1)} MiB`;
  const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
  return `${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ms`;
}

function spread(s: Stats, unit: Row['unit']): string {
  return `${fmt(s.min, unit).replace(/ (ms|MiB)$/, '')}–${fmt(s.max, unit)}`;
}

async function main(): Promise<void> {
  ensureFreshLib();
  const input = args.input;
  const name = basename(input, extname(input));
  const source = readFileSync(input, 'utf8');
  const browser = await locateBrowser();
  const pandoc = which('pandoc');
  // The chains a user would run instead: Pandoc, then Chromium's own --print-to-pdf. The issue's
  // reference is the Chromium browser; the headless shell (what we print with) is the stricter peer.
  const fullChromium = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'].map(which).find(Boolean) ?? null;
  const headlessShell = browser && basename(browser).includes('headless') ? browser : null;
  const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

  const machine = {
    cpu: cpuModel(),
    cores: availableParallelism(),
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    kernel: `${process.platform} ${release()}`,
    node: process.version,
    chromium: browser ? (firstLine(browser, ['--version']) ?? basename(browser)) : null,
    fullChromium: fullChromium ? (firstLine(fullChromium, ['--version']) ?? basename(fullChromium)) : null,
    pandoc: pandoc ? (firstLine(pandoc, ['--version']) ?? 'pandoc') : null,
  };
  log(`bench: ${basename(input)}, ${args.runs} runs after 1 warm-up, work folder ${WORK}`);
  const loadBefore = loadavg()[0]!;

  // --- Cold builds, alternated with the peer chain --------------------------------------------
  const title = `${readName(source) ?? 'Résumé'} — Résumé`;
  const chains: Chain[] = [
    { key: 'chromium', label: 'Pandoc + Chromium', browser: fullChromium, samples: [], steps: { html: [], docx: [], pdf: [] } },
    { key: 'shell', label: 'Pandoc + chromium-headless-shell', browser: headlessShell, samples: [], steps: { html: [], docx: [], pdf: [] } },
  ];
  const peerSkip = !pandoc ? 'pandoc not found' : chains.every((chain) => !chain.browser) ? 'no Chromium or headless shell found' : null;
  const measuredChains = peerSkip ? [] : chains.filter((chain) => chain.browser);
  // The target is judged against the issue's chain (Chromium) when installed, else the headless shell's.
  const reference = measuredChains[0] ?? null;

  const ours3: number[] = [];
  const ours5: number[] = [];
  const fitted: number[] = [];

  const runOurs = (formats: string[], samples: number[] | null, extra: string[] = []) => {
    const out = freshDir('ours');
    const cliArgs = [CLI, 'build', input, '--out', out, ...(formats === ALL_FORMATS ? [] : ['--format', formats.join(',')]), ...extra];
    const { ms, result } = timed(process.execPath, cliArgs);
    const missing = missingOutputs(out, name, formats);
    if (result.status !== 0 || missing.length > 0) return recordFailure(describeFailure(`resume build (${formats.join(',')})`, result, missing));
    samples?.push(ms);
  };

  const runPeer = (chain: Chain, record: boolean) => {
    const out = freshDir('peer');
    const html = join(out, `${name}.html`);
    const steps: [ChainStep, string, string[]][] = [
      ['html', pandoc!, [input, '-s', '-o', html, '--metadata', `title=${title}`]],
      ['docx', pandoc!, [input, '-o', join(out, `${name}.docx`)]],
      [
        'pdf',
        chain.browser!,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--no-pdf-header-footer',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          `--user-data-dir=${join(out, 'profile')}`,
          `--print-to-pdf=${join(out, `${name}.pdf`)}`,
          html,
        ],
      ],
    ];
    const times: Partial<Record<ChainStep, number>> = {};
    let total = 0;
    for (const [step, command, commandArgs] of steps) {
      const { ms, result } = timed(command, commandArgs);
      total += ms;
      times[step] = ms;
      if (result.status !== 0) return recordFailure(describeFailure(`${chain.label} chain (${step})`, result));
    }
    const missing = missingOutputs(out, name, PEER_FORMATS);
    if (missing.length > 0) return recordFailure(`${chain.label} chain: missing ${missing.join(', ')}`);
    if (record) {
      chain.samples.push(total);
      for (const step of Object.keys(chain.steps) as ChainStep[]) chain.steps[step].push(times[step]!);
    }
  };

  const commands: { label: string; run: (record: boolean) => void }[] = [
    { label: 'ours html,pdf,docx', run: (record) => runOurs(PEER_FORMATS, record ? ours3 : null) },
    ...measuredChains.map((chain) => ({ label: chain.label, run: (record: boolean) => runPeer(chain, record) })),
    { label: 'ours all five', run: (record) => runOurs(ALL_FORMATS, record ? ours5 : null) },
    // Why the compact theme: its floors fit a two-page résumé on one page, so the search runs in full.
    { label: 'ours fitted to 1 page', run: (record) => runOurs(PEER_FORMATS, record ? fitted : null, ['--pages', '1', '--theme', 'compact']) },
  ];
  log('warm-up');
  for (const command of commands) command.run(false);
  for (let round = 0; round < args.runs; round++) {
    // Why: the order rotates every round, so drift and noise fall on every command alike.
    const order = commands.map((_, index) => commands[(index + round) % commands.length]!);
    log(`round ${round + 1}/${args.runs}: ${order.map((command) => command.label).join(' → ')}`);
    for (const command of order) command.run(true);
  }

  // --- Peak RSS of the Node process ------------------------------------------------------------
  log('peak RSS');
  const rss: number[] = [];
  const rssRuns = Math.min(args.runs, 3);
  for (let run = 0; run < rssRuns; run++) {
    const kib = nodePeakRss([input], ALL_FORMATS);
    if (kib !== null) rss.push(kib / 1024);
  }
  let treeRss: number | null = null;
  if (gnuTime) {
    const out = freshDir('time');
    const { result } = timed(gnuTime, ['-f', 'BENCH_MAXRSS=%M', process.execPath, CLI, 'build', input, '--out', out]);
    const match = /BENCH_MAXRSS=(\d+)/.exec(result.stderr ?? '');
    if (result.status === 0 && match) treeRss = Number(match[1]) / 1024;
    else recordFailure(describeFailure('/usr/bin/time resume build', result));
  }

  // --- Batch ------------------------------------------------------------------------------------
  log(`batch of ${BATCH_SIZE}`);
  const batchDir = freshDir('batch-inputs');
  const batchInputs = Array.from({ length: BATCH_SIZE }, (_, index) => {
    const path = join(batchDir, `a${String(index + 1).padStart(2, '0')}.md`);
    writeFileSync(path, variant(source, index + 1));
    return path;
  });
  const batch: number[] = [];
  for (let run = 0; run < args.batchRuns; run++) {
    const out = freshDir('batch');
    const { ms, result } = timed(process.execPath, [CLI, 'build', ...batchInputs, '--out', out]);
    const missing = batchInputs.flatMap((path) => missingOutputs(out, basename(path, '.md'), ALL_FORMATS));
    if (result.status !== 0 || missing.length > 0) recordFailure(describeFailure(`resume build (batch of ${BATCH_SIZE})`, result, missing.slice(0, 5)));
    else batch.push(ms);
  }
  const batchRssKib = nodePeakRss(batchInputs, ALL_FORMATS);

  // --- Warm, in one long-lived process ---------------------------------------------------------
  log(`warm per-format times (${args.warmRuns} runs after 2 warm-ups)`);
  const warm = await measureWarm(input, args.warmRuns).catch((error: unknown) => {
    recordFailure(`warm measurements: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return null;
  });

  // --- Report -----------------------------------------------------------------------------------
  const s3 = stats(ours3);
  const s5 = stats(ours5);
  const sp = reference ? stats(reference.samples) : null;
  const sb = stats(batch);
  const sr = stats(rss);
  const ratio = s3 && sp ? s3.median / sp.median : null;
  const pairedRatios = reference && ours3.length === reference.samples.length ? ours3.map((ms, index) => ms / reference.samples[index]!) : [];
  const otherRatios = measuredChains
    .filter((chain) => chain !== reference)
    .map((chain) => `${(s3!.median / stats(chain.samples)!.median).toFixed(2)}× the ${chain.label} chain`);
  const batchRatio = sb && s5 ? sb.median / s5.median : null;

  const rows: Row[] = [
    {
      label: `Cold build, HTML + PDF + DOCX (\`resume build ${basename(input)} --format html,pdf,docx\`)`,
      stats: s3,
      unit: 'ms',
      ...(peerSkip ? { note: `chain skipped: ${peerSkip}` } : otherRatios.length > 0 && s3 ? { note: otherRatios.join(', ') } : {}),
      ratio: ratio === null ? '–' : `${ratio.toFixed(2)}× ${reference!.label} chain`,
      target: `≤ ${TARGET_RATIO}× chain`,
      pass: ratio === null ? null : ratio <= TARGET_RATIO,
    },
    ...(peerSkip ? [{ label: 'Pandoc + Chromium chain, cold', stats: null, unit: 'ms', note: `skipped: ${peerSkip}` } satisfies Row] : []),
    ...measuredChains.flatMap((chain) => {
      const all = stats(chain.samples);
      return [
        { label: `${chain.label} chain, cold (3 processes in sequence)`, stats: all, unit: 'ms', ratio: all && sp ? `${(all.median / sp.median).toFixed(2)}×` : '–' },
        { label: '&nbsp;&nbsp;↳ `pandoc -s` → HTML', stats: stats(chain.steps.html), unit: 'ms' },
        { label: '&nbsp;&nbsp;↳ `pandoc` → DOCX', stats: stats(chain.steps.docx), unit: 'ms' },
        { label: `&nbsp;&nbsp;↳ \`${basename(chain.browser!)} --headless --print-to-pdf\``, stats: stats(chain.steps.pdf), unit: 'ms' },
      ] satisfies Row[];
    }),
    {
      label: `Cold build, all five formats (\`resume build ${basename(input)}\`)`,
      stats: s5,
      unit: 'ms',
      ratio: s5 && sp ? `${(s5.median / sp.median).toFixed(2)}× ${reference!.label} chain` : '–',
    },
    {
      label: `Cold build fitted to one page, HTML + PDF + DOCX (\`--pages 1 --theme compact\`)`,
      stats: stats(fitted),
      unit: 'ms',
      ratio: stats(fitted) && s3 ? `${(stats(fitted)!.median / s3.median).toFixed(2)}× the same build unfitted` : '–',
      note: 'a search of about 8 tries on the warm browser',
    },
    ...warmRows(warm),
    {
      label: `Batch: ${BATCH_SIZE} résumés in one call, all five formats`,
      stats: sb,
      unit: 'ms',
      ratio: batchRatio === null ? '–' : `${batchRatio.toFixed(2)}× one cold build`,
      target: `≤ ${TARGET_BATCH}× one cold build`,
      pass: batchRatio === null ? null : batchRatio <= TARGET_BATCH,
      ...(sb ? { note: `${((BATCH_SIZE * 1000) / sb.median).toFixed(1)} résumés/s` } : {}),
    },
    {
      label: `Peak RSS of the Node process, \`resume build ${basename(input)}\``,
      stats: sr,
      unit: 'MiB',
      ratio: sr ? `${(sr.max / TARGET_RSS_MIB).toFixed(2)}× target (max)` : '–',
      target: `≤ ${TARGET_RSS_MIB} MiB`,
      pass: sr === null ? null : sr.max <= TARGET_RSS_MIB,
    },
    ...(batchRssKib === null ? [] : [{ label: `Peak RSS of the Node process, batch of ${BATCH_SIZE}`, stats: stats([batchRssKib / 1024]), unit: 'MiB' } satisfies Row]),
    ...(treeRss === null
      ? []
      : [{ label: 'Peak RSS of the largest process incl. Chromium (`/usr/bin/time -f %M`)', stats: stats([treeRss]), unit: 'MiB', note: 'not the Node process alone' } satisfies Row]),
  ];

  // Why: other work on the machine inflates and scatters every figure; say so next to them.
  const loadAfter = loadavg()[0]!;
  const busy = Math.max(loadBefore, loadAfter) > machine.cores / 2;
  const lines = [
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine.cpu}, ${machine.cores} cores, ${machine.memory}, ${machine.kernel}; ` +
      `Node ${machine.node}; ours prints with ${machine.chromium ?? 'no browser'}; the chain's Chromium: ${machine.fullChromium ?? 'not installed'}; ${machine.pandoc ?? 'no pandoc'}.`,
    `Input \`${basename(input)}\` (${source.split('\n').length} lines). Cold = a whole new process each time, ${args.runs} runs after 1 warm-up, ` +
      `ours and the chain alternated in every round; warm = median of ${args.warmRuns} after 2 warm-ups in one process; batch = median of ${args.batchRuns}. ` +
      `Load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after${busy ? ' (**the machine was busy: absolute times are inflated; the alternated ratios hold better**)' : ''}.`,
    '',
    '| Measurement | Median | Spread (min–max) | Ratio | Target | Result |',
    '| --- | ---: | ---: | ---: | --- | --- |',
    ...rows.map((row) => {
      const median = row.stats ? fmt(row.stats.median, row.unit) : '–';
      const range = row.stats && row.stats.n > 1 ? spread(row.stats, row.unit) : '–';
      const result = row.pass === undefined ? '' : row.pass === null ? 'not measured' : row.pass ? 'PASS' : '**MISS**';
      const label = row.note ? `${row.label} (${row.note})` : row.label;
      return `| ${label} | ${median} | ${range} | ${row.ratio ?? ''} | ${row.target ?? ''} | ${result} |`;
    }),
  ];
  if (pairedRatios.length > 0) {
    const paired = stats(pairedRatios)!;
    lines.push('', `Per-round ratio ours/${reference!.label} chain: median ${paired.median.toFixed(2)}×, range ${paired.min.toFixed(2)}–${paired.max.toFixed(2)}×.`);
  }
  process.stdout.write(`\n${lines.join('\n')}\n`);
  if (failures.length > 0) {
    process.stdout.write(`\n${failures.length} command(s) failed; their samples are left out:\n\n${failures.map((text) => `- ${text.replace(/\n/g, '\n  ')}`).join('\n')}\n`);
    process.exitCode = 1;
  }
}

/** The Node process's own peak RSS in KiB for `resume build INPUTS`, or null when it failed. */
function nodePeakRss(inputs: string[], formats: string[]): number | null {
  const out = freshDir('rss');
  const report = join(out, 'maxrss');
  const { result } = timed(process.execPath, ['--import', RSS_PRELOAD, CLI, 'build', ...inputs, '--out', out], { ...process.env, RESUME_BENCH_RSS_FILE: report });
  const missing = inputs.flatMap((path) => missingOutputs(out, basename(path, extname(path)), formats));
  if (result.status !== 0 || missing.length > 0 || !existsSync(report)) {
    recordFailure(describeFailure('resume build (peak RSS run)', result, missing.slice(0, 5)));
    return null;
  }
  return Number(readFileSync(report, 'utf8'));
}

/** The name the chain's HTML title carries: front matter `name:` or the first `#` heading. */
function readName(text: string): string | null {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  const fromFront = front ? /^name:\s*(.+?)\s*$/m.exec(front)?.[1] : undefined;
  return fromFront?.replace(/^["']|["']$/g, '') ?? /^#[ \t]+(.+?)[ \t#]*$/m.exec(text)?.[1] ?? null;
}

/** Copy `index` of the résumé with a distinct name line. */
function variant(text: string, index: number): string {
  const heading = /^(#[ \t]+)(.+?)[ \t#]*$/m;
  return heading.test(text) ? text.replace(heading, (_, hash: string, name: string) => `${hash}${name} ${index}`) : `${text}\n\nCopy ${index}\n`;
}

// ---------------------------------------------------------------------------------------------
// Warm per-format times, from source in this process

interface WarmResult {
  theme: number;
  launch: number | null;
  steps: { label: string; samples: number[] }[];
  browserNote: string | null;
}

async function measureWarm(input: string, runs: number): Promise<WarmResult> {
  const [{ readInput }, { parse }, { defuseUnsafeContent }, { toResume }, { toHtml }, { toJsonResume }, { toText }, { DEFAULT_THEME, loadTheme }, { documentInfo }] =
    await Promise.all([
      import('../../pipeline/read-input.js'),
      import('../../pipeline/parse.js'),
      import('../../pipeline/model/defuse-unsafe-content.js'),
      import('../../pipeline/model/to-resume.js'),
      import('../../pipeline/render/html/to-html.js'),
      import('../../pipeline/render/json-resume/to-json-resume.js'),
      import('../../pipeline/render/text/to-text.js'),
      import('../../pipeline/theme/load-theme.js'),
      import('../../pipeline/render/document-info.js'),
    ]);
  const { toDocx } = await import('../../pipeline/render/docx/to-docx.js');

  const model = async () => {
    const file = await readInput(input);
    const tree = parse(file);
    defuseUnsafeContent(tree, file);
    return { file, resume: toResume(tree, file) };
  };
  const { file, resume } = await model();
  if (file.messages.some((message) => message.fatal)) throw new Error(`the input has errors: ${file.messages.map(String).join('; ')}`);

  let start = performance.now();
  const theme = await loadTheme(resume.meta.theme ?? DEFAULT_THEME);
  const themeMs = performance.now() - start;
  const options = { theme, paper: resume.meta.paper ?? ('letter' as const), generator: 'resume-as-code bench', date: null };
  const html = toHtml(resume, options);

  const steps: WarmResult['steps'] = [];
  const measure = async (label: string, job: () => unknown) => {
    for (let run = 0; run < 2; run++) await job();
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) {
      const t0 = performance.now();
      await job();
      samples.push(performance.now() - t0);
    }
    steps.push({ label, samples });
    log(`  ${label}: ${fmt(stats(samples)!.median, 'ms')}`);
  };

  await measure('read + parse + model', model);
  await measure('HTML', () => toHtml(resume, options));
  await measure('DOCX', () => toDocx(resume, options, file));

  let launch: number | null = null;
  let browserNote: string | null = null;
  try {
    const [{ BrowserManager }, { toPdf }] = await Promise.all([import('../../pipeline/render/pdf/browser-manager.js'), import('../../pipeline/render/pdf/to-pdf.js')]);
    const manager = new BrowserManager({ flag: null, env: process.env });
    try {
      start = performance.now();
      await manager.launch();
      launch = performance.now() - start;
      const info = documentInfo(resume);
      await measure('PDF (warm browser)', () => toPdf(html, manager, { info, generator: options.generator, date: null }));
    } finally {
      await manager.close();
    }
  } catch (error) {
    browserNote = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    recordFailure(`warm PDF: ${browserNote}`);
  }

  await measure('JSON Resume', () => toJsonResume(resume));
  await measure('plain text', () => toText(resume));
  return { theme: themeMs, launch, steps, browserNote };
}

function warmRows(warm: WarmResult | null): Row[] {
  if (!warm) return [{ label: 'Warm per-format times', stats: null, unit: 'ms', note: 'failed, see below' }];
  return [
    ...warm.steps.map((step): Row => ({ label: `Warm: ${step.label}`, stats: stats(step.samples), unit: 'ms' })),
    ...(warm.launch === null ? [] : [{ label: 'Warm process: one browser start (spawn, then Puppeteer connects; once per build)', stats: stats([warm.launch]), unit: 'ms' } satisfies Row]),
    { label: 'Warm process: theme load with fonts (first, once per build)', stats: stats([warm.theme]), unit: 'ms' },
  ];
}

try {
  await main();
} finally {
  cleanUp();
}
