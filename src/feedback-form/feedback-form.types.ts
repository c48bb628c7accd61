/** The three forms the element can show. */
export const FEEDBACK_MODES = ['quick', 'full', 'report'] as const;
export type FeedbackMode = (typeof FEEDBACK_MODES)[number];

/** What the element does with CPR-like numbers in free text (it always warns the citizen); the first is the default. */
export const PII_POLICIES = ['redact', 'block', 'warn'] as const;
export type PiiPolicy = (typeof PII_POLICIES)[number];

/** The submission status; stories and tests walk through every one. */
export const FEEDBACK_STATUSES = ['idle', 'sending', 'offline', 'retrying', 'failed', 'sent'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** The longest free text the schema accepts. */
export const MAX_TEXT = 5000;
/** The longest "where" text the schema accepts. */
export const MAX_WHERE = 1000;

/** Rating values 1 (very bad) to 5 (very good). */
export const RATINGS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATINGS)[number];

/** The free-text and choice fields, by the names the payload and server field errors use. */
export const FIELD_NAMES = [
  'helped',
  'comment',
  'rating',
  'worked',
  'improve',
  'principle',
  'whatWentWrong',
  'where',
  'wantsAnswer',
  'email',
  'phone',
  'attachCase',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** The id of the control an error about `field` points to (`caseReference` is the attach box); undefined for a field the form does not have. */
export function controlOf(field: string): string | undefined {
  const name = field === 'caseReference' ? 'attachCase' : field;
  if (!(FIELD_NAMES as readonly string[]).includes(name)) return undefined;
  return name === 'helped' ? 'f-helped-yes' : name === 'rating' ? 'f-rating-1' : `f-${name}`;
}

/** Each mode's first question: where focus goes first, and where an error about no known field points. */
export const FIRST_FIELD = { quick: 'helped', full: 'rating', report: 'whatWentWrong' } as const satisfies Record<FeedbackMode, FieldName>;

/** Fields that take free text and are checked for personal data. */
export const FREE_TEXT_FIELDS = ['comment', 'worked', 'improve', 'whatWentWrong', 'where'] as const;
export type FreeTextField = (typeof FREE_TEXT_FIELDS)[number];

/** What the citizen has typed and chosen (also the shape of the saved draft). */
export interface FeedbackValues {
  helped?: 'yes' | 'no';
  comment?: string;
  rating?: Rating;
  worked?: string;
  improve?: string;
  /** A slug of `principleSet`. */
  principle?: string;
  /** The registered principle set `principle` belongs to. */
  principleSet?: string;
  whatWentWrong?: string;
  where?: string;
  wantsAnswer?: boolean;
  email?: string;
  phone?: string;
  attachCase?: boolean;
}

/** The JSON body POSTed to `action`; see schema/feedback.schema.json. */
export interface FeedbackPayload {
  mode: FeedbackMode;
  answers: {
    helped?: 'yes' | 'no';
    comment?: string;
    rating?: { value: Rating; label: string };
    worked?: string;
    improve?: string;
    whatWentWrong?: string;
    where?: string;
    wantsAnswer?: boolean;
  };
  /** The principle the feedback concerns: a slug of `principleSet`. */
  principle?: string;
  /** The principle's set: `god-service` for the nine built-in principles, else a set registered with registerPrinciples(). */
  principleSet?: string;
  pageUrl: string;
  lang: string;
  /** The case the feedback is about (from `<klar-case>` or `case-ref`; in report mode also the ticked `case-reference`). */
  caseReference?: string;
  /** The id of the case's current step. */
  step?: string;
  /** The id the server returned for the one-click answer this message follows up. */
  answerTo?: string;
  /**
   * The Idempotency-Key of a one-click answer the form got no receipt for, whose Ja/Nej this message
   * carries: a server that stored that answer after all links the two (see schema/feedback.schema.json).
   */
  answerKey?: string;
  contact?: { email?: string; phone?: string };
  version: string;
  clientTimestamp: string;
}

/** A field error from the server (`{ errors: [...] }` on 400/422) or from the form's own checks. */
export interface FeedbackFieldError {
  field: string;
  message: string;
}

export interface FeedbackSubmitDetail {
  /** The payload about to be sent (CPR-like numbers always masked here). Cancel the event to send it yourself. */
  readonly payload: FeedbackPayload;
  /** The Idempotency-Key the element would send. */
  readonly idempotencyKey: string;
}

export interface FeedbackSentDetail {
  /** The server's receipt number, when it returned one. */
  readonly receipt?: string;
  readonly mode: FeedbackMode;
}

export interface FeedbackAnswerDetail {
  /** The server's receipt number for the stored answer, when it returned one. */
  readonly receipt?: string;
  /** The citizen's answer ("Ja" is `yes`): a change to an answer stored before fires again. */
  readonly helped: 'yes' | 'no';
}

export interface FeedbackErrorDetail {
  /**
   * Why: the server refused the content (`invalid`), the network/server failed after every retry,
   * `pii="block"` found a CPR number (`blocked`), or the form has no usable `action` (`configuration`).
   */
  readonly reason: 'invalid' | 'network' | 'timeout' | 'http' | 'blocked' | 'configuration';
  readonly status?: number;
  readonly errors?: readonly FeedbackFieldError[];
}

export type FeedbackSubmitEvent = CustomEvent<FeedbackSubmitDetail>;
export type FeedbackSentEvent = CustomEvent<FeedbackSentDetail>;
export type FeedbackAnswerEvent = CustomEvent<FeedbackAnswerDetail>;
export type FeedbackErrorEvent = CustomEvent<FeedbackErrorDetail>;
