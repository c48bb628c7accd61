// The "Min sag" demo page's own texts, in Danish and English: app.js switches the page with
// them in the browser, and the server (server/static.js) writes the page in the language asked
// for (?lang=en) from the first byte, so it is right before and without JavaScript.
// An element with data-i18n="key" gets the text, data-i18n-label="key" the aria-label and
// data-i18n-content="key" the content attribute (a <meta>), data-i18n-href="key" the href (a link
// to a page that has the language too).

/** The page's own texts; the elements bring their own and follow <html lang>. */
export const TEXTS = {
  da: {
    skip: 'Gå til indhold',
    nav: 'Hovedmenu',
    'nav.case': 'Min sag',
    // The site's front page and "Min sag" in this language (the logo, the menu, the breadcrumb).
    'home.href': '/',
    // A case's own page, for the links in "Dine sager" (<klar-case-list case-href>).
    'case.href': '/?case={id}',
    'nav.insights': 'Hvad borgerne fortæller os',
    'nav.insights.href': '/insights',
    'nav.cms': 'Eksempel: CMS-side',
    breadcrumb: 'Brødkrumme',
    'crumb.home': 'Forside',
    'crumb.self': 'Selvbetjening',
    'crumb.case': 'Min sag',
    title: 'Min sag',
    site: 'Klarby Kommune',
    description: 'Se hvor langt din sag er, hvad der sker nu, og hvem du kan kontakte.',
    lead: 'Her kan du se, hvor langt din sag er, hvad der sker nu, og hvem du kan kontakte.',
    // Said only where it is true: with JavaScript the case follows every change; without, it is as sent.
    'lead.live': 'Oplysningerne opdaterer sig selv, når der sker noget nyt.',
    'lead.reload': 'Genindlæs siden for at se, om der er sket noget nyt.',
    // The comment of the page's feedback form without JavaScript, which cannot ask after the answer
    // as <klar-feedback-form> does (server/static.js; the server's page for what it could not take names it so too).
    'fallback.comment': 'Vil du fortælle mere? (valgfrit)',
    'list.heading': 'Dine sager',
    'picker.label': 'Vælg en sag',
    'picker.show': 'Vis sagen',
    'promises.heading': 'Vores løfter til dig',
    'promises.intro': 'Klarby Kommune følger de ni principper for god offentlig service. Sådan gør vi det i din sag:',
    'promise.expectations': 'Du kan altid se, hvornår der sker noget i din sag. Bliver vi forsinket, siger vi det, før fristen er gået, og giver dig en ny dato.',
    'promise.joined': 'Flytter din sag til en anden afdeling, fortæller vi dig det, og du får at vide, hvem du nu skal kontakte.',
    'promise.plain': 'Vi skriver kort og i almindelige ord. Forstår du ikke noget, så ring til os.',
    'promise.mistakes': 'Laver vi en fejl, retter vi den og fortæller dig, hvad vi gør for at undgå den næste gang.',
    'footer.demo': 'Dette er en demo af klar-elements. Klarby Kommune findes ikke, og sagerne er opdigtede.',
    switchTo: 'English',
    switchLang: 'en',
    notBuilt: 'Komponenterne er ikke bygget endnu. Kør npm start (eller npm run build) og genindlæs siden.',
  },
  en: {
    skip: 'Skip to content',
    nav: 'Main menu',
    'nav.case': 'My case',
    'home.href': '/?lang=en',
    'case.href': '/?case={id}&lang=en',
    'nav.insights': 'What citizens tell us',
    'nav.insights.href': '/insights?lang=en',
    'nav.cms': 'Example: CMS page (in Danish)',
    breadcrumb: 'Breadcrumb',
    'crumb.home': 'Home',
    'crumb.self': 'Self-service',
    'crumb.case': 'My case',
    title: 'My case',
    site: 'Klarby Municipality',
    description: 'See how far your case has come, what happens now and who to contact.',
    lead: 'See how far your case has come, what happens now and who to contact.',
    'lead.live': 'The details update themselves when something new happens.',
    'lead.reload': 'Reload the page to see if anything new has happened.',
    'fallback.comment': 'Would you like to tell us more? (optional)',
    'list.heading': 'Your cases',
    'picker.label': 'Choose a case',
    'picker.show': 'Show the case',
    'promises.heading': 'Our promises to you',
    'promises.intro': 'Klarby Municipality follows the nine principles for good public service. This is how we do it in your case:',
    'promise.expectations': 'You can always see when something will happen in your case. If we are late, we tell you before the deadline has passed and give you a new date.',
    'promise.joined': 'If your case moves to another department, we tell you, and you learn who to contact now.',
    'promise.plain': 'We write briefly and in everyday words. If something is unclear, call us.',
    'promise.mistakes': 'If we make a mistake, we put it right and tell you what we do to avoid it next time.',
    'footer.demo': 'This is a demo of klar-elements. Klarby Municipality does not exist, and the cases are made up.',
    switchTo: 'Dansk',
    switchLang: 'da',
    notBuilt: 'The components have not been built yet. Run npm start (or npm run build) and reload the page.',
  },
};

/**
 * The page's <title> in a language.
 * @param {'da' | 'en'} lang
 */
export const pageTitle = (lang) => `${TEXTS[lang].title} – ${TEXTS[lang].site}`;
