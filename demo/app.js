// The "Min sag" demo page: the elements come from the CDN loader (see index.html); this script
// lets the citizen pick one of the sample cases, lists them all in one <klar-case-list> (one
// request a minute for every case), and switches the page between Danish and English.
// No innerHTML anywhere: the page runs under Trusted Types (only lit-html's policy exists).

import { TEXTS, pageTitle } from './texts.js';

/** @type {Array<{ id: string, reference?: string, title: string }>} */
let cases = [];

/**
 * The elements come from the CDN loader the page includes (/cdn/klar.js, with its chunks
 * preloaded): it registers each tag on the page. This import is the same module (no second
 * request); it only tells the citizen when it did not load (the build missing, or the file not arriving).
 */
async function loadElements() {
  try {
    await import('/cdn/klar.js');
  } catch (e) {
    // The developer's hint goes to the console; the citizen gets what to do (a loader that did not
    // arrive is a CDN hiccup or a deploy window as often as a missing build; citizen review, stop 54).
    console.warn('klar demo: could not load /cdn/klar.js. Not built? Run npm start (or npm run build) and reload.', e);
    showNotice(t('notLoaded'));
  }
}

/** @param {string} text */
function showNotice(text) {
  const p = document.createElement('p');
  p.className = 'demo-notice';
  p.setAttribute('role', 'alert');
  p.textContent = text;
  document.querySelector('main')?.prepend(p);
}

function lang() {
  return document.documentElement.lang === 'en' ? 'en' : 'da';
}

/** @param {keyof typeof TEXTS.da} key */
function t(key) {
  return TEXTS[lang()][key];
}

/** @param {'da' | 'en'} next */
function setLang(next) {
  document.documentElement.lang = next;
  for (const el of document.querySelectorAll('[data-i18n]')) {
    const key = /** @type {keyof typeof TEXTS.da} */ (el.getAttribute('data-i18n'));
    if (TEXTS[next][key]) el.textContent = TEXTS[next][key];
  }
  for (const el of document.querySelectorAll('[data-i18n-label]')) {
    const key = /** @type {keyof typeof TEXTS.da} */ (el.getAttribute('data-i18n-label'));
    if (TEXTS[next][key]) el.setAttribute('aria-label', TEXTS[next][key]);
  }
  for (const el of document.querySelectorAll('[data-i18n-content]')) {
    const key = /** @type {keyof typeof TEXTS.da} */ (el.getAttribute('data-i18n-content'));
    if (TEXTS[next][key]) el.setAttribute('content', TEXTS[next][key]);
  }
  for (const el of document.querySelectorAll('[data-i18n-href]')) {
    const key = /** @type {keyof typeof TEXTS.da} */ (el.getAttribute('data-i18n-href'));
    if (TEXTS[next][key]) el.setAttribute('href', TEXTS[next][key]);
  }
  // A link to the page in the other language, named in that language (no toggle state: its name
  // says where it goes; a pressed "Dansk" on an English page said the opposite of the page).
  const link = document.getElementById('lang-switch');
  if (link) {
    const other = TEXTS[next].switchLang;
    const to = new URL(location.href);
    to.searchParams.set('lang', other);
    link.textContent = TEXTS[next].switchTo;
    link.setAttribute('lang', other);
    link.setAttribute('hreflang', other);
    link.setAttribute('href', `${to.pathname}${to.search}${to.hash}`);
  }
  document.title = pageTitle(next);
  // A ?lang= in the address follows the switch: the server writes the page in that language,
  // so a reload, a bookmark or the picker's plain form keeps the language chosen.
  const url = new URL(location.href);
  if (url.searchParams.has('lang') && url.searchParams.get('lang') !== next) {
    url.searchParams.set('lang', next);
    history.replaceState(history.state, '', url);
  }
  // The cases in "Dine sager" link to their pages in this language (a new tab, a copied link).
  document.querySelector('#case-list klar-case-list')?.setAttribute('case-href', TEXTS[next]['case.href']);
  const keep = /** @type {HTMLInputElement | null} */ (document.querySelector('form.picker input[name="lang"]'));
  if (keep) keep.value = next;
  try {
    localStorage.setItem('klar-demo-lang', next);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

function initialLang() {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'da') return fromUrl;
  try {
    const saved = localStorage.getItem('klar-demo-lang');
    if (saved === 'en' || saved === 'da') return saved;
  } catch {
    /* ignore */
  }
  return 'da';
}

/**
 * The case the server found for the link when it sent the page (server/index.js finds it as the
 * API does: by its id, its reference or its ZGW uuid, in any case of letters), read before the
 * script changes anything: the page does not look for it a second way. One that is not there is
 * asked for all the same: the page says it cannot find it.
 */
const served = decodeURIComponent(document.getElementById('case')?.getAttribute('src')?.replace(/^\/api\/cases\//, '') ?? '');

/** The case on screen: the one chosen on this page (in its history entry), else the one the page was sent with. */
function selectedId() {
  return /** @type {{ case?: string } | null} */ (history.state)?.case ?? (served || cases[0]?.id || 'byg-2417');
}

/** @param {string} id */
function showCase(id) {
  const el = document.getElementById('case');
  const at = `/api/cases/${encodeURIComponent(id)}`;
  if (el && el.getAttribute('src') !== at) {
    el.setAttribute('src', at);
    el.setAttribute('events-src', `${at}/events`);
  }
  const picker = /** @type {HTMLSelectElement | null} */ (document.getElementById('case-picker'));
  if (picker) {
    // A link to a case that is not in the list (mistyped, or an old one) chose nothing: the picker
    // says "Vælg en sag" instead of going blank, and as its first, empty option it makes the
    // required select ask for a choice when "Vis sagen" is pressed, instead of sending the form.
    let none = /** @type {HTMLOptionElement | null} */ (picker.querySelector('option[value=""]'));
    if ([...picker.options].some((o) => o.value === id)) {
      none?.remove();
      picker.value = id;
    } else {
      if (!none) {
        none = document.createElement('option');
        none.value = '';
        none.disabled = true;
        none.dataset.i18n = 'picker.label';
        none.textContent = t('picker.label');
        picker.prepend(none);
      }
      none.selected = true;
    }
  }
  const form = document.getElementById('feedback');
  const ref = cases.find((c) => c.id === id)?.reference;
  // Feedback names the case on screen, or none: a link to a case that is not there kept the
  // reference of the case the page was written with, and the message was filed under it.
  if (form && ref) form.setAttribute('case-reference', ref);
  else form?.removeAttribute('case-reference');
  document.querySelector('#case-list klar-case-list')?.setAttribute('current', id);
}

/** @param {string} id */
function navigate(id) {
  const url = new URL(location.href);
  url.searchParams.set('case', id);
  // Asking again for the case on screen adds no entry for Back to step through.
  if (url.href !== location.href) history.pushState({ case: id }, '', url);
  showCase(id);
  void focusCase(id);
}

/**
 * Moves focus to the chosen case's heading once it is on screen, so a keyboard or screen-reader
 * user lands on it and a phone shows it at once (on a narrow screen it would otherwise sit far
 * below the picker).
 * @param {string} id
 */
async function focusCase(id) {
  const provider = document.getElementById('case');
  const status = provider?.querySelector('klar-case-status');
  if (!provider || !status) return;
  const end = Date.now() + 10_000;
  for (;;) {
    const title = /** @type {HTMLElement | null | undefined} */ ((status.shadowRoot ?? status).querySelector('[part~="title"]'));
    // @ts-ignore: the provider's case, once the new one has arrived
    const ready = provider.case?.id && cases.find((c) => c.id === id)?.reference === provider.case?.reference;
    if (title && ready) {
      title.tabIndex = -1;
      title.focus();
      return;
    }
    if (Date.now() > end) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The compact list is for wide screens; a phone gets the picker, and the case first. */
const wide = window.matchMedia('(min-width: 60rem)');

/**
 * Builds the list of cases: one <klar-case-list> that reads every case from /api/cases in one
 * request and refreshes it once a minute (an ETag makes an unchanged list a 304). Five
 * <klar-case> elements polling on their own made 15 requests a minute in an idle tab.
 */
function renderList() {
  const list = document.getElementById('case-list');
  const picker = /** @type {HTMLSelectElement | null} */ (document.getElementById('case-picker'));
  if (!list) return;
  // A phone gets the picker, and the case first: no hidden list that would still poll.
  if (!wide.matches) {
    list.replaceChildren();
  } else if (!list.querySelector('klar-case-list')) {
    const el = document.createElement('klar-case-list');
    el.setAttribute('src', '/api/cases');
    el.setAttribute('refresh', '60');
    el.setAttribute('heading-level', '3');
    el.setAttribute('case-href', t('case.href'));
    el.setAttribute('contact-phone', '99 10 20 00');
    list.replaceChildren(el);
  }
  if (picker) {
    picker.replaceChildren(
      ...cases.map((c) => {
        const o = document.createElement('option');
        o.value = c.id;
        o.textContent = c.title;
        // The case's own words, in the case's language: an English page's read-aloud says a Danish title in Danish.
        o.lang = c.lang || 'da';
        return o;
      }),
    );
  }
}

async function init() {
  setLang(initialLang());
  document.documentElement.classList.add('js');
  // With JavaScript the page switches in place (the link is the way without it).
  document.getElementById('lang-switch')?.addEventListener('click', (e) => {
    e.preventDefault();
    setLang(lang() === 'da' ? 'en' : 'da');
  });
  const elements = loadElements();
  try {
    const res = await fetch('/api/cases', { headers: { Accept: 'application/json' } });
    if (res.ok) cases = (await res.json()).cases ?? [];
  } catch {
    /* the static options in the page still work */
  }
  if (!cases.length) {
    // The cases the page was sent with: not the server's "Vælg en sag" (no value) for a case that is not there.
    cases = [...document.querySelectorAll('#case-picker option')]
      .filter((o) => /** @type {HTMLOptionElement} */ (o).value)
      .map((o) => ({ id: /** @type {HTMLOptionElement} */ (o).value, title: o.textContent ?? '' }));
  }
  renderList();
  showCase(selectedId());
  wide.addEventListener('change', () => {
    renderList();
    showCase(selectedId());
  });
  // The picker switches the case when the citizen asks, with its "Vis sagen" button (the same
  // GET form a page without JavaScript sends), never on `change`: the arrow keys walk the
  // options of a closed select, and each step would move the page and focus (WCAG 3.2.2).
  document.querySelector('form.picker')?.addEventListener('submit', (e) => {
    const picker = /** @type {HTMLSelectElement | null} */ (document.getElementById('case-picker'));
    if (!picker?.value) return;
    e.preventDefault();
    navigate(picker.value);
  });
  // A case's link in the list opens the case in place (no reload to the top of the page).
  document.getElementById('case-list')?.addEventListener('click', (e) => {
    const link = /** @type {HTMLAnchorElement | undefined} */ (e.composedPath().find((n) => n instanceof HTMLAnchorElement && n.getAttribute('href')?.startsWith('/?case=')));
    const id = link && new URL(link.href).searchParams.get('case');
    if (!id || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    navigate(id);
  });
  // Back and Forward swap the case in place: focus goes to its heading as after "Vis sagen", not to <body>.
  window.addEventListener('popstate', () => {
    const id = selectedId();
    showCase(id);
    void focusCase(id);
  });
  await elements;
}

void init();
