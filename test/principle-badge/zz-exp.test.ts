import { expect, fixture, html } from '@open-wc/testing';
import '../../src/klar-principle-badge.js';
describe('exp', () => {
  it('fails on shadow element vs null', async () => {
    const el = await fixture(html`<klar-principle-badge principle="klar-tale"></klar-principle-badge>`);
    const t = el.shadowRoot!.querySelector('button');
    expect(t).to.equal(null);
  });
});
