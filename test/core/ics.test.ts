import { expect } from '@open-wc/testing';
import { buildIcs, icsEscape, icsFileName, icsFold, icsHref } from '../../src/core/ics.js';

describe('core/ics', () => {
  const stamp = new Date('2026-11-24T10:00:00Z');

  it('builds a whole-day event in Copenhagen with CRLF lines, a stamp, a uid and a reminder', () => {
    const ics = buildIcs({
      uid: 'BYG-1-appeal@klar-elements',
      title: 'Klagefrist: Carport, Vestergade 12',
      description: 'Byggesag; BYG-1\nSe afgørelsen',
      start: new Date('2027-01-11T23:00:00Z'), // midnight 12 January in Copenhagen
      allDay: true,
      stamp,
      alarm: 'P2D',
    });
    expect(ics.split('\r\n')).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//klar-elements//expectation-timeline//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:BYG-1-appeal@klar-elements',
      'DTSTAMP:20261124T100000Z',
      'DTSTART;VALUE=DATE:20270112',
      'DTEND;VALUE=DATE:20270113',
      'TRANSP:TRANSPARENT',
      'SUMMARY:Klagefrist: Carport\\, Vestergade 12',
      'DESCRIPTION:Byggesag\\; BYG-1\\nSe afgørelsen',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P2D',
      'DESCRIPTION:Klagefrist: Carport\\, Vestergade 12',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('writes an instant in UTC as the half hour that ends at it: a deadline "kl. 10:00" is in the calendar before it is too late', () => {
    // The event began at the deadline (09:30-10:00 for "senest kl. 9:30"): the only block in the calendar came after it.
    const ics = buildIcs({ uid: 'u', title: 'Frist', start: new Date('2026-12-03T09:30:00Z'), allDay: false, stamp });
    expect(ics).to.contain('\r\nDTSTART:20261203T090000Z\r\nDTEND:20261203T093000Z\r\n');
    expect(ics).not.to.contain('VALARM');
  });

  it('sets the reminder no earlier than the file is made: a shorter one, or none, when the date is that close', () => {
    // TRIGGER:-P2D for a deadline the next day was a reminder already past: never shown, or shown at once as overdue.
    const day = (d: string, alarm = 'P2D') => buildIcs({ uid: 'u', title: 'x', start: new Date(d), allDay: true, stamp, alarm });
    expect(day('2026-11-27T23:00:00Z')).to.contain('TRIGGER:-P2D'); // 28 November: 26 November is ahead
    expect(day('2026-11-25T23:00:00Z')).to.contain('TRIGGER:-P1D'); // 26 November: 24 November 00:00 is past, 25 November ahead
    expect(day('2026-11-24T23:00:00Z')).not.to.contain('VALARM'); // tomorrow: both past
    expect(day('2026-11-23T23:00:00Z')).not.to.contain('VALARM'); // today
    expect(buildIcs({ uid: 'u', title: 'x', start: new Date('2026-11-26T09:00:00Z'), allDay: false, stamp, alarm: 'P2D' })).to.contain('TRIGGER:-P1D');
  });

  it('puts a whole day on the right date across the DST change', () => {
    const ics = buildIcs({ uid: 'u', title: 'x', start: new Date('2026-10-24T22:00:00Z'), allDay: true, stamp });
    expect(ics).to.contain('DTSTART;VALUE=DATE:20261025\r\nDTEND;VALUE=DATE:20261026');
  });

  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(icsEscape('a\\b;c,d\r\ne')).to.equal('a\\\\b\\;c\\,d\\ne');
    const long = `SUMMARY:${'æ'.repeat(80)}`;
    const folded = icsFold(long);
    const lines = folded.split('\r\n');
    expect(lines.length).to.be.greaterThan(1);
    for (const l of lines) expect(new TextEncoder().encode(l).length).to.be.at.most(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).to.be.true;
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).to.equal(long);
  });

  it('keeps hostile text as text and strips line breaks from a URL', () => {
    const ics = buildIcs({ uid: 'u', title: 'x\r\nBEGIN:VEVENT', url: 'https://a.example/\r\nX:1', start: stamp, allDay: true, stamp });
    expect(ics.match(/^BEGIN:VEVENT/gm)).to.have.length(1);
    expect(ics).to.contain('URL:https://a.example/X:1');
  });

  it('makes a data: href and a safe file name', async () => {
    const href = icsHref('BEGIN:VCALENDAR\r\n');
    expect(href.startsWith('data:text/calendar;charset=utf-8,')).to.be.true;
    expect(await (await fetch(href)).text()).to.equal('BEGIN:VCALENDAR\r\n');
    expect(icsFileName('Klagefrist', new Date('2027-01-11T23:00:00Z'))).to.equal('klagefrist-2027-01-12.ics');
    expect(icsFileName('../../etc/passwd', new Date('2027-01-11T23:00:00Z'))).to.equal('etc-passwd-2027-01-12.ics');
    expect(icsFileName('', new Date('2027-01-11T23:00:00Z'))).to.equal('event-2027-01-12.ics');
  });
});
