/** The script of the preview page: follows the server's events, swaps in each new render, shows errors. */

/**
 * Browser JavaScript, kept as text so its CSP hash is fixed. On `update` it replaces the framed document's
 * body in place (no reload: scroll position kept, fonts not decoded again), or reloads the frame when the
 * styles changed; on `problems` it shows the overlay over the last good preview.
 */
export const RELOAD_SCRIPT = `(() => {
  'use strict';
  const frame = document.getElementById('preview');
  const overlay = document.getElementById('overlay');
  const messages = overlay.querySelector('pre');
  const styleOf = (doc) => doc.querySelector('head > style')?.textContent ?? null;
  const load = (revision) => {
    frame.src = '/document?revision=' + encodeURIComponent(revision);
  };
  const update = (html, revision) => {
    const current = frame.contentDocument;
    const next = new DOMParser().parseFromString(html, 'text/html');
    document.title = next.title;
    const inPlace = current && current.readyState === 'complete' && new URL(current.URL).pathname === '/document' && styleOf(current) === styleOf(next);
    if (!inPlace) return load(revision);
    current.documentElement.lang = next.documentElement.lang;
    current.title = next.title;
    current.body.replaceWith(current.adoptNode(next.body));
  };
  // Why: the frame is sandboxed and the page's CSP lets it show only this server; open links in a new tab.
  frame.addEventListener('load', () => {
    document.title = frame.contentDocument?.title || document.title;
    frame.contentDocument?.addEventListener('click', (event) => {
      // Not \`instanceof Element\`: the frame's nodes come from another realm.
      const link = typeof event.target?.closest === 'function' ? event.target.closest('a[href]') : null;
      if (!link || link.getAttribute('href').startsWith('#')) return;
      event.preventDefault();
      window.open(link.href, '_blank', 'noopener');
    });
  });
  const events = new EventSource('/events?revision=' + encodeURIComponent(document.documentElement.dataset.revision));
  events.addEventListener('update', (event) => {
    update(JSON.parse(event.data).html, event.lastEventId);
    overlay.hidden = true;
  });
  events.addEventListener('problems', (event) => {
    messages.textContent = JSON.parse(event.data).text;
    overlay.hidden = false;
  });
})();
`;
