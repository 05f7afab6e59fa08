/** Separates what prefixes a contact item (an icon, an emoji, a `Label:`) from its value. */
import type { Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ContactKind, Inline } from './types.js';

/** What a label or an icon says the value is; `name` marks the person's name (`Name:`, `名前：`). */
export type LabelKind = Exclude<ContactKind, 'text'> | 'name';

/** A contact item split into its prefix, as written, and its value. */
export interface LabelledItem {
  /** Icons, emoji and the label with its colon, in source order; empty when there are none. */
  prefix: Inline;
  /** The label's words (`E-Mail`, `Tel.`, `邮箱`), or null. */
  label: string | null;
  /** What the label or icon says the value is, or null when it says nothing known. */
  hint: LabelKind | null;
  value: Inline;
}

const LABELS: Record<LabelKind, readonly string[]> = {
  email: ['email', 'e-mail', 'mail', 'courriel', 'correo', 'correo electrónico', 'e-mail address', 'email address', 'epost', 'e-post', '邮箱', '电子邮箱', '邮件', '電子郵件', 'メール', 'メールアドレス', 'eメール', '이메일'],
  phone: ['phone', 'tel', 'tel.', 'tél', 'tél.', 'téléphone', 'telefon', 'telefone', 'teléfono', 'telefono', 'telephone', 'mobile', 'mobil', 'handy', 'cell', 'celular', 'móvil', 'portable', 'phone number', '电话', '联系电话', '手机', '電話', '電話番号', '携帯', '전화', '휴대폰'],
  location: ['location', 'address', 'anschrift', 'adresse', 'wohnort', 'ort', 'city', 'based in', 'localização', 'localizacao', 'endereço', 'cidade', 'ubicación', 'dirección', 'ciudad', 'localisation', 'ville', 'woonplaats', 'adres', '地址', '所在地', '住所', '現住所', '주소', '거주지'],
  url: ['web', 'website', 'homepage', 'home page', 'site', 'site web', 'blog', 'portfolio', 'github', 'gitlab', 'linkedin', 'twitter', 'x', 'mastodon', 'stack overflow', 'stackoverflow', 'bluesky', 'orcid', 'xing', 'webseite', 'sitio web', '博客', '主页', '个人主页', 'ホームページ', '블로그'],
  name: ['name', 'full name', 'nome', 'nome completo', 'nome e cognome', 'nombre completo', 'nom complet', 'imię i nazwisko', 'фио', 'имя', 'ad soyad', 'nombre', 'nom', 'naam', 'nachname', 'vorname und name', '名前', '姓名', '氏名', '이름'],
};
/** The words that label a phone number (`Tel`, `Handy`, `携帯`), in lower case. */
export const PHONE_LABELS: readonly string[] = LABELS.phone;

const HINT_OF_LABEL = new Map(Object.entries(LABELS).flatMap(([kind, labels]) => labels.map((label) => [label, kind as LabelKind])));

const ICONS: Array<[RegExp, LabelKind]> = [
  [/^(?:📧|✉|📨|📩|:e-?mail:|:envelope(?:_with_arrow)?:|:incoming_envelope:)/u, 'email'],
  [/^(?:📱|☎|📞|:iphone:|:phone:|:telephone(?:_receiver)?:|:calling:)/u, 'phone'],
  [/^(?:📍|🏠|🏡|🗺|:round_pushpin:|:house(?:_with_garden)?:|:pushpin:)/u, 'location'],
  [/^(?:🌐|🔗|💻|🖥|:globe_with_meridians:|:link:|:computer:)/u, 'url'],
];
// Leading pictographs (with their variation selectors and joiners) or `:shortcodes:`, then spaces.
const DECORATION = /^(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D\u20E3]+|:[a-z0-9_+-]+:)\s*/u;
// `Label:` or `Label :` with an ASCII or full-width colon; never the `https:` of a URL.
const LABEL = /^([\p{L}][\p{L}\p{M}.' -]{0,30}?)\s*[:：](?!\/\/)\s*/u;
const MAX_LABEL_WORDS = 3;

/** Split `content` into its prefix (icons, emoji, label) and its value. */
export function readLabel(content: Inline): LabelledItem {
  const prefix: Inline = [];
  const rest = [...content];
  let hint: LabelKind | null = null;
  // Icons first: images, inline HTML (`<img>`), emoji and shortcodes.
  for (;;) {
    const first = rest[0];
    if (first?.type === 'image' || (first?.type === 'html' && !first.value.startsWith('<!--'))) {
      prefix.push(rest.shift()!);
    } else if (first?.type === 'text' && (DECORATION.test(first.value) || (first.value.trim() === '' && rest.length > 1))) {
      const decoration = DECORATION.exec(first.value)?.[0] ?? first.value;
      hint ??= ICONS.find(([icon]) => icon.test(decoration))?.[1] ?? null;
      const [head, tail] = cut(first, decoration.length);
      prefix.push(head);
      if (tail) rest[0] = tail;
      else rest.shift();
    } else break;
  }
  const label = takeLabel(rest);
  if (!label) return { prefix, label: null, hint, value: rest };
  return { prefix: [...prefix, ...label.nodes], label: label.words, hint: HINT_OF_LABEL.get(label.words.toLowerCase()) ?? hint, value: label.value };
}

/** A `Label:` at the start of `nodes`, as text or in bold (`**Email:**`), with the value after it. */
function takeLabel(nodes: Inline): { words: string; nodes: Inline; value: Inline } | null {
  const first = nodes[0];
  if (!first) return null;
  if (first.type === 'text') {
    const match = LABEL.exec(first.value);
    if (!match || !isLabelWords(match[1]!) || match[0].length === first.value.length && nodes.length === 1) return null;
    const [head, tail] = cut(first, match[0].length);
    return { words: match[1]!.trim(), nodes: [head], value: tail ? [tail, ...nodes.slice(1)] : nodes.slice(1) };
  }
  if (first.type !== 'strong' && first.type !== 'emphasis') return null;
  // `**Email:** x` or `**Email**: x`.
  const inside = toString(first).trim();
  const next = nodes[1];
  const colonAfter = next?.type === 'text' ? /^\s*[:：]\s*/.exec(next.value)?.[0] : undefined;
  const words = inside.replace(/\s*[:：]$/, '');
  if ((words === inside && colonAfter === undefined) || !isLabelWords(words)) return null;
  if (colonAfter === undefined) {
    // The space after `**Email:**` stays with the label, so every format still shows it.
    const [space, value] = splitSpace(nodes.slice(1));
    return { words, nodes: [first, ...space], value };
  }
  const [head, tail] = cut(next as Text, colonAfter.length);
  return { words, nodes: [first, head], value: tail ? [tail, ...nodes.slice(2)] : nodes.slice(2) };
}

function isLabelWords(words: string): boolean {
  const trimmed = words.trim();
  return trimmed !== '' && trimmed.split(/\s+/).length <= MAX_LABEL_WORDS;
}

/** The white space at the start of `nodes`, and what follows it. */
function splitSpace(nodes: Inline): [Inline, Inline] {
  const first = nodes[0];
  const length = first?.type === 'text' ? first.value.length - first.value.trimStart().length : 0;
  if (!first || first.type !== 'text' || length === 0) return [[], nodes];
  const [head, tail] = cut(first, length);
  return [[head], tail ? [tail, ...nodes.slice(1)] : nodes.slice(1)];
}

/** `node` cut in two at `at`; the second part is null when nothing is left. Positions are kept only where exact. */
function cut(node: Text, at: number): [Text, Text | null] {
  const head: Text = { type: 'text', value: node.value.slice(0, at) };
  const rest = node.value.slice(at);
  if (rest === '') return [{ ...head, position: node.position }, null];
  const tail: Text = { type: 'text', value: rest };
  const start = node.position?.start;
  const end = node.position?.end;
  // Why only on one line with exact offsets: escapes and entities make the source longer than the text.
  if (start && end && start.offset !== undefined && end.offset !== undefined && end.offset - start.offset === node.value.length && !node.value.slice(0, at).includes('\n')) {
    const middle = { line: start.line, column: start.column + at, offset: start.offset + at };
    head.position = { start, end: middle };
    tail.position = { start: middle, end };
  }
  return [head, tail];
}
