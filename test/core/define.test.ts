import { expect } from '@open-wc/testing';
import { define } from '../../src/core/define.js';
import { KlarElement } from '../../src/core/klar-element.js';
import { VERSION } from '../../src/core/version.js';

/** Runs `fn` and returns what it passed to console.warn. */
function captureWarnings(fn: () => void): string[] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('core/define', () => {
  it('registers a tag once', () => {
    class A extends HTMLElement {}
    const warnings = captureWarnings(() => define('core-define-once', A));
    expect(customElements.get('core-define-once')).to.equal(A);
    expect(warnings).to.deep.equal([]);
    expect(document.createElement('core-define-once')).to.be.instanceOf(A);
  });

  it('does nothing when the same class is registered again', () => {
    class A extends HTMLElement {}
    define('core-define-same', A);
    const warnings = captureWarnings(() => define('core-define-same', A));
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('core-define-same')).to.equal(A);
  });

  it('warns once, naming both versions, when another copy takes the tag', () => {
    class Theirs extends HTMLElement {
      static version = '0.0.9';
    }
    class Ours extends HTMLElement {
      static version = '0.2.0';
    }
    define('core-define-twice', Theirs);
    let warnings: string[] = [];
    expect(() => {
      warnings = captureWarnings(() => define('core-define-twice', Ours));
    }).to.not.throw();
    expect(customElements.get('core-define-twice')).to.equal(Theirs);
    expect(warnings).to.deep.equal([
      'klar-elements: <core-define-twice> is already defined by klar-elements 0.0.9; this copy (0.2.0) was not registered. Load klar-elements once per page.',
    ]);
  });

  it("names this copy's version for a klar element", () => {
    class Theirs extends KlarElement {}
    (Theirs as unknown as { version: string }).version = '0.0.1';
    class Ours extends KlarElement {}
    define('core-define-klar', Theirs);
    const warnings = captureWarnings(() => define('core-define-klar', Ours));
    expect(warnings).to.deep.equal([
      `klar-elements: <core-define-klar> is already defined by klar-elements 0.0.1; this copy (${VERSION}) was not registered. Load klar-elements once per page.`,
    ]);
  });

  it('says when the version of the other copy is unknown', () => {
    class Theirs extends HTMLElement {}
    class Ours extends HTMLElement {}
    customElements.define('core-define-unknown', Theirs);
    const warnings = captureWarnings(() => define('core-define-unknown', Ours));
    expect(warnings).to.deep.equal([
      `klar-elements: <core-define-unknown> is already defined by klar-elements an unknown version; this copy (${VERSION}) was not registered. Load klar-elements once per page.`,
    ]);
  });

  it('warns instead of throwing when the class is already registered under another tag', () => {
    class A extends HTMLElement {}
    define('core-define-first-name', A);
    let warnings: string[] = [];
    expect(() => {
      warnings = captureWarnings(() => define('core-define-second-name', A));
    }).to.not.throw();
    expect(customElements.get('core-define-second-name')).to.equal(undefined);
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.match(/^klar-elements: <core-define-second-name> could not be registered: /);
  });
});

describe('core/version', () => {
  it("equals package.json's version", async () => {
    const res = await fetch('/package.json');
    expect(res.ok).to.equal(true);
    const pkg = (await res.json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
    expect(VERSION).to.match(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
  });

  it('is the version klar elements report', () => {
    expect(KlarElement.version).to.equal(VERSION);
  });
});
