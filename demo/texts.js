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
    'promise.expectations': 'Du ser datoen for hvert trin her. Rykker en dato, får du besked her og i Digital Post, før datoen er gået.',
    'promise.joined': 'Flytter din sag til en anden afdeling, ser du den nye kontakt her samme dag.',
    'promise.plain': 'Alle breve i din sag er læst af en kollega, før vi sender dem. Forstår du ikke noget, så ring til din kontakt ovenfor.',
    'promise.mistakes': 'Ser du en fejl i din sag, så ring eller skriv til kontakten ovenfor. Vi retter den inden for 5 arbejdsdage.',
    'footer.demo': 'Dette er en demo af klar-elements. Klarby Kommune findes ikke, og sagerne er opdigtede.',
    switchTo: 'English',
    switchLang: 'en',
    notLoaded: 'Vi kan ikke vise alt på siden lige nu. Prøv at genindlæse siden. Du kan også ringe til os på 99 10 20 00.',
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
    'promise.expectations': 'You see the date of each step here. If a date moves, you are told here and in Digital Post before the date has passed.',
    'promise.joined': 'If your case moves to another department, you see the new contact here the same day.',
    'promise.plain': 'A colleague reads every letter in your case before we send it. If you do not understand something, call your contact above.',
    'promise.mistakes': 'If you see a mistake in your case, call or write to the contact above. We correct it within 5 working days.',
    'footer.demo': 'This is a demo of klar-elements. Klarby Municipality does not exist, and the cases are made up.',
    switchTo: 'Dansk',
    switchLang: 'da',
    notLoaded: 'We cannot show everything on this page right now. Try reloading the page. You can also call us on 99 10 20 00.',
  },
};

/**
 * The page's <title> in a language.
 * @param {'da' | 'en'} lang
 */
export const pageTitle = (lang) => `${TEXTS[lang].title} – ${TEXTS[lang].site}`;
