import { expect } from '@open-wc/testing';
import { backoffDelay, fetchWithRetry, fetchWithTimeout, HttpError, parseRetryAfter } from '../../src/core/http.js';

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
});
