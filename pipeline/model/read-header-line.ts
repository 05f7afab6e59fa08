/** Reads one line of an entry header into its dates, an optional label and the named parts around them. */
import type { PhrasingContent } from 'mdast';
import { readLabel as readContactLabel } from './contact-label.js';
import { isBareDegree } from './job-title-words.js';
import { inlineText, sliceInline } from './slice-inline.js';
import { findDateRange } from './parse-dates.js';
import { namesRegion, readsAsPlace } from './reads-as-place.js';
import type { DateRange, Inline } from './types.js';

/** What a labelled line (`**Período:** 03/2021 - Atual`) holds. */
export type LabelSlot = 'role' | 'organization' | 'location' | 'dates';

/** A named part of a line: a role, an organisation or a place, not yet told apart. */
export interface Part {
  content: Inline;
  text: string;
  /** Written in parentheses: `(Portland, OR)`. */
  parenthetical: boolean;
  /** Set apart by its own emphasis, bold, code or link: `*Junior Analyst*`, `[Nuage Clair](…)`. */
  styled: boolean;
  /** A duration or other aside that names nothing: `(2 years)`. */
  aside: boolean;
}

/** One header line, read. */
export interface HeaderLine {
  dates: DateRange | null;
  /** The dates come before every named part of the line. */
  datesFirst: boolean;
  /** The dates come after every named part of the line. */
  datesLast: boolean;
  /** The slot a label at the start of the line names, or null. */
  label: LabelSlot | null;
  /** Whether the line carried a label at all, known or not. */
  labelled: boolean;
  /** The label as written (`**Período:**`), or null. */
  labelContent: Inline | null;
  /** A word between the first two parts (`Engineer at Acme`), or null for a comma, dash or bar. */
  joiner: string | null;
  parts: Part[];
  /** The line's text after its label, without markup. */
  text: string;
  /** The line's content after its label, as written. */
  value: Inline;
  /** Whole line in one emphasis or bold span. */
  styled: boolean;
  words: number;
}

/** Words written between a role and its organisation, in that order (`Engineer at Acme`, `Entwickler bei Acme`). */
export const ROLE_FIRST_JOINERS = ['at', 'bei', 'bij', 'chez', 'presso'];
/** Short words that join a role and its organisation but also stand inside names (`en`, `em`, `w`, `в`). */
export const WEAK_JOINERS = ['en', 'em', 'na', 'no', 'w', 'в'];
const WEAK_JOINER = new RegExp(String.raw`\s+(?:${WEAK_JOINERS.join('|')})\s+`, 'gu');

// Between role, organisation and place: dashes, bars, bullets, slashes, `@` and `at`, each set off by spaces, and semicolons.
const SEPARATOR = new RegExp(String.raw`\s+(?:[—–|·•/@~]|-{1,2}|${ROLE_FIRST_JOINERS.join('|')})\s+|\s*[｜]\s*|;\s+`, 'gu');
// A comma, unless a legal form follows it (`Kansai Devices Co., Ltd.`).
const COMMA = /\s*[,，、،](?!\s*(?:Ltd|Inc|LLC|LLP|S\.?A|S\.?L|GmbH|AG|Co|Corp|Pty|B\.?V)\b)\s*/gu;
const SEPARATOR_OR_COMMA = /\s+(?:[—–|·•/@~]|-{1,2})\s+|[,，、،]/u;
// Why not every separator inside a styled span: `**Master Informatique - Développement Web**` is one name.
const JOINER = new RegExp(String.raw`\s+(?:@|${ROLE_FIRST_JOINERS.join('|')})\s+`, 'gu');
const PARENTHESES = /[(（][^()（）]*[)）]/gu;
const DURATION = /^\d+\+?\s*\p{L}/u;
// What may stand around a part without being part of it: spaces and separators. Icons stay with
// the words they stand by (`🏛️ Engenharia`); an icon alone (`📅`) names nothing.
const EDGE = String.raw`[\s:：;,，،|｜/@·•\-–—~〜]*`;
// Why a full stop only at the start: it ends `Ltd.` and `Inc.`, but starts no name (`Finland. 2020 — now. Rust developer.`).
const LEADING = new RegExp(`^${EDGE}(?:\\.\\s${EDGE})*`, 'u');
const TRAILING = new RegExp(`${EDGE}$`, 'u');
const LABEL_TEXT = /^([\p{L}][\p{L} .]{0,24}?)\s*[:：]\s*/u;

// Label words in the résumé languages, lower case; `_` joins the words of a label of several (`datore_di_lavoro`).
const LABELS: Record<string, LabelSlot> = Object.fromEntries(
  (
    [
      ['role', 'position poste posição cargo puesto rolle role title titel funktion posizione ruolo posizione_ricoperta titolo_della_qualifica_rilasciata ポジション 役職 职位 职务 직무 curso degree abschluss studiengang diplôme titulación formación'],
      ['organization', 'company empresa unternehmen firma entreprise employer azienda datore_di_lavoro nome_e_tipo_d’organizzazione_erogatrice organisation organization arbeitgeber school schule institution einrichtung 会社 公司 회사'],
      ['location', 'location local localização ubicación localización ort lieu standort place city ciudad cidade luogo 地点 勤務地 근무지 wohnort'],
      ['dates', 'period período periodo zeitraum période dates date datum fecha data 期間 时间 期间 기간 dauer'],
    ] as const
  ).flatMap(([slot, words]) => words.split(' ').map((word) => [word.replaceAll('_', ' '), slot])),
);

/** Read `line`: find its dates (cut out of the text), its label, and the parts left, in order. */
export function readHeaderLine(line: Inline): HeaderLine {
  const { content: labelledContent, label, labelled, labelContent } = readLabel(line);
  const wrapper = soleStyledChild(labelledContent);
  const styled = wrapper !== null;
  const content = unwrap(labelledContent);
  const text = inlineText(content);
  const found = findDateRange(text);
  let dateRange: [number, number] | null = null;
  if (found) {
    // The brackets around a date (`(2019 – 2021)`) go with it.
    const open = /[(（[]\s*$/u.exec(text.slice(0, found.start));
    const close = /^\s*[)）\]]/u.exec(text.slice(found.end));
    dateRange = open && close ? [open.index, found.end + close[0].length] : [found.start, found.end];
  }
  // Why commas and bars only in a bold line without dates: `**Master Informatique - Développement Web**` is one name.
  const parts = splitParts(content, text, dateRange, wrapper?.type === 'strong' && !found);
  const named = parts.filter((part) => !part.aside);
  const datesFirst = dateRange !== null && named.every((part) => part.start >= dateRange![1]);
  const datesLast = dateRange !== null && named.every((part) => part.end <= dateRange![0]);
  const [first, second] = parts;
  const joiner = first && second ? text.slice(first.end, second.start).trim() : '';
  return {
    dates: found?.range ?? null,
    datesFirst,
    datesLast,
    label,
    labelled,
    labelContent,
    // Why: a word between role and organisation is the author's (`at`, `bei`, `chez`), never a mere separator.
    joiner: /^\p{L}+$/u.test(joiner) ? joiner : null,
    parts: parts.map(({ start, end, parenthetical, aside }) => {
      const partContent = sliceInline(content, start, end);
      const partText = text.slice(start, end);
      // `**Técnica de Suporte** *(Concursada)*`: a styled remark in brackets names nothing.
      const remark = /^[(（][^()（）]*[)）]$/u.test(partText) && !readsAsPlace(partText.slice(1, -1));
      return { content: partContent, text: partText, parenthetical, styled: isStyled(partContent), aside: aside === true || remark || (parenthetical && DURATION.test(partText)) };
    }),
    text,
    value: trimInline(labelledContent),
    styled,
    words: text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length,
  };
}

interface Range {
  start: number;
  end: number;
  parenthetical: boolean;
  /** A remark that names nothing (`(expected)` after the dates). */
  aside?: boolean;
}

/**
 * The parts of `text` outside the dates: parenthesised asides first, then the rest split on the
 * strongest separator the line uses (dashes and bars before commas, so `Role | Org, Inc` keeps the
 * comma). Separators inside a link, emphasis or code do not split.
 */
function splitParts(content: Inline, text: string, dates: [number, number] | null, commasOnly: boolean): Range[] {
  const shielded = shieldedRanges(content);
  const free = (start: number, end: number) => !shielded.some(([from, to]) => start < to && end > from) && !(dates && start < dates[1] && end > dates[0]);
  const cuts: Array<[number, number]> = dates ? [dates] : [];
  const parentheses: Range[] = [];
  for (const match of text.matchAll(PARENTHESES)) {
    const start = match.index!;
    const end = start + match[0].length;
    if (!free(start, end)) continue;
    const inner = text.slice(start + 1, end - 1);
    // A remark on the dates right after them: `2025 (expected)`, `2012 - 2013 (não concluído)`.
    const onDates = dates !== null && start >= dates[1] && /^[\s,]*$/u.test(text.slice(dates[1], start));
    // Why: only a place, a duration or a remark on the dates stands apart; `Engineer (Cloud Tooling)`, `(Honours)` belong to the name before them.
    if (!onDates && !DURATION.test(inner.trim()) && !readsAsPlace(inner)) {
      shielded.push([start, end]);
      continue;
    }
    cuts.push([start, end]);
    parentheses.push({ start: start + 1, end: end - 1, parenthetical: true, aside: onDates });
  }
  // A bar splits even a bold line without dates: `**Senior Engineer | Org A**`.
  // `**Ingeniera de QA** en Torrecilla`: a short joiner splits only right after a styled name, as it often stands inside one (`Grado en Informática`).
  const afterStyled = [...text.matchAll(WEAK_JOINER)].filter((match) => shielded.some(([, end]) => end === match.index) && free(match.index!, match.index! + match[0].length));
  const separators = [...[...text.matchAll(SEPARATOR)].filter((match) => free(match.index!, match.index! + match[0].length) && (!commasOnly || /[|｜]/u.test(match[0]))), ...afterStyled];
  // Why: a slash next to a stronger separator joins two titles of one part (`Lotus Books — Web Developer / Team Lead`).
  const strong = separators.some((match) => match[0].trim() !== '/') ? separators.filter((match) => match[0].trim() !== '/') : separators;
  // Why not before a lower-case word: it carries on the name before it (`Engineering degree, specialised in data science`).
  // Nor after a degree alone: `magister inżynier, Informatyka` is one name.
  const carriesOn = (match: RegExpMatchArray) =>
    (/^\p{Ll}/u.test(text.slice(match.index! + match[0].length)) && !namesRegion(text.slice(match.index! + match[0].length).split(/[,|(]/u)[0]!)) ||
    isBareDegree(text.slice(0, match.index!).split(SEPARATOR_OR_COMMA).at(-1)!);
  const commas = [...text.matchAll(COMMA)].filter((match) => free(match.index!, match.index! + match[0].length) && !insideAny(match.index!, cuts) && !carriesOn(match));
  for (const match of strong) cuts.push([match.index!, match.index! + match[0].length]);
  let ranges = between(cuts, text.length)
    .map(([start, end]) => trimRange(text, { start, end, parenthetical: false }))
    .filter((range): range is Range => range !== null);
  // Commas split the one part the strong separators left, or the last of two (`Role | Org, City`), or
  // the first of two when the last is a place or has none (`Role, Org | Remote`, `Org, City - Role`).
  if (ranges.length === 1 || ranges.length === 2) {
    const commasIn = (range: Range) => commas.filter((match) => match.index! > range.start && match.index! < range.end);
    const [first, second] = ranges;
    // Why also when only the first has commas: `Kivimets Security, Finland. 2020 — now. Rust developer.`
    const firstSplits = second !== undefined && commasIn(first!).length > 0 && (readsAsPlace(text.slice(second.start, second.end)) || commasIn(second).length === 0);
    const split = firstSplits ? first! : ranges[ranges.length - 1]!;
    const pieces = between(commasIn(split).map((match) => [match.index!, match.index! + match[0].length] as [number, number]), split.end, split.start).map(([start, end]) => ({ start, end, parenthetical: false }));
    ranges = firstSplits ? [...pieces, second!] : [...ranges.slice(0, -1), ...pieces];
  }
  const all = [...ranges, ...parentheses]
    .map((range) => trimRange(text, range))
    .filter((range): range is Range => range !== null)
    .flatMap((range) => splitStyledCommas(content, text, range));
  all.sort((a, b) => a.start - b.start);
  return all.length === 1 && strong.length + commas.length === 0 ? splitByStyle(content, all[0]!) : all;
}

/** The stretches of `[from, length)` between `cuts`. */
function between(cuts: Array<[number, number]>, length: number, from = 0): Array<[number, number]> {
  const sorted = [...cuts].sort((a, b) => a[0] - b[0]);
  const ranges: Array<[number, number]> = [];
  let at = from;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    if (start > at) ranges.push([at, start]);
    at = Math.max(at, end);
  }
  if (at < length) ranges.push([at, length]);
  return ranges;
}

function insideAny(offset: number, ranges: Array<[number, number]>): boolean {
  return ranges.some(([start, end]) => offset >= start && offset < end);
}

/** `range` without separators and icons at its ends; an aside when only marks are left (`???`), null when nothing is. */
function trimRange(text: string, range: Range): Range | null {
  const piece = text.slice(range.start, range.end);
  const lead = LEADING.exec(piece)![0].length;
  const trail = TRAILING.exec(piece.slice(lead))![0].length;
  const start = range.start + lead;
  const end = range.end - trail;
  const rest = text.slice(start, end);
  if (/[\p{L}\p{N}]/u.test(rest)) return { ...range, start, end };
  // Why keep `???` (`2019 - ???`): it is the author's text, an aside that names nothing; an icon alone is not.
  // Closing punctuation alone (`).` after the dates) ends the line and says nothing.
  const said = /[^\s\p{Extended_Pictographic}\uFE0F\u200D]/u.test(rest) && !/^[\s.,;:)\]}»”’"'。、]+$/u.test(rest);
  return said ? { ...range, start, end, aside: true } : null;
}

/**
 * A part with no separator in it that still holds differently styled runs, split at them:
 * `**高级工程师** [蓝鲸出行](…)`, `**示例理工大学** 计算机科学与技术`.
 */
function splitByStyle(content: Inline, range: Range): Range[] {
  const runs: Range[] = [];
  let offset = 0;
  for (const node of content) {
    const length = inlineText([node]).length;
    const start = Math.max(offset, range.start);
    const end = Math.min(offset + length, range.end);
    offset += length;
    if (start >= end) continue;
    const previous = runs[runs.length - 1];
    // Plain text runs on with plain text; a styled node stands alone.
    if (previous && node.type === 'text' && !previous.parenthetical && previous.end === start) previous.end = end;
    else runs.push({ start, end, parenthetical: node.type !== 'text' });
  }
  const text = inlineText(content);
  const parts = runs.map((run) => trimRange(text, { ...run, parenthetical: false })).filter((run): run is Range => run !== null);
  return parts.length > 1 && runs.some((run) => run.parenthetical) ? parts : [range];
}

/**
 * A part that is one bold or emphasised span with commas or a joiner inside, split there:
 * `**Velox Robotics, Pune** — 2019`, `**Softwareentwickler bei Seerhein GmbH** (2020-Heute)`.
 */
function splitStyledCommas(content: Inline, text: string, range: Range): Range[] {
  const inner = soleStyledChild(sliceInline(content, range.start, range.end));
  if (range.parenthetical || !inner || inlineText([inner]) !== text.slice(range.start, range.end)) return [range];
  const innerText = inlineText(inner.children);
  const commas = [...innerText.matchAll(COMMA)].filter((match) => !isBareDegree(innerText.slice(0, match.index!).split(SEPARATOR_OR_COMMA).at(-1)!));
  const cuts = [...commas, ...innerText.matchAll(JOINER)].map((match) => [match.index!, match.index! + match[0].length] as [number, number]);
  if (cuts.length === 0) return [range];
  return between(cuts, innerText.length)
    .map(([start, end]) => trimRange(text, { start: range.start + start, end: range.start + end, parenthetical: false }))
    .filter((part): part is Range => part !== null);
}

/** Offsets of the top-level nodes that are not plain text: separators inside them do not split. */
function shieldedRanges(content: Inline): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let offset = 0;
  for (const node of content) {
    const length = inlineText([node]).length;
    if (node.type !== 'text') ranges.push([offset, offset + length]);
    offset += length;
  }
  return ranges;
}

/** A leading label (`**Período:**`, `Location:`) and the content after it. */
function readLabel(line: Inline): { content: Inline; label: LabelSlot | null; labelled: boolean; labelContent: Inline | null } {
  // `📍 Porto Alegre/RS`: a place marker alone labels the place.
  const marked = readContactLabel(line);
  if (marked.hint === 'location' && marked.label === null && marked.prefix.length > 0) return { content: marked.value, label: 'location', labelled: true, labelContent: marked.prefix };
  const first = line.find((node) => node.type !== 'text' || node.value.trim() !== '');
  if (!first) return { content: line, label: null, labelled: false, labelContent: null };
  const index = line.indexOf(first);
  const text = inlineText(line);
  const firstText = inlineText([first]);
  let labelEnd: number | null = null;
  let word: string | null = null;
  const offset = inlineText(line.slice(0, index)).length;
  if (first.type === 'strong' && line.length > index + 1) {
    const trailing = /[:：]\s*$/u.exec(firstText);
    const next = /^\s*[:：]\s*/u.exec(text.slice(offset + firstText.length));
    if (trailing) {
      labelEnd = offset + firstText.length;
      word = firstText.slice(0, trailing.index);
    } else if (next) {
      labelEnd = offset + firstText.length + next[0].length;
      word = firstText;
    }
  } else if (first.type === 'text') {
    const match = LABEL_TEXT.exec(text.slice(offset));
    if (match && LABELS[match[1]!.trim().toLowerCase()]) {
      labelEnd = offset + match[0].length;
      word = match[1]!;
    }
  }
  if (labelEnd === null || word === null || findDateRange(word)) return { content: line, label: null, labelled: false, labelContent: null };
  return { content: sliceInline(line, labelEnd, text.length), label: LABELS[word.trim().toLowerCase()] ?? null, labelled: true, labelContent: sliceInline(line, 0, labelEnd) };
}

/** `content` without the spaces at its ends. */
function trimInline(content: Inline): Inline {
  const text = inlineText(content);
  return sliceInline(content, text.length - text.trimStart().length, text.trimEnd().length);
}

/** The content inside a line written wholly in emphasis or bold (`***Company, City***` → `Company, City`). */
function unwrap(content: Inline): Inline {
  let inner = content;
  for (let styled = soleStyledChild(inner); styled; styled = soleStyledChild(inner)) inner = styled.children;
  return inner;
}

function soleStyledChild(content: Inline): (PhrasingContent & { type: 'emphasis' | 'strong' }) | null {
  const meaningful = content.filter((node) => node.type !== 'text' || node.value.trim() !== '');
  const only = meaningful[0];
  return meaningful.length === 1 && (only?.type === 'emphasis' || only?.type === 'strong') ? only : null;
}

function isStyled(content: Inline): boolean {
  return content.length === 1 && content[0]!.type !== 'text';
}
