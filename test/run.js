// Runs the typecheck and every uvu suite, then prints `N passed, N failed`.
// Why: uvu prints its totals in a layout of its own; CI and people want one closing line,
// and a run where no test ran must fail.
import { spawnSync } from 'node:child_process';

const typecheck = spawnSync('npx', ['tsc', '--noEmit'], { stdio: 'inherit' });
if (typecheck.status !== 0) {
  console.log('typecheck failed');
  process.exit(1);
}

const pattern = process.argv[2] ?? '\\.test\\.ts$';
const run = spawnSync(process.execPath, ['--import', 'tsx', 'node_modules/uvu/bin.js', 'test', pattern], {
  stdio: ['inherit', 'pipe', 'inherit'],
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
process.stdout.write(run.stdout);
const count = (label) => Number(new RegExp(`${label}:\\s+(\\d+)`).exec(run.stdout.replace(/\x1b\[[0-9;]*m/g, ''))?.[1] ?? 0);
const total = count('Total');
const passed = count('Passed');
const failed = total - passed - count('Skipped');
console.log(`${passed} passed, ${failed} failed`);
if (run.status !== 0 || failed > 0 || total === 0) process.exit(1);
