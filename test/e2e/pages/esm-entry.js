// The ESM build as an app would load it: every element's registration module from /dist/.
// The test server rewrites bare specifiers ('lit', '@lit/context') to /node_modules/ paths,
// so no inline import map is needed under script-src 'self'.
import '/dist/index.js';
import '/dist/klar-case.js';
import '/dist/klar-case-status.js';
import '/dist/klar-expectation-timeline.js';
import '/dist/klar-principle-badge.js';
import '/dist/klar-principles.js';
import '/dist/klar-feedback-form.js';
