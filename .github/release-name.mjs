// Names a release's files after the person: reads `resume inspect`'s JSON on stdin and prints the
// step outputs `stem` (the file name without extension) and `label` (what the release page shows).
// Why ASCII stems: GitHub renames asset files with other characters; the label keeps the name as written.
import { readFileSync } from 'node:fs';

const name = String(JSON.parse(readFileSync(0, 'utf8')).name ?? '').replace(/\s+/g, ' ').trim();
const ascii = name
  .normalize('NFKD')
  .replace(/\p{M}/gu, '')
  .replace(/[^A-Za-z0-9]+/g, '-')
  .replace(/^-+|-+$/g, '');
if (!name) console.error('::warning file=resume.md::No name in resume.md (its first # heading or front matter name:); the files are named Resume.*');
process.stdout.write(`stem=${ascii ? `${ascii}-Resume` : 'Resume'}\nlabel=${name ? `${name} — Résumé` : 'Résumé'}\n`);
