// What an engine's accessibility tree says of an element (not the DOM it is computed from): the
// name a screen reader's link list, braille and voice control ("click byggesag@klarby.example")
// get, and the description read after a field's name. Server commands, so a test asks the engine:
//   'klar-ax-named' {selector, name}: whether the element is named exactly `name`. Chromium and
//   Firefox (puppeteer): is it found by the ARIA query [name="…"], which asks the engine's tree
//   (CDP Accessibility.queryAXTree; WebDriver BiDi locateNodes with an accessibility locator) and
//   matches the name whole. WebKit (WebDriver): its computed label (WebDriver "Get Computed Label").
//   'klar-ax-description' {selector}: {description}, its accessible description in Chromium (CDP);
//   null in the engines whose drivers do not tell it.
//   'klar-ax-expanded' {selector}: {expanded}, its expanded state in Chromium (CDP; false or true,
//   undefined for an element that has none); null in the engines whose drivers do not tell it.
// In the page: axNamed(selector, name) and axDescription(selector) from ./ax-name-page.ts.

export function axNamePlugin() {
  return {
    name: 'klar-ax-name',
    /** @param {{ command: string, payload: any, session: any }} args */
    async executeCommand({ command, payload, session }) {
      if (command !== 'klar-ax-named' && command !== 'klar-ax-description' && command !== 'klar-ax-expanded') return undefined;
      const { selector, name } = payload;
      const browser = session.browser;
      const page = browser.type === 'puppeteer' ? browser.getPage(session.id) : undefined;
      if (command !== 'klar-ax-named') {
        const key = command === 'klar-ax-description' ? 'description' : 'expanded';
        // In an object: a command that returns null or undefined counts as one no plugin knows.
        if (page?.browser().protocol !== 'cdp') return { [key]: null };
        const snap = await page.accessibility.snapshot({ root: await page.$(selector), interestingOnly: false });
        return key === 'description' ? { description: snap?.description ?? '' } : { expanded: snap?.expanded };
      }
      if (page) {
        const hits = await page.$$(`::-p-aria([name=${JSON.stringify(name)}])`);
        for (const hit of hits) if (await hit.evaluate((/** @type {Element} */ e, /** @type {string} */ s) => e === document.querySelector(s), selector)) return true;
        return false;
      }
      if (browser.type === 'webdriver') return (await browser.driver.$(selector).getComputedLabel()) === name;
      throw new Error(`${command}: no way to read the accessibility tree in ${browser.type}`);
    },
  };
}
