/**
 * Scores structure recognition on the real-world fixtures (issue 12): each `NN-slug.md` goes through the
 * pipeline's own entry point and is compared with `NN-slug.expected.json`.
 *
 *   node --import tsx test/recognition/score.ts [DIR] [--min PERCENT]
 *
 * Prints one line per fixture with its misses, then the measures table. Exits 0 (it is a report), or 1
 * with `--min` when any measure is below PERCENT.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadDocument } from '../../pipeline/load-document.js';
import { toOutline } from '../../pipeline/model/to-outline.js';
import { addTallies, compare, formatTable, MEASURES, percent, type Expected, type FixtureScore, type Recognised } from './compare.js';

const NOTHING: Recognised = { name: null, contacts: [], sections: [] };

/** Score one fixture; a document that fails to load counts as recognising nothing. */
async function scoreFixture(path: string): Promise<FixtureScore> {
  const expected = JSON.parse(readFileSync(path.replace(/\.md$/, '.expected.json'), 'utf8')) as Expected;
  const document = await loadDocument(path);
  const score = compare(document.ok ? toOutline(document.resume) : NOTHING, expected);
  if (!document.ok) score.misses.unshift('did not load');
  return score;
}

function parseArguments(argv: string[]): { dir: string; min: number | null } {
  let dir = 'test/fixtures/real-world';
  let min: number | null = null;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    if (argument === '--min') {
      min = Number(argv[(index += 1)]);
      if (!Number.isFinite(min)) throw new Error('--min expects a percentage, such as --min 90');
    } else dir = argument;
  }
  return { dir, min };
}

async function main(): Promise<number> {
  const { dir, min } = parseArguments(process.argv.slice(2));
  const fixtures = readdirSync(dir)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort();
  const scores: FixtureScore[] = [];
  for (const file of fixtures) {
    const score = await scoreFixture(join(dir, file));
    scores.push(score);
    const name = basename(file, '.md');
    console.log(score.misses.length === 0 ? `ok   ${name}` : `miss ${name}: ${score.misses.join('; ')}`);
  }
  const total = addTallies(scores.map((score) => score.tallies));
  console.log(`\n${fixtures.length} fixtures in ${dir}\n`);
  console.log(formatTable(total));
  if (min === null) return 0;
  const below = MEASURES.filter((measure) => (percent(total[measure]) ?? 100) < min);
  if (below.length > 0) console.log(`\nbelow ${min}%: ${below.join(', ')}`);
  return below.length > 0 ? 1 : 0;
}

process.exitCode = await main();
