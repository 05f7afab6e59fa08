/** Server-sent events to every open preview page. */
import type { ServerResponse } from 'node:http';

/** One server-sent event. */
export interface StreamEvent {
  event: 'update' | 'problems';
  /** Sent as one line of JSON. */
  data: unknown;
  /** The revision an `update` brings; the browser sends it back as `Last-Event-ID` when it reconnects. */
  id?: string;
}

// Why: after a restart of `resume dev`, an open page reconnects within half a second.
const RETRY_MS = 500;

/** The open `text/event-stream` responses, written to in turn. */
export class EventStream {
  readonly #clients = new Set<ServerResponse>();

  /** Turn `response` into an event stream, send it `initial`, and keep it until it closes. */
  open(response: ServerResponse, initial: readonly StreamEvent[]): void {
    response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    response.write(`retry: ${RETRY_MS}\n\n${initial.map(encode).join('')}`);
    this.#clients.add(response);
    response.on('close', () => this.#clients.delete(response));
  }

  /** Send `event` to every open page. */
  send(event: StreamEvent): void {
    const chunk = encode(event);
    for (const client of this.#clients) client.write(chunk);
  }

  /** End every stream. */
  close(): void {
    for (const client of this.#clients) client.end();
    this.#clients.clear();
  }
}

function encode({ event, data, id }: StreamEvent): string {
  return `event: ${event}\n${id === undefined ? '' : `id: ${id}\n`}data: ${JSON.stringify(data)}\n\n`;
}
