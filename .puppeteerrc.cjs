// Puppeteer drives the machine's own browsers (Firefox ESR for the cross-browser run);
// it must never download one.
module.exports = { skipDownload: true };
