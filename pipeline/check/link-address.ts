/** Addresses in a comparable form: `https://www.Example.com/` and `example.com` are one address. */

const EMAIL = /^(?:mailto:)?[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/iu;
const SCHEMED = /^(?:https?:\/\/|www\.)\S+$/iu;
const WITH_PATH = /^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\/\S*$/iu;
// Why only lower case and common endings for a bare host: `Node.js` and `ASP.NET` are names, not addresses.
const BARE_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|me|co|app|ai|info|edu|gov|xyz|tech|site|page|blog|de|uk|fr|nl|se|ca|au|in|ch|at|es|it|pl|eu|us|ly|sh|fm|tv|cv)$/u;

/** The address `text` reads as (an e-mail, a URL with or without its scheme), normalised; null for other text. */
export function linkAddress(text: string): string | null {
  const trimmed = text.trim();
  if (EMAIL.test(trimmed)) return normaliseAddress(/^mailto:/iu.test(trimmed) ? trimmed : `mailto:${trimmed}`);
  if (SCHEMED.test(trimmed) || WITH_PATH.test(trimmed) || BARE_HOST.test(trimmed)) return normaliseAddress(trimmed);
  return null;
}

/**
 * `url` in a form two spellings of one address share: lower-case host, no `http(s)://`, no `www.`, no
 * final slash; an e-mail as `mailto:` and its lower-case address, without `?subject=`.
 */
export function normaliseAddress(url: string): string {
  const trimmed = url.trim();
  if (/^mailto:/iu.test(trimmed)) return `mailto:${trimmed.slice('mailto:'.length).split('?')[0]!.toLowerCase()}`;
  const bare = trimmed.replace(/^https?:\/\//iu, '').replace(/^www\./iu, '');
  const slash = bare.search(/[/?#]/u);
  const host = slash < 0 ? bare : bare.slice(0, slash);
  const rest = slash < 0 ? '' : bare.slice(slash);
  return `${host.toLowerCase()}${rest}`.replace(/\/+$/u, '');
}
