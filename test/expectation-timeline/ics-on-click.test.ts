// The .ics writer is imported on press (issue 15): its own file, so this module state starts
// fresh (no other test has reached for a calendar button in this page yet).
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { examples } from '../../stories/expectation-timeline.stories.js';
import { calendarDownload } from '../helpers/calendar-download.js';
import { ics as icsWriter } from '../../src/core/calendar.js';
import { $, mount } from './helpers.js';

/** Whether the page has fetched the .ics writer (ics.ts in the test server, a chunk in a build). */
const writerFetched = () => performance.getEntriesByType('resource').some((e) => /\/ics\.(ts|js)(\?|$)/.test(e.name));

afterEach(() => resetMouse());

describe('<klar-expectation-timeline> add to calendar, written on press', () => {
  it('is a button, not a link to this page; fetches no .ics writer to draw it; a press makes the file and the browser downloads it', async () => {
    const el = await mount(examples.decided, { now: '2026-12-16T10:00:00Z' });
    const b = $(el, '.klar-appeal .klar-calendar')!;
    // Announced as what it does ("Sæt klagefristen i din kalender, knap"), never a link to "#":
    // no "copy link" giving "#", no jump to the top.
    expect(b.localName).to.equal('button');
    expect(b.getAttribute('type')).to.equal('button');
    expect(b.hasAttribute('href')).to.equal(false);
    expect(writerFetched(), 'the writer is not fetched to draw the page').to.equal(false);

    let events = 0;
    el.addEventListener('klar-calendar-add', () => events++);
    const added = oneEvent(el, 'klar-calendar-add');
    // A press with nothing before it (no pointer over the button, no focus): the hardest case.
    const got = await calendarDownload(b);
    const ev = await added;
    expect(ev.detail).to.deep.equal({ kind: 'appeal', date: '2027-01-12', fileName: 'klagefrist-2027-01-12.ics' });
    expect(events).to.equal(1);
    expect(got.fileName).to.equal('klagefrist-2027-01-12.ics');
    expect(got.href.startsWith('data:text/calendar;charset=utf-8,'), 'never the page itself saved as .ics').to.equal(true);
    expect(got.removed, 'the link made for the download is gone after').to.equal(true);
    expect(writerFetched()).to.equal(true);
    expect(got.file).to.contain('BEGIN:VCALENDAR\r\n');
    expect(got.file).to.contain('DTSTART;VALUE=DATE:20270112\r\n');
    expect(got.file).to.contain('SUMMARY:Klagefrist: Byggetilladelse til carport\\, Vestergade 12\r\n');
    expect(got.file).to.contain('UID:BYG-2026-0417-appeal@klar-elements');
  });

  it('two buttons pressed before the writer came each download their own file once it came', async () => {
    icsWriter.setImport(); // forget the writer the first test fetched
    const first = await mount(examples.decided, { now: '2026-12-16T10:00:00Z' });
    const second = await mount({ ...examples.decided, id: 'other' }, { now: '2026-12-16T10:00:00Z' });
    const button = (el: typeof first) => $(el, '.klar-appeal .klar-calendar')!;
    const added = Promise.all([oneEvent(first, 'klar-calendar-add'), oneEvent(second, 'klar-calendar-add')]);
    const [a, b] = await Promise.all([calendarDownload(button(first)), calendarDownload(button(second), () => setTimeout(() => button(second).click()))]);
    await added;
    expect(a.file).to.contain('UID:BYG-2026-0417-appeal@klar-elements');
    expect(b.file).to.contain('UID:other-appeal@klar-elements');
  });

  it('downloads at once when the writer is here, from the mouse and from the keyboard', async () => {
    // The writer is loaded now (previous test).
    const el = await mount(examples.decided, { now: '2026-12-16T10:00:00Z' });
    const b = $(el, '.klar-appeal .klar-calendar')!;
    const seen: string[] = [];
    el.addEventListener('klar-calendar-add', () => seen.push('event'));
    const r = b.getBoundingClientRect();
    const byMouse = await calendarDownload(b, () => sendMouse({ type: 'click', position: [Math.round(r.x + 8), Math.round(r.y + r.height / 2)] }));
    expect(byMouse.fileName).to.equal('klagefrist-2027-01-12.ics');
    b.focus();
    const byKey = await calendarDownload(b, () => sendKeys({ press: 'Enter' }));
    expect(byKey.file).to.equal(byMouse.file);
    expect(seen).to.deep.equal(['event', 'event']);
  });
});
