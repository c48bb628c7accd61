// React 19: the wrappers from klar-elements/react, and the tags in JSX (types/jsx.d.ts).
import type {} from 'klar-elements/types/jsx';
import { KlarFeedbackForm, KlarExpectationTimeline, KlarPrincipleBadge } from 'klar-elements/react';
import type { FeedbackSentEvent } from 'klar-elements';

export function Wrappers() {
  return (
    <>
      <KlarFeedbackForm
        mode="quick"
        action="/api/feedback"
        headingLevel={3}
        onKlarFeedbackSubmit={(e) => e.detail.payload.answers.helped}
        onKlarFeedbackSent={(e: FeedbackSentEvent) => e.detail.receipt}
      />
      <KlarExpectationTimeline foldAfter={2} onKlarTimelineToggle={(e) => e.detail.hiddenCount.toFixed()} />
      <KlarPrincipleBadge principle="klar-tale" variant="card" />
      {/* @ts-expect-error: not a mode of the feedback form */}
      <KlarFeedbackForm mode="long" />
      {/* @ts-expect-error: the toggle event's detail has no receipt */}
      <KlarExpectationTimeline onKlarTimelineToggle={(e) => e.detail.receipt} />
    </>
  );
}

export function Tags() {
  return (
    <klar-case src="/api/cases/1" refresh={30} credentials="include" onklar-case-change={(e) => e.detail}>
      <klar-case-status variant="compact" heading-level="3" className="status" />
      <klar-expectation-timeline fold-after={2} no-relative-dates onklar-timeline-toggle={(e) => e.detail.expanded} />
      <klar-feedback-form mode="full" action="/api/feedback" onklar-feedback-sent={(e) => e.detail.receipt} />
      {/* @ts-expect-error: not a variant of <klar-case-status> */}
      <klar-case-status variant="huge" />
      {/* @ts-expect-error: heading-level is a number */}
      <klar-case-status heading-level="two" />
      {/* @ts-expect-error: no such attribute */}
      <klar-principle-badge colour="red" />
    </klar-case>
  );
}
