// The one link check and the e-mail and phone patterns (src/core/safe-url.ts). safeUrl's
// schemes are also tested through parseCase in parse-case.test.ts. Runs in the browser and,
// for mutation testing, in Node (.mocharc.json).
import { expect } from '@open-wc/testing';
import { isEmail, isPhone, mailtoHref, phoneParts, safeHttpUrl, safeUrl, telHref } from '../../src/core/safe-url.js';

describe('core/safe-url', () => {
  it('takes an e-mail address and nothing else', () => {
    for (const ok of ['byg@kommune.dk', ' byg@kommune.dk ', 'a.b-c@sub.kommune.dk']) expect(isEmail(ok), ok).to.equal(true);
    for (const bad of ['byg@kommune', 'byg@@kommune.dk', 'byg kommune@kommune.dk', 'byg@kommune.dk?cc=x@y.dk', 'a@b.c', '', 42, null, undefined])
      expect(isEmail(bad), String(bad)).to.equal(false);
    // 254 characters is the longest address there is (RFC 5321); one more is refused.
    const at254 = `${'a'.repeat(64)}@${'b'.repeat(186)}.dk`;
    expect(at254.length).to.equal(254);
    expect(isEmail(at254)).to.equal(true);
    expect(isEmail(`a${at254}`)).to.equal(false);
  });

  it('takes a phone number as people write it, with at least three digits', () => {
    for (const ok of ['+45 33 66 33 66', '(45) 70.10-20.30', ' 112 ', '1-1-2']) expect(isPhone(ok), ok).to.equal(true);
    for (const bad of ['12', '1 2', '+45 33 66 33 66 ring', 'tlf: 70102030', '', 70102030, null]) expect(isPhone(bad), String(bad)).to.equal(false);
  });

  it('finds the one phone number in a line of text, shows a Danish one in pairs and links it exactly', () => {
    // [before, the number as shown, after, its tel: link]
    expect(phoneParts('+4533663366')).to.deep.equal(['', '+45 33 66 33 66', '', 'tel:+4533663366']);
    expect(phoneParts(' 33663366 ')).to.deep.equal(['', '33 66 33 66', '', 'tel:33663366']);
    expect(phoneParts('+45 3366 3366')).to.deep.equal(['', '+45 33 66 33 66', '', 'tel:+4533663366']);
    expect(phoneParts('+45 (33) 66-33.66')).to.deep.equal(['', '+45 (33) 66-33.66', '', 'tel:+4533663366']);
    expect(phoneParts('112')).to.deep.equal(['', '112', '', 'tel:112']);
    expect(phoneParts('+46 8 123 456 78')).to.deep.equal(['', '+46 8 123 456 78', '', 'tel:+46812345678']);
    expect(phoneParts('0045 33 66 33 66 (tast 2)')).to.deep.equal(['', '0045 33 66 33 66', ' (tast 2)', 'tel:004533663366']);
    expect(phoneParts('Tlf. 33 66 33 66')).to.deep.equal(['Tlf. ', '33 66 33 66', '', 'tel:33663366']);
    expect(phoneParts('33 66 33 66 – hverdage 9-15')).to.deep.equal(['', '33 66 33 66', ' – hverdage 9-15', 'tel:33663366']);
    // Hours in brackets are not part of the number (it was linked tel:33663366915).
    expect(phoneParts('33 66 33 66 (9-15)')).to.deep.equal(['', '33 66 33 66', ' (9-15)', 'tel:33663366']);
    expect(phoneParts('+45 33 66 33 66 (9-15)')).to.deep.equal(['', '+45 33 66 33 66', ' (9-15)', 'tel:+4533663366']);
    expect(phoneParts('+1 (555) 123-4567')).to.deep.equal(['', '+1 (555) 123-4567', '', 'tel:+15551234567']);
    expect(phoneParts('Ring 33663366 - kl. 8.00-15.00')).to.deep.equal(['Ring ', '33 66 33 66', ' - kl. 8.00-15.00', 'tel:33663366']);
    // No number, or more than one: no link (the text is shown as written).
    for (const none of ['Ring til Borgerservice', 'tast 2', '33 66 33 66 eller 70 10 20 30', '33 66 33 66/33 66 40 00', 'Tlf. 3366', '', undefined, 33663366])
      expect(phoneParts(none), String(none)).to.equal(undefined);
  });

  it('keeps a mailto: link with one address and no headers, and a tel: link with one number', () => {
    expect(safeUrl('mailto:byg@kommune.dk')).to.equal('mailto:byg@kommune.dk');
    expect(safeUrl('mailto:byg%40kommune.dk')).to.equal('mailto:byg%40kommune.dk');
    expect(safeUrl('mailto:byg@kommune.dk?cc=chef@kommune.dk')).to.equal(undefined);
    expect(safeUrl('mailto:byg@kommune.dk#x')).to.equal(undefined);
    expect(safeUrl('mailto:not-an-address')).to.equal(undefined);
    expect(safeUrl('mailto:%E0%A4%A')).to.equal(undefined);
    expect(safeUrl('tel:+4533663366')).to.equal('tel:+4533663366');
    expect(safeUrl('tel:+4533663366?x=1')).to.equal(undefined);
    expect(safeUrl('tel:+4533663366#x')).to.equal(undefined);
    expect(safeUrl('tel:12')).to.equal(undefined);
  });

  it('keeps a link of exactly 2048 characters and refuses a longer one', () => {
    const base = 'https://kommune.dk/';
    const at2048 = base + 'a'.repeat(2048 - base.length);
    expect(safeUrl(at2048)).to.equal(at2048);
    expect(safeUrl(`${at2048}a`)).to.equal(undefined);
  });

  it('keeps relative links as written and refuses what does not resolve as https', () => {
    expect(safeUrl('sag?id=1')).to.equal('sag?id=1');
    expect(safeUrl('//kommune.dk/sag')).to.equal('//kommune.dk/sag');
    expect(safeUrl('http://[::1')).to.equal(undefined);
    expect(safeUrl('//[::1')).to.equal(undefined);
  });

  it('refuses a link that names one place and goes to another (privacy review, stop 58)', () => {
    // The status bar shows "https://kommune.dk@…", the host is evil.example.
    for (const link of ['https://kommune.dk@evil.example/kontakt', 'https://kommune.dk%2F@evil.example/', 'http://sag:x@kommune.dk:8080/', '//kommune.dk@evil.example/', 'https://@kommune.dk/', '//@kommune.dk/', 'https:kommune.dk@evil.example']) {
      expect(safeUrl(link), link).to.equal(undefined);
    }
    // Read as this site's own links, they go to another.
    for (const link of ['\\\\evil.example\\kontakt', '/\\evil.example', '\\/evil.example', '///evil.example', '/\t/evil.example', '/\n\\evil.example', '/\r/evil.example']) expect(safeUrl(link), JSON.stringify(link)).to.equal(undefined);
    // This site's links, and another site's written as one.
    for (const link of ['/kontakt', 'kontakt?x=1', '../sag', '//kommune.dk/sag', 'https://kommune.dk/kontakt']) expect(safeUrl(link), link).to.equal(link);
  });

  it('keeps only http(s) links for what the library fetches or posts to', () => {
    expect(safeHttpUrl('https://kommune.dk/api/sag')).to.equal('https://kommune.dk/api/sag');
    expect(safeHttpUrl('/api/sag')).to.equal('/api/sag');
    expect(safeHttpUrl('mailto:byg@kommune.dk')).to.equal(undefined);
    expect(safeHttpUrl('TEL:+4533663366')).to.equal(undefined);
    expect(safeHttpUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeHttpUrl('')).to.equal(undefined);
  });

  it('makes mailto: and tel: links from an address and a number', () => {
    expect(mailtoHref(' byg@kommune.dk ')).to.equal('mailto:byg@kommune.dk');
    expect(mailtoHref('byg@kommune.dk?bcc=x@y.dk')).to.equal(undefined);
    expect(telHref('+45 (33) 66-33.66')).to.equal('tel:+4533663366');
    expect(telHref('12')).to.equal(undefined);
    expect(telHref(undefined)).to.equal(undefined);
  });
});
