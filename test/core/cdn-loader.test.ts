import { expect } from '@open-wc/testing';
import { until } from '../helpers/until.js';

// The CDN loader (dist/cdn/klar.js, built by `npm run build`): a tag is registered when it
// appears, in the document or in a shadow root the page hands to observe(), and not before.
// Which files each page fetches is counted in test/e2e/cdn-requests.e2e.js.
type Loader = { observe(root: ParentNode): Promise<void>; discover(root: ParentNode): Promise<void>; load(tag: string): Promise<void> };

describe('dist/cdn/klar.js (the loader)', () => {
  let loader: Loader;
  before(async () => {
    const url = '/dist/cdn/klar.js';
    loader = (await import(/* @vite-ignore */ url)) as Loader;
  });

  it('registers nothing for a page without klar elements', () => {
    for (const tag of ['klar-case', 'klar-case-status', 'klar-expectation-timeline', 'klar-principle-badge', 'klar-principles', 'klar-feedback-form']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });

  it('registers a tag added to the document later, and only that one', async () => {
    const el = document.createElement('klar-principle-badge');
    el.setAttribute('principle', 'tydelige-forventninger');
    document.body.append(el);
    try {
      await until(() => customElements.get('klar-principle-badge'), { message: 'the badge chunk registered <klar-principle-badge>' });
      await until(() => (el.shadowRoot ?? el).textContent?.trim(), { message: 'the badge rendered' });
      expect(customElements.get('klar-feedback-form')).to.equal(undefined);
      expect(customElements.get('klar-case')).to.equal(undefined);
    } finally {
      el.remove();
    }
  });

  it('registers a tag inside a shadow root it is told about', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    await loader.observe(root);
    try {
      root.append(document.createElement('klar-case-status'));
      await until(() => customElements.get('klar-case-status'), { message: 'the status chunk registered <klar-case-status> from a shadow root' });
      expect(customElements.get('klar-feedback-form')).to.equal(undefined);
    } finally {
      host.remove();
    }
  });

  it('ignores tags it has no chunk for, without an error', async () => {
    const el = document.createElement('klar-no-such-thing');
    document.body.append(el);
    await loader.discover(document.body);
    expect(customElements.get('klar-no-such-thing')).to.equal(undefined);
    el.remove();
  });
});
