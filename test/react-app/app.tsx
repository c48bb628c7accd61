// A tiny React 19 app for test/e2e/react.e2e.js, written as an integrator would, against the
// built package by its name: the generated wrappers (klar-elements/react)
// with a case object as a property and events as onKlarXxx props, plus one tag used directly
// (React 19 sets `case` as a property on custom elements; typed by types/jsx.d.ts).
// React state is written to the page, so the test reads what React received.
import type {} from 'klar-elements/types/jsx';
import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { KlarExpectationTimeline, KlarFeedbackForm, KlarPrincipleBadge } from 'klar-elements/react';
import type { KlarFeedbackForm as KlarFeedbackFormElement } from 'klar-elements/feedback-form.js';
import { parseCase } from 'klar-elements/core';
import caseJson from '../fixtures/klar/in-progress.json';

const theCase = parseCase(caseJson);
const NOW = new Date('2026-11-20T10:00:00Z');

function App() {
  const form = useRef<KlarFeedbackFormElement>(null);
  const [submitted, setSubmitted] = useState('');
  const [receipt, setReceipt] = useState('');
  const [toggles, setToggles] = useState<string[]>([]);
  return (
    <main lang="da">
      <KlarPrincipleBadge principle="klar-tale" />
      <KlarExpectationTimeline
        case={theCase}
        now={NOW}
        foldAfter={1}
        onKlarTimelineToggle={(e) => setToggles((t) => [...t, `${e.detail.expanded}:${e.detail.hiddenCount}`])}
      />
      <klar-case-status case={theCase} now={NOW} variant="compact" />
      <KlarFeedbackForm
        ref={form}
        mode="quick"
        action="/api/feedback"
        minTime={0}
        noDraft
        onKlarFeedbackSubmit={(e) => {
          // The integrator sends the payload itself, then tells the form.
          e.preventDefault();
          setSubmitted(e.detail.payload.answers.helped ?? '(none)');
          void form.current?.showSent('R-42');
        }}
        // A one-click answer the page sent itself is stored: the form goes on to the comment.
        onKlarFeedbackAnswer={(e) => setReceipt(e.detail.receipt ?? '(none)')}
      />
      <p>
        submitted: <output id="submitted">{submitted}</output>
      </p>
      <p>
        receipt: <output id="receipt">{receipt}</output>
      </p>
      <p>
        toggles: <output id="toggles">{toggles.join(' ')}</output>
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
