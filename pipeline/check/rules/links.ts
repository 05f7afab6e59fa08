/** Rules about links: a visible address that is not the target, an unencrypted link, an address shown twice. */
import { collectLinks } from '../collect-links.js';
import { linkAddress, normaliseAddress } from '../link-address.js';
import type { Rule } from '../rule.js';

const textNotTarget: Rule = {
  id: 'link-text-mismatch',
  severity: 'warning',
  description: 'A link whose visible text is an address other than its target (`[github.com/jane](https://gitlab.com/jane)`).',
  fix: 'Make the text and the target the same address: a printed page shows only the text.',
  check(context, report) {
    for (const link of collectLinks(context.resume)) {
      const shown = linkAddress(link.text);
      if (shown === null || shown === normaliseAddress(link.url)) continue;
      report(`The link text \`${link.text}\` is not where the link goes (\`${link.url}\`): make them the same address, since a printed page and many parsers show only the text`, link.place);
    }
  },
};

const plainHttp: Rule = {
  id: 'link-http',
  severity: 'info',
  description: 'An `http:` link, which is not encrypted.',
  fix: 'Use `https:` where the site serves it (most do).',
  check(context, report) {
    for (const link of collectLinks(context.resume)) {
      if (!/^http:\/\//iu.test(link.url)) continue;
      report(`\`${link.url}\` is not encrypted: use \`${link.url.replace(/^http:/iu, 'https:')}\` if the site serves it (most do), so that no browser warns the reader`, link.place);
    }
  },
};

const duplicateLink: Rule = {
  id: 'link-duplicate',
  severity: 'warning',
  description: 'The same address shown twice: in the contacts, a contact section, or as a link whose text is its address.',
  fix: 'List each address once.',
  check(context, report) {
    const first = new Map<string, number | null>();
    for (const link of collectLinks(context.resume).filter((each) => each.isAddress)) {
      const key = normaliseAddress(link.url);
      if (!first.has(key)) {
        first.set(key, link.place?.start.line ?? null);
        continue;
      }
      const line = first.get(key);
      report(`\`${link.text}\` is shown twice${line ? ` (first on line ${line})` : ''}: list each address once`, link.place);
    }
  },
};

/** The rules about links. */
export const LINK_RULES: readonly Rule[] = [textNotTarget, plainHttp, duplicateLink];
