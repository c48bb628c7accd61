// The page a test frame loads (one-click.test.ts, "leaving the page"): the form in a document
// that the test then navigates away from, as a citizen closes a tab.
import '../../src/klar-feedback-form.js';
