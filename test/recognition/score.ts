/**
 * Scores structure recognition on the recognition corpora (issue 12): each `NN-slug.md` goes through the
 * pipeline's own entry point and is compared with `NN-slug.expected.json`.
 *
 *   node --import tsx test/recognition/score.ts [DIR ...] [--min PERCENT]
 *
 * Without DIR, every corpus. Prints one line per fixture with its misses, then each corpus's measures
 * table. Exits 0 (it is a report), or 1 with `--min` when any measure of any corpus is below PERCENT.
 */
import { formatTable, MEASURES, percent } from './compare.js';
import { CORPORA, scoreCorpus } from './score-corpus.js';

function parseArguments(argv: string[]): { dirs: string[]; min: number | null } {
  const dirs: string[] = [];
  let min: number | null = null;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    if (argument === '--min') {
      min = Number(argv[(index += 1)]);
      if (!Number.isFinite(min)) throw new Error('--min expects a percentage, such as --min 90');
    } else dirs.push(argument);
  }
  return { dirs: dirs.length > 0 ? dirs : CORPORA, min };
}

async function main(): Promise<number> {
  const { dirs, min } = parseArguments(process.argv.slice(2));
  let failed = false;
  for (const dir of dirs) {
    const { fixtures, total } = await scoreCorpus(dir);
    for (const { name, score } of fixtures) console.log(score.misses.length === 0 ? `ok   ${name}` : `miss ${name}: ${score.misses.join('; ')}`);
    console.log(`\n${fixtures.length} fixtures in ${dir}\n`);
    console.log(formatTable(total));
    const below = min === null ? [] : MEASURES.filter((measure) => (percent(total[measure]) ?? 100) < min);
    if (below.length > 0) console.log(`\nbelow ${min}%: ${below.join(', ')}`);
    console.log('');
    failed ||= below.length > 0;
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
