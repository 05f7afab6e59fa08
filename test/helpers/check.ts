/** Runs `resume check` on Markdown written in a test: the file is `cv.md` in a fresh temporary folder. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { checkDocument } from '../../pipeline/check/check-document.js';
import { severityOf } from '../../pipeline/format-messages.js';
import { tempDir } from './cli.js';

/** The day every check in the tests runs on: 15 May 2026. */
export const TODAY = new Date(Date.UTC(2026, 4, 15));

/** Write `markdown` as `cv.md` in a new temporary folder; its path. */
export function writeCv(markdown: string): string {
  const path = join(tempDir('resume-check-'), 'cv.md');
  writeFileSync(path, markdown);
  return path;
}

/** Check `markdown` on `TODAY`, leaving out the rules in `ignore`; the checked file. */
export async function checkMarkdown(markdown: string, ignore: string[] = []): Promise<VFile> {
  return checkDocument(writeCv(markdown), { today: TODAY, ignore });
}

/** A message as the tests compare it. */
export interface Found {
  rule: string | null;
  severity: string;
  at: string;
  reason: string;
}

/** The messages of `markdown`'s check, in source order; only those of `rule` when given. */
export async function findings(markdown: string, rule?: string): Promise<Found[]> {
  const file = await checkMarkdown(markdown);
  return file.messages
    .map((message) => ({ rule: message.ruleId ?? null, severity: severityOf(message), at: `${message.line}:${message.column}`, reason: message.reason }))
    .filter((found) => rule === undefined || found.rule === rule)
    .sort((a, b) => a.at.localeCompare(b.at, 'en', { numeric: true }));
}

/** A résumé that no rule finds anything in; tests change one part of it at a time. */
export const CLEAN = `# Ines Vargas

ines@example.org · +34 600 000 000 · [github.com/ivargas](https://github.com/ivargas)

Backend engineer who builds payment systems that stay up.

## Experience

**Mar 2021 – Present, Staff Engineer, Acme Payments**

- Led the rewrite of the ledger service.

**Jan 2018 – Feb 2021, Software Engineer, Borealis Ltd**

- Built the billing service.

## Education

**BSc Computer Science, Wrenford University, 2014 – 2018**
`;
