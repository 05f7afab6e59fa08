/** What a `resume check` rule is: an id, a severity, what it looks for and how to fix it, and the check itself. */
import type { Point, Position } from 'unist';
import type { Severity } from '../format-messages.js';
import type { Resume } from '../model/types.js';
import type { WordComparison } from './compare-words.js';
import type { ExpectedWord } from './expected-words.js';
import type { ReadBack } from './read-back.js';

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

/** A built file read back, its words, and how they compare with the résumé's. */
export interface Reading {
  readBack: ReadBack;
  /** The words read back, in order. */
  words: string[];
  comparison: WordComparison;
}

/** What a rule on the built files reads (`--ats`), besides what every rule reads. */
export interface BuiltContext extends CheckContext {
  /** The PDF and the DOCX as a parser reads them back; a format that could not be built is left out. */
  readings: readonly Reading[];
  /** The résumé's words in reading order, each with where the Markdown has it. */
  expected: readonly ExpectedWord[];
  /** The most pages the PDF should take: front matter `pages`, else 2; and where front matter sets it. */
  pages: { limit: number; place: Point | undefined };
}

/** What every rule tells about itself. */
interface RuleInfo {
  /** Kebab-case id, as `--ignore` and front matter `check.ignore` name it. */
  id: string;
  severity: Severity;
  /** What it looks for, one sentence (the README's rules table). */
  description: string;
  /** How to fix what it finds, one sentence (the README's table, SARIF's help text). */
  fix: string;
}

/** A rule of `resume check` on the Markdown, which every check runs. */
export interface Rule extends RuleInfo {
  check: (context: CheckContext, report: Report) => void;
}

/** A rule on the PDF and DOCX built in memory and read back, which only `resume check --ats` runs. */
export interface BuiltRule extends RuleInfo {
  checkBuilt: (context: BuiltContext, report: Report) => void;
}

/** Any rule of the registry. */
export type AnyRule = Rule | BuiltRule;

/** Whether `rule` needs the built files (`--ats`). */
export function isBuiltRule(rule: AnyRule): rule is BuiltRule {
  return 'checkBuilt' in rule;
}
