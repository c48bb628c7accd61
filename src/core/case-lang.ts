import type { Case } from './case-model.js';

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
