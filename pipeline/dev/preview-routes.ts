/** The dev server's HTTP routes: the preview page, the rendered document, and the event stream. */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { EventStream, StreamEvent } from './event-stream.js';
import { PREVIEW_POLICY, previewShell } from './preview-shell.js';

/** What the routes serve, read at each request. */
export interface PreviewState {
  /** The Markdown file, as named on the command line. */
  file: string;
  /** The last good HTML, or null before the first good render. */
  html(): string | null;
  /** Names the last good HTML; changes with every good render. */
  revision(): string;
  /** The formatted messages of the latest render when it failed, else null. */
  problems(): string | null;
}

// Why: a page on another site could reach the loopback server through DNS rebinding; it would send its own Host.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const DOCUMENT_POLICY = "script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

const NO_PREVIEW = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>No preview yet</title></head>
<body><p>No preview yet: it appears with the first render of the file without errors.</p></body></html>
`;

/** A request listener for `state`, streaming changes from `events`. */
export function previewRoutes(state: PreviewState, events: EventStream): RequestListener {
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!LOOPBACK_HOSTS.has(hostname(request))) return plain(response, 403, 'Forbidden: use http://127.0.0.1:PORT/');
    if (request.method !== 'GET') {
      response.setHeader('Allow', 'GET');
      return plain(response, 405, 'Method not allowed');
    }
    switch (url.pathname) {
      case '/':
        return html(response, previewShell({ file: state.file, revision: state.revision() }), PREVIEW_POLICY);
      case '/document':
        // Why: the document keeps its own CSP meta (nothing but inline styles and data: URLs); the header adds
        // that no script runs in it whatever the meta says, and that only the preview page may frame it.
        return html(response, state.html() ?? NO_PREVIEW, DOCUMENT_POLICY);
      case '/events':
        return events.open(response, catchUp(state, header(request, 'last-event-id') ?? url.searchParams.get('revision')));
      default:
        return plain(response, 404, 'Not found');
    }
  };
}

/** What a page that shows `revision` has missed: the newest render, and the current errors. */
function catchUp(state: PreviewState, revision: string | null): StreamEvent[] {
  const events: StreamEvent[] = [];
  const current = state.html();
  if (current !== null && revision !== state.revision()) events.push({ event: 'update', data: { html: current }, id: state.revision() });
  const problems = state.problems();
  if (problems !== null) events.push({ event: 'problems', data: { text: problems } });
  return events;
}

function html(response: ServerResponse, body: string, policy: string): void {
  response.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': policy,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  response.end(body);
}

function plain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  response.end(`${text}\n`);
}

function hostname(request: IncomingMessage): string {
  const host = header(request, 'host') ?? '';
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
}

function header(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return typeof value === 'string' ? value : null;
}
