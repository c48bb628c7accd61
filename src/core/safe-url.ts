/**
 * The one check for every link, form action and source URL the library writes or fetches,
 * and the one pair of e-mail and phone patterns. parseCase runs case data through it once;
 * elements run attribute values (href, action, src) and, as a second guard, case links
 * through it again before rendering.
 */

/** An e-mail address and nothing else: no spaces, no `?cc=` or `&body=` header tricks. */
export const EMAIL_PATTERN = /^[^\s@<>()?&,;:"'\\/]+@[^\s@<>()?&,;:"'\\/]+\.[^\s@<>()?&,;:"'\\/]{2,}$/;

/** A phone number as people write it: digits, spaces, `+`, brackets, dots and dashes. */
export const PHONE_PATTERN = /^\+?[\d\s().-]{3,30}$/;

/** True when `value` is an e-mail address only. */
export function isEmail(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 254 && EMAIL_PATTERN.test(value.trim());
}

/** True when `value` is a phone number only. */
export function isPhone(value: unknown): value is string {
  return typeof value === 'string' && PHONE_PATTERN.test(value.trim()) && /\d{3}/.test(value.replace(/\D/g, ''));
}

/**
 * The phone number in a contact's line as the case writes it ("0045 33 66 33 66 (tast 2)", "Tlf.
 * 33 66 33 66", "33 66 33 66 – hverdage 9-15"): the text before it, the number as shown, the text
 * after it and its `tel:` link. A Danish number written together ("+4533663366", 8 digits) is shown
 * in pairs ("+45 33 66 33 66"), which people read back and screen readers say digit by digit; the
 * link keeps its digits exactly. In text, the number is the one run of digits that is a whole
 * number (8 digits, or + or 00 and 9–15): none, or two, and the text has no link (a call to the
 * wrong number is worse than none), for the caller to show as written.
 */
export function phoneParts(value: unknown): [string, string, string, string] | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  const t: string = s; // isPhone narrows s to never where it is false
  // A whole number in the text first: "33 66 33 66 (9-15)" is the phone's characters throughout,
  // but its number is 33 66 33 66, not 33663366915. The line as a whole only when no run is a
  // whole number ("112", "+1 (555) 123-4567").
  let runs = (t.match(/\+?\d(?:[\s.-]?\d)*/g) ?? []).filter((r) => /^(\+\d{8,14}|00\d{9,13}|\d{8})$/.test(r.replace(/[^\d+]/g, '')));
  if (!runs[0] && isPhone(s)) runs = [s];
  if (runs.length !== 1) return undefined;
  const n = runs[0];
  const i = s.indexOf(n);
  const dk = /^(\+45)?(\d\d)(\d\d)(\d\d)(\d\d)$/.exec(n.replace(/\s/g, ''));
  return [s.slice(0, i), dk ? dk.slice(1).filter(Boolean).join(' ') : n, s.slice(i + n.length), `tel:${n.replace(/[^\d+]/g, '')}`];
}

/**
 * Keeps a link only when it is an http(s), mailto or tel URL. Relative links resolve as
 * http(s) on the page and are kept as written. `javascript:`, `data:`, `vbscript:` and schemes
 * hidden with case, whitespace or control characters never survive, because the URL parser
 * strips those exactly as the browser would before we look at the scheme. A `mailto:` link
 * must name one address and nothing else (no `?cc=`, `&body=`); a `tel:` link one number.
 */
export function safeUrl(value: unknown): string | undefined {
  const s = trimmed(value);
  const absolute = s && absoluteUrl(s);
  if (absolute && absolute.protocol === 'mailto:') return isEmail(decodeSafe(absolute.pathname)) && !absolute.search && !absolute.hash ? absolute.href : undefined;
  if (absolute && absolute.protocol === 'tel:') return isPhone(decodeSafe(absolute.pathname)) && !absolute.search && !absolute.hash ? absolute.href : undefined;
  // Everything else is http(s), absolute or relative, or refused (javascript:, data:, …).
  const http = safeHttpUrl(s);
  return http && !misleads(s!) ? http : undefined;
}

/**
 * Only http(s) URLs, absolute or relative: for what the library fetches or posts to. The same
 * rules as `safeUrl`, without its mailto and tel checks, so a page that only posts (the feedback
 * form) does not carry them.
 */
export function safeHttpUrl(value: unknown): string | undefined {
  const s = trimmed(value);
  if (!s) return undefined;
  const absolute = absoluteUrl(s);
  if (!absolute) return relativeUrl(s);
  return absolute.protocol === 'https:' || absolute.protocol === 'http:' ? absolute.href : undefined;
}

/**
 * Whether a link a citizen sees names one place and goes to another: "https://kommune.dk@evil.example"
 * shows kommune.dk and goes to evil.example (a user name in a link is never a municipality's), and
 * a link that starts with a backslash or three slashes ("/\evil.example") reads as this site's and
 * goes to another site (written "//host", another site says so).
 */
function misleads(link: string): boolean {
  // Read as the browser reads it: without the tabs and line breaks it drops ("/\t/evil.example").
  const s = link.replace(/[\t\n\r]/g, '');
  // An @ before the host's end is a user name (an empty one too); parsing the link adds nothing to that.
  return /^(?:[a-z][a-z\d+.-]*:[/\\]*|[/\\]{2})[^/\\?#]*@/i.test(s) || (/^[/\\]{2}/.test(s) && !/^\/\/[^/\\\s]/.test(link));
}

/** `value` without surrounding white space, when it is a string of 1–2048 characters. */
function trimmed(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  return s && s.length <= 2048 ? s : undefined;
}

/** `s` as an absolute URL, or undefined when it is relative (or no URL). */
function absoluteUrl(s: string): URL | undefined {
  try {
    return new URL(s);
  } catch {
    return undefined;
  }
}

/** A relative link, kept as written when it resolves as http(s) on the page. */
function relativeUrl(s: string): string | undefined {
  try {
    // A string like "//evil.example" is protocol-relative: still http(s), so allowed.
    return new URL(s, 'https://relative.invalid/').protocol === 'https:' ? s : undefined;
  } catch {
    return undefined;
  }
}

/** A `mailto:` link for an address that passed `isEmail`, else undefined. */
export function mailtoHref(email: unknown): string | undefined {
  return isEmail(email) ? `mailto:${email.trim()}` : undefined;
}

/** A `tel:` link for a number that passed `isPhone` (spaces and brackets dropped), else undefined. */
export function telHref(phone: unknown): string | undefined {
  return isPhone(phone) ? `tel:${phone.replace(/[^\d+]/g, '')}` : undefined;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return '';
  }
}
