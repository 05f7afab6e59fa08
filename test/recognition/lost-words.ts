/**
 * Prints, for each résumé of a corpus, the words of its source that its plain-text output lacks
 * (`node --import tsx test/recognition/lost-words.ts [DIR]`); nothing when no word is lost.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../pipeline/load-document.js';
import { toText } from '../../pipeline/render/text/to-text.js';
import { missingWordCounts } from '../helpers/fidelity.js';

const dir = process.argv[2] ?? 'test/fixtures/real-world';
for (const file of readdirSync(dir).filter((name) => /^\d+.*\.md$/.test(name))) {
  const document = await loadDocument(join(dir, file));
  if (!document.ok) {
    console.log(`${file}: not loaded: ${document.file.messages.map(String).join('; ')}`);
    continue;
  }
  const missing = missingWordCounts(readFileSync(join(dir, file), 'utf8'), toText(document.resume));
  if (missing.length > 0) console.log(`${file}: ${missing.join(' | ')}`);
}
