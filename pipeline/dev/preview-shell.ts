/** The preview page: the résumé in a frame, an error overlay, and the reload script, under a strict CSP. */
import { createHash } from 'node:crypto';
import { RELOAD_SCRIPT } from './reload-script.js';

const SHELL_CSS = `html, body { margin: 0; height: 100%; background: #fff; }
#preview { display: block; width: 100%; height: 100%; border: 0; }
#overlay:not([hidden]) { position: fixed; inset: 0 0 auto; max-height: 60vh; overflow: auto; margin: 0; padding: 12px 16px;
  background: #7f1d1d; color: #fff; font: 14px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  box-shadow: 0 2px 12px rgb(0 0 0 / 0.35); }
#overlay h1 { margin: 0 0 6px; font: inherit; font-weight: 700; }
#overlay pre { margin: 0; font: inherit; white-space: pre-wrap; }
`;

/**
 * The policy of the preview page, sent as a header. Only this module's script and style run (by hash),
 * the page talks only to this server (events) and frames only its own `/document`.
 */
export const PREVIEW_POLICY = [
  "default-src 'none'",
  `script-src '${sha256(RELOAD_SCRIPT)}'`,
  `style-src '${sha256(SHELL_CSS)}'`,
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** What the preview page names and loads. */
export interface ShellOptions {
  /** The Markdown file, named in the titles. */
  file: string;
  /** The revision the frame loads; the event stream catches up from it. */
  revision: string;
}

/** The HTML of the preview page. */
export function previewShell(options: ShellOptions): string {
  const file = escapeHtml(options.file);
  const revision = escapeHtml(options.revision);
  return `<!DOCTYPE html>
<html lang="en" data-revision="${revision}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${file} — resume dev</title>
<style>${SHELL_CSS}</style>
</head>
<body>
<iframe id="preview" title="Preview of ${file}" src="/document?revision=${encodeURIComponent(options.revision)}" sandbox="allow-same-origin"></iframe>
<section id="overlay" role="alert" hidden><h1>${file} has errors; the preview and the files show the last good version.</h1><pre></pre></section>
<script>${RELOAD_SCRIPT}</script>
</body>
</html>
`;
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
