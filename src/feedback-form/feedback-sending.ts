/**
 * What the feedback form needs only when it sends, imported on the first input or click (issue
 * 15): what it does once it sends (feedback-send.ts), the payload builder, the sender with its
 * Idempotency-Key, retries and backoff (core/http), and the CPR detector they use. A page that shows the form and is never used does not fetch it.
 */
export { buildPayload } from './feedback-payload.js';
export { draftFingerprint, FeedbackSubmitter } from './feedback-submitter.js';
export { sleep } from '../core/http.js';
export { sendAnswer, sendMessage } from './feedback-send.js';
