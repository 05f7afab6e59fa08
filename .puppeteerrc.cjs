// Why: `npm install` must work offline; the PDF renderer finds a system browser instead.
// See pipeline/render/pdf/find-browser.ts for the resolution order.
module.exports = { skipDownload: true };
