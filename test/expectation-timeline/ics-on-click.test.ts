// The .ics writer is imported on click (issue 15): its own file, so this module state starts
// fresh (no other test has reached for a calendar link in this page yet).
import { expect, oneEvent } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import { examples } from '../../stories/expectation-timeline.stories.js';
import { until } from '../helpers/until.js';
import { ics as icsWriter } from '../../src/core/calendar.js';
import { $, mount } from './helpers.js';

/** Whether the page has fetched the .ics writer (ics.ts in the test server, a chunk in a build). */
const writerFetched = () => performance.getEntriesByType('resource').some((e) => /\/ics\.(ts|js)(\?|$)/.test(e.name));

afterEach(() => resetMouse());

describe('<klar-expectation-timeline> add to calendar, written on click', () => {
  it('fetches no .ics writer to draw the links; a click makes the file and the browser downloads it', async () => {
    const el = await mount(examples.decided, { now: '2026-12-16T10:00:00Z' });
    const a = $(el, '.klar-appeal a.klar-calendar') as HTMLAnchorElement;
    expect(a.getAttribute('download')).to.equal('klagefrist-2027-01-12.ics');
    expect(a.getAttribute('href'), 'no file made before anyone asks').to.equal('#');
    expect(writerFetched(), 'the writer is not fetched to draw the page').to.equal(false);

    // Each click as the page sees it once the timeline has had its say; the test stops the real
    // download (the browser would save a file) after noting whether the timeline let it through.
    const clicks: { prevented: boolean; href: string }[] = [];
    el.addEventListener('click', (e) => {
      if (e.target !== a && !a.contains(e.target as Node)) return;
      clicks.push({ prevented: e.defaultPrevented, href: a.href });
      e.preventDefault();
    });
    let events = 0;
    el.addEventListener('klar-calendar-add', () => events++);
    const added = oneEvent(el, 'klar-calendar-add');
    // A click with nothing before it (no pointer over the link, no focus): the hardest case.
    a.click();
    const ev = await added;
    expect(ev.detail).to.deep.equal({ kind: 'appeal', date: '2027-01-12', fileName: 'klagefrist-2027-01-12.ics' });
    expect(clicks.length, 'the first click waited for the writer, the second downloads').to.equal(2);
    expect(clicks[0]).to.deep.equal({ prevented: true, href: new URL('#', location.href).href });
    const last = clicks[1];
    expect(last.prevented, 'the download goes ahead').to.equal(false);
    expect(events).to.equal(1);
    expect(last.href.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
    expect(writerFetched()).to.equal(true);
    const ics = await (await fetch(last.href)).text();
    expect(ics).to.contain('BEGIN:VCALENDAR\r\n');
    expect(ics).to.contain('DTSTART;VALUE=DATE:20270112\r\n');
    expect(ics).to.contain('SUMMARY:Klagefrist: Byggetilladelse til carport\\, Vestergade 12\r\n');
    expect(ics).to.contain('UID:BYG-2026-0417-appeal@klar-elements');
  });

  it('a link clicked before the writer came waits for its file; every other link on the page is drawn with its file once it came', async () => {
    icsWriter.setImport(); // forget the writer the first test fetched: the timelines draw "#"
    const first = await mount(examples.decided, { now: '2026-12-16T10:00:00Z' });
    const second = await mount(examples.decided, { now: '2026-12-16T10:00:00Z' });
    const untouched = await mount(examples.decided, { now: '2026-12-16T10:00:00Z' });
    const link = (el: typeof first) => $(el, '.klar-appeal a.klar-calendar') as HTMLAnchorElement;
    expect(link(second).getAttribute('href')).to.equal('#');
    const clicks = new Map<Element, { prevented: boolean; href: string }[]>();
    for (const el of [first, second]) {
      clicks.set(el, []);
      el.addEventListener('click', (e) => {
        clicks.get(el)!.push({ prevented: e.defaultPrevented, href: link(el).getAttribute('href')! });
        e.preventDefault();
      });
    }
    // Both clicked before the writer is here: each waits for its file, then downloads it.
    const added = Promise.all([oneEvent(first, 'klar-calendar-add'), oneEvent(second, 'klar-calendar-add')]);
    link(first).click();
    link(second).click();
    await added;
    for (const el of [first, second]) {
      const [waited, downloaded] = clicks.get(el)!;
      expect(waited).to.deep.equal({ prevented: true, href: '#' });
      expect(downloaded.prevented).to.equal(false);
      expect(downloaded.href.startsWith('data:text/calendar;charset=utf-8,'), 'never the page itself saved as .ics').to.equal(true);
    }
    // A link nobody touched is drawn again with its file: a links list, "copy link" and "open in a new tab" get the file, not "#".
    await until(() => link(untouched).getAttribute('href')!, { ok: (h) => h.startsWith('data:text/calendar'), message: 'the untouched link with its file' });
  });

  it('once the writer is here, every link carries its file and a citizen’s click downloads it at once', async () => {
    // The writer is loaded now (previous test); a new timeline draws the file in its first render.
    const el = await mount(examples.decided, { now: '2026-12-16T10:00:00Z' });
    const a = $(el, '.klar-appeal a.klar-calendar') as HTMLAnchorElement;
    expect(a.href.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
    const seen: boolean[] = [];
    el.addEventListener('klar-calendar-add', () => seen.push(true));
    el.addEventListener('click', (e) => {
      seen.push(e.defaultPrevented);
      e.preventDefault();
    });
    const r = a.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.x + 8), Math.round(r.y + r.height / 2)] });
    await until(() => seen.length, { ok: (n) => n >= 2, message: 'the click and its event' });
    // The event, then the click reaches the page not prevented: the browser downloads the file.
    expect(seen).to.deep.equal([true, false]);
  });
});
