// Loaded first on every test page: records CSP / Trusted Types violations and script errors
// where the test can read them (window.__violations), before any element code runs.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample || ''}`.trim());
});
window.addEventListener('error', (e) => window.__violations.push(`error: ${e.message}`));
