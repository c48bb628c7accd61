/**
 * The working days <klar-feedback-form> promises an answer in ("Vi svarer inden for 5
 * arbejdsdage."): its `answer-days` when that is a whole number from 1 to 99, else the default.
 * One rule for the form (what it says beside the box and on its thank-you page, and the hidden
 * field its post without JavaScript carries: feedback-more.ts `answerDays`) and the reference
 * server's thank-you page, which reads the posted number with it from the build
 * (server/feedback-api.js). Imported by the form's on-demand parts only.
 */

/** The working days an answer comes in when `answer-days` is left out or is not such a number. */
export const ANSWER_DAYS = 5;

/** `value` as working days: 7 or "7"; undefined for anything else ("abc", NaN, 0, -3, 1.5, "", 100, "07"). */
export const answerDaysOf = (value: unknown): number | undefined => (/^[1-9]\d?$/.test(String(value)) ? Number(value) : undefined);
