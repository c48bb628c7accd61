// `npm test` step "size budget": fails when any page combination (scripts/page-sizes.js: the
// elements a page uses, bundled with Lit, brotli q11) grows past its budget. Bytes are
// deterministic, so unlike timings this belongs in `npm test`. Needs dist/ (`npm run build`).
//
// The budgets are today's sizes plus about 2 %, so any real growth fails: they stop the bleeding,
// they are not the goal. The goals (issue 15) need per-tag chunks, light DOM and per-language
// catalogues; when a change brings a page down, lower its budget in the same commit.
// History: until this table, one budget of 50 KB covered the all-in-one CDN file alone.
//
// Try a budget without editing this file: node scripts/size-budget.js --budget "Min sag=20"
import { KIB, kib, pageCombinations, pageSizes } from './page-sizes.js';

/**
 * Budget per page combination, in KiB (1024 B) brotli. Measured 2026-12-02 (main 2e4a048 + perf) + ~3 %; Min sag, status, timeline and the all-in-one file re-measured after issue 12 (each fact once, outcome tags, case-language marks, held dates: +1.1–1.4 KiB) + ~3 %.
 * Lowered after the size work of issue 15 to what the pages reach + ~2 % (English texts on demand; what the library
 * loads with import(), the English pack and the adapters, counted as the lazy files they are); the all-in-one file
 * keeps its budget. `<klar-step> alone` rose 0.3 KiB: every element's base class waits for a language pack
 * (src/core/language-pack.ts) before it draws.
 */
export const BUDGETS_KIB = {
  'Min sag': 38.9, // +0.1 KiB (38.8 → 38.9): a timeline with no steps beside a status that says everything says there are none, not a heading over nothing (2026-12-04); +0.7 KiB (38.1 → 38.8): truth and robustness found by a citizen and an integrator read (2026-12-04): no date for a step after an undated or late step, a promise behind a late step said as a promise, a window's countdown as a range, an unknown time-zone falls back with a warning, a case set by script gets 8 s before 'not set up', no internal status code on screen, a credentials value or a cross-origin failure told as set-up, RTL pages read Danish fallback texts left to right; +0.2 KiB (37.9 → 38.1): a failed first load beside the server's render says the case as last updated, not 'cannot show' above a case that is shown; not found and logged out drop the server's copy; one notice renderer for case and list (2026-12-04); +0.5 KiB (37.4 → 37.9): every calendar link drawn with its file once the writer came, one live region per change; 'Prøver igen …' while a pressed retry is on its way, focus to the case when it comes; the answer's date under the status; a task deadline that has passed said as passed, with no calendar link; one 'senest' per answer; a promise box with no readable date answered (2026-12-03, seventh); +0.1 KiB (37.3 → 37.4): a first load still on its way after 8 s is said, with the contact, not 'Henter …' alone for a minute; a lone timeline says it is not set up (2026-12-03, seventh); +0.1 KiB (37.2 → 37.3): missing set-up said, not endless loading; truth and reach found by a citizen and an integrator read (2026-12-03, fourth); +0.2 KiB (37.0 → 37.2, 2026-12-03, fourth): truth found by a citizen and an integrator read: the answer's calendar link beside the status's date, a date moved by waiting said by the days it really moved; −0.4 KiB: the event stream on demand, #private in <klar-case> and its fetcher, one base for status and timeline (37.4 → 37.0, 2026-12-03, third); −1.0 KiB (38.4 → 37.4): the timeline's step reader and announcement text on demand, static properties and #private in case, status and timeline (session of 2026-12-03, second); −1.1 KiB (38.8 → 37.7): the timeline keeps steps by position (no keyed repeat), <klar-case> fetches without the list reader, the light-DOM base without decorators (session of 2026-12-03); +0.1 KiB: the badge's TextController base beside the case texts, and each fact once (merged together); −0.3 KiB: the .ics writer imported on click (issue 15); +0.3 KiB: <klar-case> in light DOM (issue 14); +1.3 KiB: each fact once, outcome tags, case-language marks, held dates (issue 12); lowered again by the size work (issue 15)
  'feedback form alone': 14.0, // −2.5 KiB, the goal: what the form shows after the first input (comment step, notices, checks, send, thank-you, drafts) on the first sign of use (16.9 → 14.0, 2026-12-03, third); −2.0 KiB (18.8 → 16.9): the full and report modes' questions, checks and texts on demand, the notice icons alone, static properties (2026-12-03, second); −2.9 KiB (21.3 → 18.4): no case texts, the sending code's second half (result, retries, server field errors) with the sending code, TextController + dirOf instead of LocalizeController (no date formatting) (2026-12-03); −0.7 KiB: the English principle texts moved to the English pack (issue 15); −2.0 KiB: the CPR detector and the sending code (payload, sender, retries) imported on first input; −1.9 KiB: the principle registry and texts imported when the form shows its question; −0.5 KiB: the principles' explanations fetched when a badge shows one
  'one principle badge': 12.1, // −0.3 KiB: built-in principles skip the registration checks, the promise icon and the hand-off button styles out of a closed badge (12.5 → 12.1, 2026-12-03, third); −0.4 KiB (12.9 → 12.5): the open panel and the card on demand, state tokens a module of their own (2026-12-03, second); −0.5 KiB (13.1 → 12.6): static properties instead of decorators, #private members, shared badge rules (2026-12-03); +1.2 KiB: the light-DOM base (render container, style scoping, mutation guard), issue 14; −0.7 KiB: English principle texts in the English pack; −3.2 KiB: messages without the date formatting (TextController), no shared case texts, the chevron without the icon set; −0.4 KiB: the explanations fetched when shown (card, open disclosure)
  // +2.1 KiB for <klar-case-list> (issue 16): the list, its texts and the shared status reading.
  'everything in one file': 61.1, // +0.8 KiB (60.3 → 61.1): truth and robustness found by a citizen and an integrator read (2026-12-04): no date for a step after an undated or late step, a promise behind a late step said as a promise, a window's countdown as a range, an unknown time-zone falls back with a warning, a case set by script gets 8 s before 'not set up', no internal status code on screen, a credentials value or a cross-origin failure told as set-up, RTL pages read Danish fallback texts left to right; the feedback form's unsent-draft sentence, no-reply hint and length count (on-demand parts); +0.1 KiB (60.2 → 60.3): the list's case words marked with their language, its unreadable cases said (2026-12-04); +0.2 KiB (60.0 → 60.2): a failed first load beside the server's render says the case as last updated, not 'cannot show' above a case that is shown; not found and logged out drop the server's copy; one notice renderer for case and list (2026-12-04); +1.0 KiB (59.0 → 60.0): a badge with text of its own in the light DOM (its name read by read-aloud and translation, +0.2 KiB); calendar links drawn with their files once the writer came, the form's retry said, one live region per change; <klar-case-list> in the light DOM (+84 B) and its row following the <klar-case> beside it at once (+257 B), so read-aloud and translation read Min side's list and it says what the case says; the answer's date under the status; a passed task deadline said as passed; a slow first load said, a lone timeline said not set up, a promise box with no readable date answered, one announcer that empties itself (2026-12-03, seventh); +0.6 KiB (58.4 → 59.0): the feedback form refuses a page as a receipt, says a failed answer, waits online for its code, says a removed CPR number, one hint per form; dates in the texts' language; the answer's calendar link beside its date; truth and reach found by a citizen and an integrator read (2026-12-03, fourth); +0.2 KiB (58.2 → 58.4): each fact and moment once (the status leaves the next step's who and when to the timeline, says a moment once; one owner said once above the timeline), 2026-12-03, fourth; −0.6 KiB (58.8 → 58.2): the Danish explanations and the form's full/report texts beside it, static properties everywhere (2026-12-03, second); +0.2 KiB: TextController and the lazy explanations merged with the form's on-demand parts; +1.0 KiB issue 12; −2.8 KiB: the English texts a file of their own beside klar-all.js; +1.1 KiB (57.2 → 58.3): the feedback form's on-demand loading (detector, sending code, registry: the waits, the deferred draft, the late preset), which this file pays for and gains nothing from, as it carries those modules inside
  '<klar-case> alone': 22.2, // +0.5 KiB (21.7 → 22.2): truth and robustness found by a citizen and an integrator read (2026-12-04): no date for a step after an undated or late step, a promise behind a late step said as a promise, a window's countdown as a range, an unknown time-zone falls back with a warning, a case set by script gets 8 s before 'not set up', no internal status code on screen, a credentials value or a cross-origin failure told as set-up, RTL pages read Danish fallback texts left to right; +0.1 KiB (21.6 → 21.7): a failed first load beside the server's render says the case as last updated, not 'cannot show' above a case that is shown; not found and logged out drop the server's copy; one notice renderer for case and list (2026-12-04); +0.1 KiB (21.5 → 21.6): a slow first load said, 'Prøver igen …' and focus after a retry (2026-12-03, seventh); −0.2 KiB: the event stream on demand, #private (21.6 → 21.5, 2026-12-03, third); −0.3 KiB (2026-12-03, second); +1.2 KiB: light DOM (render container, style scoping, mutation guard), issue 14; who-says-what claims, issue 12
  '<klar-case-list> alone': 27.6, // +0.7 KiB (26.9 → 27.6): truth and robustness found by a citizen and an integrator read (2026-12-04): no date for a step after an undated or late step, a promise behind a late step said as a promise, a window's countdown as a range, an unknown time-zone falls back with a warning, a case set by script gets 8 s before 'not set up', no internal status code on screen, a credentials value or a cross-origin failure told as set-up, RTL pages read Danish fallback texts left to right; +0.1 KiB (26.8 → 26.9): cases it cannot read said ('Vi kan ikke vise 1 af dine sager lige nu.'), not left out in silence (2026-12-04); +0.2 KiB (26.6 → 26.8): the case's words in each row marked with the case's language (status, next step, outcome; markedMessage), so screen readers read Danish in a Danish voice on an English page (2026-12-04); +0.1 KiB (26.5 → 26.6): one notice renderer with <klar-case> (its stale notice offers 'Prøv igen', its slow notice the contact; the list's words through a key map) (2026-12-04); +0.4 KiB (26.1 → 26.5): 'Prøver igen …' and focus after a retry; a slow first load said, a passed task deadline said as passed (2026-12-03, seventh); +1.4 KiB (24.7 → 26.1, +1386 B measured): the list renders into the light DOM, so read-aloud and page translation read Min side's cases (the light-DOM base: render container, style scoping, mutation guard, shared ids; klar- class names), as status and timeline paid +1.1 KiB each (2026-12-03, fifth); +0.1 KiB (24.6 → 24.7): unreadable cases said as such; truth and reach found by a citizen and an integrator read (2026-12-03, fourth); −0.2 KiB: the event stream on demand (24.7 → 24.6, 2026-12-03, third)
  '<klar-case-status> alone': 26.9, // +0.6 KiB (26.3 → 26.9): truth and robustness found by a citizen and an integrator read (2026-12-04): no date for a step after an undated or late step, a promise behind a late step said as a promise, a window's countdown as a range, an unknown time-zone falls back with a warning, a case set by script gets 8 s before 'not set up', no internal status code on screen, a credentials value or a cross-origin failure told as set-up, RTL pages read Danish fallback texts left to right; +0.1 KiB (26.2 → 26.3): the answer's date under the status, a passed task deadline said as passed, one isOver rule shared with the schedule (26,838 B; 2026-12-03, seventh); +0.1 KiB (26.1 → 26.2): missing set-up said; truth and reach found by a citizen and an integrator read (2026-12-03, fourth); +0.2 KiB (25.9 → 26.1, 2026-12-03, fourth): the answer's calendar link beside the status's date, and a live region emptied once said (read-aloud found old announcements); +0.8 KiB (25.1 → 25.9): the status offers the task's and the appeal's deadline to the calendar (the link, its .ics naming and click handling, moved from the timeline into their shared base; inside a <klar-case> the timeline had left those dates, and so their links, to the status), 2026-12-03, fifth; +0.2 KiB (24.9 → 25.1): each moment once, and the next step's who and when left to a timeline beside it (2026-12-03, fourth); −0.5 KiB (2026-12-03, second); +1.1 KiB issue 12; +1.1 KiB: the light-DOM base (render container, style scoping, mutation guard), issue 14; +0.2 KiB: the waiting and delay notices' until, paused-clock, basis and told-on lines moved here from the timeline (each fact once)
  '<klar-expectation-timeline> alone': 29.7, // +0.6 KiB (29.1 → 29.7): truth and robustness found by a citizen and an integrator read (2026-12-04): no date for a step after an undated or late step, a promise behind a late step said as a promise, a window's countdown as a range, an unknown time-zone falls back with a warning, a case set by script gets 8 s before 'not set up', no internal status code on screen, a credentials value or a cross-origin failure told as set-up, RTL pages read Danish fallback texts left to right; +0.1 KiB (29.0 → 29.1): a failed first load beside the server's render says the case as last updated, not 'cannot show' above a case that is shown; not found and logged out drop the server's copy; one notice renderer for case and list (2026-12-04); +0.2 KiB (28.8 → 29.0): each passed date once, in the past tense; a lone timeline says it is not set up, a passed task deadline said as passed, a promise box with no readable date answered (2026-12-03, seventh); +0.2 KiB (28.6 → 28.8): the texts' language for dates, one heading-level rule, the author's step list hidden once drawn, a live region emptied once said; truth and reach found by a citizen and an integrator read (2026-12-03, fourth); −0.8 KiB (2026-12-03, second); −0.9 KiB: steps by position, no keyed repeat (2026-12-03); +0.05 KiB: TextController under LocalizeController (merged with each fact once); +1.2 KiB issue 12; +1.1 KiB: the light-DOM base, issue 14; +0.1 KiB: the promise box leaves the dates the status says (each fact once), its calendar link then names its date
  '<klar-principles> alone': 13.5, // −0.3 KiB: as the badge (13.8 → 13.5, 2026-12-03, third); −0.4 KiB (2026-12-03, second); −0.6 KiB: as the badge (2026-12-03); +1.1 KiB: the same light-DOM base; −0.7 KiB: English principle texts in the English pack; −3.1 KiB: as the badge (TextController); −0.4 KiB: the explanations a lazy part (cards wait for it)
  '<klar-step> alone': 6.7,
};

/** Returns the budget (KiB) of a page combination, or undefined. */
export const budgetFor = (name) => BUDGETS_KIB[name];

/**
 * Compares measured rows ({ name, brotli, goal? }) with budgets (KiB by name). A row without a
 * budget fails too: a new element gets its budget when it is added.
 */
export function checkBudgets(rows, budgets = BUDGETS_KIB) {
  const lines = [];
  let failed = 0;
  const w = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    const budget = Object.prototype.hasOwnProperty.call(budgets, r.name) ? budgets[r.name] : undefined;
    const goal = r.goal ? `, goal ${r.goal} KiB` : '';
    if (budget === undefined) {
      failed++;
      lines.push(`✗ ${r.name.padEnd(w)}  ${kib(r.brotli).padStart(5)} KiB: no budget; add one to BUDGETS_KIB in scripts/size-budget.js${goal}`);
      continue;
    }
    const over = r.brotli > budget * KIB;
    if (over) failed++;
    const pct = ((r.brotli / (budget * KIB)) * 100).toFixed(0);
    lines.push(`${over ? '✗' : '✓'} ${r.name.padEnd(w)}  ${kib(r.brotli).padStart(5)} KiB of ${budget} KiB budget (${pct} %)${goal}${over ? `  — OVER BUDGET by ${r.brotli - Math.floor(budget * KIB)} B` : ''}`);
  }
  return { lines, failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const budgets = { ...BUDGETS_KIB };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== '--budget') continue;
    const m = /^(.+)=(\d+(?:\.\d+)?)$/.exec(argv[++i] ?? '');
    const names = pageCombinations().map((p) => p.name);
    if (!m || !names.includes(m[1])) {
      console.error(`size budget: --budget takes "<page>=<KiB>" with one of: ${names.join(', ')}.`);
      process.exit(2);
    }
    budgets[m[1]] = Number(m[2]);
  }
  let rows;
  try {
    rows = await pageSizes();
  } catch (e) {
    console.error(`size budget: ${e.message}`);
    process.exit(1);
  }
  const { lines, failed } = checkBudgets(rows, budgets);
  console.log('size budget: KiB brotli q11, Lit included, per page combination (scripts/page-sizes.js)');
  for (const l of lines) console.log(l);
  if (failed) {
    console.error(`size budget: FAILED — ${failed} page combination(s) over budget or without one.`);
    process.exit(1);
  }
  console.log(`size budget: all ${rows.length} page combinations within budget.`);
}
