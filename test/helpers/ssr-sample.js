// The sample the SSR tests render: one case in progress (test/fixtures/klar/in-progress.json),
// pinned to a moment, and the texts a reader must find in the HTML.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './reference-server.js';

export const SAMPLE_CASE = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/klar/in-progress.json'), 'utf8'));

/** "Now" for every render, so the server and the browser work out the same next step. */
export const SAMPLE_NOW = '2026-11-10T10:00:00.000Z';

export const EXPECT = {
  status: 'Under behandling',
  nextStep: 'Naboerne får mulighed for at sige noget',
  contact: ['Byggesag', '33 66 33 66', 'byg@kommune.example'],
  steps: SAMPLE_CASE.steps.map((/** @type {{ title: string }} */ s) => s.title),
  principle: 'Tydelige forventninger',
  principles: ['Tydelige forventninger', 'Hånd om fejl'],
  feedback: 'Fik du hjælp til det, du søgte?',
};

/** Renders every element with the sample data through dist/ssr/index.js. */
export async function renderSample(action = '/api/feedback', { principlesVariant = 'card' } = {}) {
  const { renderToString } = await import(path.join(ROOT, 'dist/ssr/index.js'));
  const o = { case: SAMPLE_CASE, lang: 'da', now: SAMPLE_NOW };
  return {
    status: await renderToString('klar-case-status', o),
    timeline: await renderToString('klar-expectation-timeline', o),
    badge: await renderToString('klar-principle-badge', { lang: 'da', principle: 'tydelige-forventninger' }),
    principles: await renderToString('klar-principles', { lang: 'da', variant: principlesVariant, principle: 'tydelige-forventninger haand-om-fejl', feedbackFor: 'fb' }),
    feedback: await renderToString('klar-feedback-form', { id: 'fb', lang: 'da', mode: 'quick', action }),
  };
}

/** The text of server-rendered HTML: tags, comments and <style> contents removed, entities for &, <, > decoded. */
export function textOf(/** @type {string} */ html) {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    // A line-break chance (<wbr>, or the status's empty span.klar-wbr) is no text: "BYG-<wbr>2026" reads "BYG-2026".
    .replace(/<wbr>|<span class="klar-wbr"><\/span>/g, '')
    // Lit's <?> part markers are comments to a browser, no text (nor a space) either.
    .replace(/<\?[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
