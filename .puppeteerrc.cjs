// Why: `npm install` must work offline; the PDF renderer finds a system browser instead.
// See pipeline/render/browser-path.ts for the resolution order.
module.exports = { skipDownload: true };
