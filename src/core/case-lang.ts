import { html, type TemplateResult } from 'lit';
import type { Case } from './case-model.js';
import type { MessageParams } from './localize.js';

/**
 * The `lang` to put on the case's own texts (title, status description, steps, decision):
 * the case's language when it differs from the interface's, so a screen reader reads Danish
 * case text with a Danish voice on an English page (WCAG 3.1.2). Undefined when they agree.
 */
export function caseTextLang(c: Case, uiLang: string): string | undefined {
  const lang = c.lang ?? 'da';
  const primary = (tag: string) => tag.split('-')[0].toLowerCase();
  return primary(lang) === primary(uiLang || 'da') ? undefined : lang;
}

/**
 * Case text, in a `<span lang>` when the case speaks another language than the interface, and with
 * its own direction (`dir="auto"`): Arabic case text on a Danish page put its end punctuation on the wrong side.
 */
export function markText<T extends string | TemplateResult>(text: T, lang: string | undefined): TemplateResult | T {
  return lang ? html`<span lang=${lang} dir="auto">${text}</span>` : text;
}

// Stand-ins for case text while a message is formatted: private-use characters no message holds.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = new RegExp(`${OPEN}(\\w+)${CLOSE}`);

/**
 * A message with case text in it ("Årsag: {reason}"), the case text marked with its language
 * (`markText`) so only the interface's words are read in the interface's voice. `t` formats the
 * message; `caseValues` are the values that are case text, text or markup (a person's name in
 * `<span translate="no">`).
 */
export function markedMessage(
  t: (key: string, params?: MessageParams) => string,
  key: string,
  params: MessageParams,
  caseValues: Record<string, string | TemplateResult>,
  lang: string | undefined,
): TemplateResult | string {
  if (!lang && Object.values(caseValues).every((v) => typeof v == 'string')) return t(key, { ...params, ...(caseValues as Record<string, string>) });
  const stand: MessageParams = { ...params };
  for (const k of Object.keys(caseValues)) stand[k] = `${OPEN}${k}${CLOSE}`;
  const parts = t(key, stand).split(SLOT);
  // split() with a group alternates: text, name, text, name, …
  return html`${parts.map((p, i) => (i % 2 ? markText(caseValues[p] ?? '', lang) : p))}`;
}
