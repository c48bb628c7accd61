import { expect } from '@open-wc/testing';
import {
  containsContactDetails,
  containsCpr,
  cprCentury,
  findEmails,
  findPhones,
  isCprDigits,
  maskCpr,
  redactCpr,
  redactCprDeep,
  removeCpr,
} from '../../src/core/pii.js';
import { sanitizePageUrl } from '../../src/feedback-form/feedback-payload.js';

describe('core/pii: CPR detection', () => {
  const flagged = [
    '010203-1234',
    '0102031234',
    '01 02 03 1234',
    '01.02.03-1234',
    '01/02/03-1234',
    '010203\u20101234', // U+2010 hyphen
    '010203\u20131234', // en dash
    '010203\u22121234', // minus sign
    '\uFF10\uFF11\uFF10\uFF12\uFF10\uFF13\uFF0D\uFF11\uFF12\uFF13\uFF14', // full-width ０１０２０３－１２３４
    '010203 1234',
    '010203 - 1234',
  ];
  for (const s of flagged) {
    it(`flags ${JSON.stringify(s)}`, () => {
      expect(containsCpr(s)).to.equal(true);
      expect(containsCpr(`Mit CPR er ${s}, tak.`)).to.equal(true);
    });
  }

  const notFlagged = [
    '320299-1234', // day 32
    '311399-1234', // month 13
    '000199-1234', // day 0
    '310499-1234', // 31 April
    '290201-1234', // 29 February 1901: no leap year
    '290200-0123', // 29 February 1900 (7th digit 0 → 1900s): no leap day
    '01020312345', // 11 digits
    '123',
    'Ring på 12 34 56 78',
    'Sag 2026-000123',
  ];
  for (const s of notFlagged) {
    it(`does not flag ${JSON.stringify(s)}`, () => {
      expect(containsCpr(s)).to.equal(false);
    });
  }

  it('does not use modulus 11: a post-2007 number that fails it is still flagged', () => {
    // 010203-1234 fails modulus 11 (weights 4,3,2,7,6,5,4,3,2,1 → sum 98), and is a real date.
    const w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
    const sum = '0102031234'.split('').reduce((a, d, i) => a + Number(d) * w[i], 0);
    expect(sum % 11).to.not.equal(0);
    expect(isCprDigits('0102031234')).to.equal(true);
  });

  it('takes the century from the 7th digit, as the CPR rules say', () => {
    expect(cprCentury(3, 1)).to.equal(1903);
    expect(cprCentury(3, 4)).to.equal(2003);
    expect(cprCentury(40, 4)).to.equal(1940);
    expect(cprCentury(10, 5)).to.equal(2010);
    expect(cprCentury(60, 5)).to.equal(1860);
    expect(cprCentury(99, 9)).to.equal(1999);
    // 29 February 2000 is a real date: with 7th digit 4 it is 2000, with 0 it is 1900.
    expect(isCprDigits('2902004123')).to.equal(true);
    expect(isCprDigits('2902000123')).to.equal(false);
  });

  it('redacts, removes and masks without repeating the number', () => {
    expect(redactCpr('Mit nr 010203-1234 tak', '[X]')).to.equal('Mit nr [X] tak');
    expect(removeCpr('Mit nr 010203-1234 tak')).to.equal('Mit nr tak');
    expect(removeCpr('010203-1234')).to.equal('');
    expect(maskCpr('a 010203-1234')).to.equal('••••••-••••');
    expect(redactCprDeep({ a: ['x 0102031234'], b: 3 }, '')).to.deep.equal({ a: ['x '], b: 3 });
  });

  it('finds e-mail addresses and Danish phone numbers, not CPR numbers as phones', () => {
    expect(findEmails('skriv til anna.hansen@kommune.dk tak')).to.have.length(1);
    expect(findPhones('ring 12 34 56 78')).to.have.length(1);
    expect(findPhones('ring +45 12345678')).to.have.length(1);
    expect(findPhones('0102031234')).to.have.length(0);
    expect(containsContactDetails('Hej, jeg hedder Anna')).to.equal(false);
  });

  it('cleans the page URL: no query or fragment unless kept, and never e-mails or CPR numbers', () => {
    expect(sanitizePageUrl('https://x.dk/borger/sag?id=5#top')).to.equal('https://x.dk/borger/sag');
    expect(sanitizePageUrl('https://x.dk/borger/sag?id=5#top', true)).to.equal('https://x.dk/borger/sag?id=5#top');
    const cleaned = sanitizePageUrl('https://user:pw@x.dk/borger/010203-1234/anna@x.dk?cpr=0102031234&mail=anna%40x.dk', true);
    expect(cleaned).to.not.contain('1234');
    expect(cleaned).to.not.contain('anna');
    expect(cleaned).to.not.contain('pw');
    expect(cleaned).to.contain('https://x.dk/borger/');
  });
});
