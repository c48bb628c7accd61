import { expect } from '@open-wc/testing';

// The CDN file is built by `npm run build` (npm test builds before the browser tests).
describe('dist/cdn/klar-all.js (everything in one file)', () => {
  it('can be loaded twice on one page without an exception', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      // Two different URLs make the browser evaluate the file twice, like two copies
      // of the library on one CMS page.
      const url = '/dist/cdn/klar-all.js';
      const a = await import(/* @vite-ignore */ `${url}?copy=1`);
      const b = await import(/* @vite-ignore */ `${url}?copy=2`);
      expect(a).to.not.equal(b);
      expect(typeof a.VERSION).to.equal('string');
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    const tags = ['klar-case', 'klar-case-status', 'klar-expectation-timeline', 'klar-step', 'klar-principle-badge', 'klar-principles', 'klar-feedback-form'];
    for (const tag of tags) {
      expect(customElements.get(tag), `${tag} is registered by the all-in-one file`).to.exist;
      expect(warnings.filter((w) => w.includes(`<${tag}>`)), tag).to.have.length(1);
      expect(warnings.find((w) => w.includes(`<${tag}>`))).to.match(/already defined by klar-elements \d+\.\d+\.\d+.*this copy \(\d+\.\d+\.\d+\)/);
    }
  });
});
