import { expect } from '@open-wc/testing';
import { backoffDelay, fetchTextWithRetry, fetchWithRetry, fetchWithTimeout, HttpError, parseRetryAfter, RefusedResponse } from '../../src/core/http.js';

const uid = () => `http-${Math.random().toString(36).slice(2, 10)}`;

describe('core/http', () => {
  it('fetches from the real test server', async () => {
    const res = await fetchWithTimeout('/api/echo?x=1');
    expect(await res.json()).to.deep.equal({ method: 'GET', query: { x: '1' } });
  });

  it('caps and jitters the backoff', () => {
    expect(backoffDelay(0, 1000, 30000, () => 0)).to.equal(500);
    expect(backoffDelay(0, 1000, 30000, () => 1)).to.equal(1000);
    expect(backoffDelay(3, 1000, 30000, () => 1)).to.equal(8000);
    expect(backoffDelay(10, 1000, 30000, () => 1)).to.equal(30000);
    expect(backoffDelay(10, 1000, 30000, () => 0)).to.equal(15000);
  });

  it('reads Retry-After in seconds and as a date', () => {
    expect(parseRetryAfter('7')).to.equal(7000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).to.equal(10000);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    expect(parseRetryAfter(null)).to.equal(undefined);
  });

  it('does not retry a 404 and says it was an HTTP error', async () => {
    let retries = 0;
    const err = await fetchWithRetry('/api/does-not-exist', {}, { onRetry: () => retries++ }).catch((e) => e);
    expect(err).to.be.instanceOf(HttpError);
    expect(err.reason).to.equal('http');
    expect(err.status).to.equal(404);
    expect(retries).to.equal(0);
  });

  it('reports a network error for an unreachable host after its retries', async () => {
    const seen: number[] = [];
    const err = await fetchWithRetry('http://127.0.0.1:9/', {}, { retries: 2, baseDelayMs: 1, onRetry: (i) => seen.push(i.attempt) }).catch((e) => e);
    expect(err.reason).to.equal('network');
    expect(seen).to.deep.equal([1, 2]);
  });

  it('caps Retry-After at maxRetryAfterMs: 86400 s waits 5 minutes by default, or the cap given', async () => {
    for (const [opts, want] of [
      [{}, 5 * 60_000],
      [{ maxRetryAfterMs: 2000 }, 2000],
    ] as const) {
      const ctrl = new AbortController();
      const delays: number[] = [];
      const err = await fetchWithRetry(`/api/case/seq/${uid()}?codes=503,200&retryAfter=86400`, {}, {
        ...opts,
        signal: ctrl.signal,
        onRetry: (i) => {
          delays.push(i.delayMs);
          ctrl.abort();
        },
      }).catch((e) => e);
      expect(err.reason).to.equal('aborted');
      expect(delays).to.deep.equal([want]);
    }
  });

  it('fetchTextWithRetry: one deadline covers the body, so a trickling body times out', async () => {
    const started = performance.now();
    const err = await fetchTextWithRetry(`/api/case/trickle/${uid()}`, {}, { timeoutMs: 500, retries: 0 }).catch((e) => e);
    expect(err).to.be.instanceOf(HttpError);
    expect(err.reason).to.equal('timeout');
    expect(performance.now() - started).to.be.below(5000);
  });

  it('fetchTextWithRetry: a body over maxBytes is refused, not retried', async () => {
    let retries = 0;
    const err = await fetchTextWithRetry(`/api/case/big/${uid()}?mb=1`, {}, { maxBytes: 100_000, onRetry: () => retries++ }).catch((e) => e);
    expect(err).to.be.instanceOf(RefusedResponse);
    expect(err.reason).to.equal('too-large');
    expect(retries).to.equal(0);
    const ok = await fetchTextWithRetry(`/api/case/big/${uid()}?mb=0.5`, {}, { maxBytes: 1024 * 1024 });
    expect(new TextEncoder().encode(ok.text).length).to.equal(512 * 1024);
    expect(JSON.parse(ok.text).reference).to.equal('BYG-2026-0412');
  });

  it('fetchTextWithRetry: redirect manual meets a redirect and refuses it', async () => {
    const err = await fetchTextWithRetry(`/api/case/redirect/${uid()}?to=/api/echo`, { redirect: 'manual' }).catch((e) => e);
    expect(err).to.be.instanceOf(RefusedResponse);
    expect(err.reason).to.equal('redirect');
    const followed = await fetchTextWithRetry(`/api/case/redirect/${uid()}?to=/api/echo`);
    expect(JSON.parse(followed.text).method).to.equal('GET');
  });
});
