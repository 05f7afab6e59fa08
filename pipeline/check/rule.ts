/** What a `resume check` rule is: an id, a severity, what it looks for and how to fix it, and the check itself. */
import type { Point, Position } from 'unist';
import type { Severity } from '../format-messages.js';
import type { Resume } from '../model/types.js';

/** A month, or a year alone (`month` null): what a normalised date means. */
export interface YearMonth {
  year: number;
  month: number | null;
}

/** What every rule reads. */
export interface CheckContext {
  resume: Resume;
  /** The Markdown source, for placing a message on the words it is about. */
  source: string;
  /** The day the check runs for (`SOURCE_DATE_EPOCH`, else the clock), as the CLI gives it. */
  today: YearMonth;
}

/** Record one problem: a sentence that says how to fix it, at its place in the source. */
export type Report = (reason: string, place: Position | Point | undefined) => void;

/** A rule of `resume check`. */
export interface Rule {
  /** Kebab-case id, as `--ignore` and front matter `check.ignore` name it. */
  id: string;
  severity: Severity;
  /** What it looks for, one sentence (the README's rules table). */
  description: string;
  /** How to fix what it finds, one sentence (the README's table, SARIF's help text). */
  fix: string;
  check: (context: CheckContext, report: Report) => void;
}
