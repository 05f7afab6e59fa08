/** Social networks known by host: the one table that contacts and JSON Resume profiles share. */

/** Host (without `www.`) → the network's name as its owners write it. */
export const NETWORKS: Readonly<Record<string, string>> = {
  'behance.net': 'Behance',
  'bitbucket.org': 'Bitbucket',
  'bsky.app': 'Bluesky',
  'codepen.io': 'CodePen',
  'dev.to': 'DEV',
  'dribbble.com': 'Dribbble',
  'facebook.com': 'Facebook',
  'github.com': 'GitHub',
  'gitlab.com': 'GitLab',
  'instagram.com': 'Instagram',
  'kaggle.com': 'Kaggle',
  'keybase.io': 'Keybase',
  'leetcode.com': 'LeetCode',
  'linkedin.com': 'LinkedIn',
  'mastodon.social': 'Mastodon',
  'medium.com': 'Medium',
  'npmjs.com': 'npm',
  'orcid.org': 'ORCID',
  'reddit.com': 'Reddit',
  'slideshare.net': 'SlideShare',
  'speakerdeck.com': 'Speaker Deck',
  'stackoverflow.com': 'Stack Overflow',
  'twitter.com': 'Twitter',
  'x.com': 'X',
  'youtube.com': 'YouTube',
};

/** The host of an http(s) `url`, lower-cased and without `www.`; null for other URLs. */
export function hostOf(url: string): string | null {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return null;
  return parsed.hostname.toLowerCase().replace(/^www\./, '');
}

/**
 * The network `url` belongs to (`GitHub`), or null for a personal site or a non-web URL.
 * Why the `/@name` rule: Mastodon runs on many hosts, and its profile paths all look alike.
 */
export function networkOf(url: string): string | null {
  const host = hostOf(url);
  if (host === null) return null;
  if (Object.hasOwn(NETWORKS, host)) return NETWORKS[host]!;
  return /^\/@[\w.-]+\/?$/.test(new URL(url).pathname) ? 'Mastodon' : null;
}
