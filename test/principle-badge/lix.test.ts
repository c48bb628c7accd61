import { expect } from '@open-wc/testing';
import { lix } from '../helpers/lix.js';
import { BUILT_IN_SET, resolvePrinciple, principleSlugs, registerPrinciples } from '../../src/core/principles/index.js';
import { copenhagenTrustPrinciples, COPENHAGEN_TRUST_SET } from '../../src/core/principles/sets/copenhagen-trust.js';
import { WITH_EXPLANATIONS, languagePending } from '../../src/core/language-pack.js';

describe('lix()', () => {
  it('scores short sentences of short words low', () => {
    // 6 words, 2 sentences, no long words: 6/2 + 0 = 3
    expect(lix('Jeg er her. Du er der.')).to.equal(3);
  });

  it('counts words of more than six letters as long', () => {
    // "hurtigt" (7) and "ansøgning" (9) are long, "svarer" (6) is not: 6/1 + 2/6*100
    expect(lix('Vi svarer hurtigt på din ansøgning.')).to.be.closeTo(6 + 100 / 3, 1e-9);
    // 3 words, 1 sentence, all long: 3 + 100
    expect(lix('Kommunikationsmedarbejderen udarbejdede retningslinjerne.')).to.equal(103);
  });

  it('counts a text without a final full stop as a sentence, and colons as sentence ends', () => {
    expect(lix('Se her: det virker')).to.equal(2); // 4 words, 2 sentences
    expect(lix('Hej')).to.equal(1);
  });

  it('keeps numbers and hyphenated words whole and does not end a sentence inside a number', () => {
    // "10.5" is one word and no sentence end: 6 words, 1 sentence, no long words
    expect(lix('Det koster 10.5 kr i dag')).to.equal(6);
    // "e-mail" is one word of five letters
    expect(lix('Send en e-mail i dag')).to.equal(5);
    // "sagsbehandler-team" is one word with 17 letters: long
    expect(lix('Et sagsbehandler-team')).to.equal(2 + 50);
  });

  it('agrees with a hand count on a longer text', () => {
    const text =
      'Kommunen behandler din ansøgning inden for otte uger. Hvis vi mangler oplysninger, skriver vi til dig. Du kan altid ringe til os.';
    // 8 + 8 + 6 = 22 words in 3 sentences; long: Kommunen, behandler, ansøgning, mangler,
    // oplysninger, skriver (6); "inden" and "altid" have five letters.
    expect(lix(text)).to.be.closeTo(22 / 3 + (6 * 100) / 22, 1e-9); // ≈ 34.6
  });

  it('returns 0 for empty text', () => {
    expect(lix('')).to.equal(0);
    expect(lix(' … ')).to.equal(0);
  });
});

describe('principle explanations are easy to read (LIX ≤ 40)', () => {
  // The built-in explanations are a pack part of their own, which a page imports when a badge shows one.
  before(async () => {
    await languagePending('da', WITH_EXPLANATIONS);
  });
  for (const slug of principleSlugs(BUILT_IN_SET)) {
    it(`built-in set: ${slug}`, () => {
      const p = resolvePrinciple(BUILT_IN_SET, slug, 'da')!;
      expect(p.lang).to.equal('da');
      expect(p.explanation.length).to.be.greaterThan(80);
      const score = lix(p.explanation);
      expect(score, `LIX ${score.toFixed(1)}: ${p.explanation}`).to.be.at.most(40);
    });
  }

  registerPrinciples(COPENHAGEN_TRUST_SET, copenhagenTrustPrinciples);
  for (const slug of Object.keys(copenhagenTrustPrinciples)) {
    it(`Copenhagen trust set: ${slug}`, () => {
      const p = resolvePrinciple(COPENHAGEN_TRUST_SET, slug, 'da')!;
      expect(p.lang).to.equal('da');
      const score = lix(p.explanation);
      expect(score, `LIX ${score.toFixed(1)}: ${p.explanation}`).to.be.at.most(40);
    });
  }
});

/**
 * The taglines are the promise a citizen reads first (a tag with `show-tagline`, every card).
 * The official subtitles were written for staff ("Borgeren skal vide, hvad borgeren kan
 * forvente") and read as a rule about someone else; ours speak to the reader, and the
 * explanation under them adds to the promise instead of saying it again.
 */
describe('taglines are promises to the citizen', () => {
  const SECOND_PERSON: Record<'da' | 'en', RegExp> = { da: /\b(du|dig|din|dit|dine)\b/iu, en: /\b(you|your)\b/i };
  const STAFF_WORDS: Record<'da' | 'en', RegExp> = { da: /borger|offentlige|sektor|skal præge/iu, en: /citizen|public sector/i };
  // Words that carry content: longer than three letters, compared in lower case.
  const contentWords = (s: string) => new Set((s.toLocaleLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !['that', 'what', 'when', 'your', 'with', 'also', 'også', 'hvad'].includes(w)));
  const sentences = (s: string) => s.split(/(?<=[.!?])\s+/);

  const OFFICIAL_NAMES = ['Øjenhøjde', 'Klar tale', 'Tydelige forventninger', 'Ydmyghed', 'Hånd om fejl', 'Professionalisme', 'Sammenhæng', 'Udvikling', 'Ressourcer med omtanke'];
  it('keeps the nine official names, in their order', () => {
    expect(principleSlugs(BUILT_IN_SET).map((s) => resolvePrinciple(BUILT_IN_SET, s, 'da')!.name)).to.deep.equal(OFFICIAL_NAMES);
  });

  registerPrinciples(COPENHAGEN_TRUST_SET, copenhagenTrustPrinciples);
  // The built-in set's English texts are in the English pack, which a page imports when it reads English.
  before(async () => {
    await Promise.all([languagePending('en', WITH_EXPLANATIONS), languagePending('da', WITH_EXPLANATIONS)]);
  });
  const all = [
    ...principleSlugs(BUILT_IN_SET).map((slug) => [BUILT_IN_SET, slug] as const),
    ...Object.keys(copenhagenTrustPrinciples).map((slug) => [COPENHAGEN_TRUST_SET, slug] as const),
  ];
  for (const [set, slug] of all) {
    for (const lang of ['da', 'en'] as const) {
      it(`${set} ${slug} (${lang}): second person, plain, and not repeated by the explanation`, () => {
        const p = resolvePrinciple(set, slug, lang)!;
        expect(p.lang).to.equal(lang);
        expect(p.tagline, 'speaks to the reader').to.match(SECOND_PERSON[lang]);
        expect(p.tagline, 'no staff wording').not.to.match(STAFF_WORDS[lang]);
        expect(p.tagline.length, 'one short line').to.be.within(15, 65);
        if (lang === 'da') expect(lix(p.tagline), p.tagline).to.be.at.most(40);
        const promise = contentWords(p.tagline);
        for (const sentence of sentences(p.explanation)) {
          const words = contentWords(sentence);
          const shared = [...words].filter((w) => promise.has(w)).length;
          // Two or more of the tagline's content words, and half of them or more, in one
          // sentence is the promise said twice ("Vi møder dig, hvor du er." under the same tagline).
          const repeats = shared >= 2 && shared / promise.size >= 0.5;
          expect(repeats, `"${sentence}" repeats "${p.tagline}"`).to.equal(false);
        }
      });
    }
  }
});
