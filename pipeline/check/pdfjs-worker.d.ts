/** pdf.js's worker code, which ships no types: importing it sets `globalThis.pdfjsWorker`, the one thing read-pdf-text.ts needs. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
