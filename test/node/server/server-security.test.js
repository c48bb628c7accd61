// Findings of the security review, against a real server over HTTP: the ZGW BFF fetches only
// from its configured API and follows no URL elsewhere (F2); wrong Bearer keys are rate limited
// like log-ins and a short staff token is refused in production (F5); a broken %-escape is a
// 400 and a 500 logs no query (F6); a CSRF token of another byte length is a 403 (F8); the
// demo's pages cannot be read raw through an encoded name (F10).
import assert from 'node:assert/strict';
import http from 'node:http';
import { optionsFromEnv } from '../../../server/index.js';
import { freePort, spawnServer, startTestServer, tempDataDir } from '../../helpers/reference-server.js';
import { after, before, describe, test } from '../../helpers/node-test.js';
import { rmSync } from 'node:fs';

const TOKEN = 'staff-secret-token-for-security-tests-0123456789';

/**
 * A small HTTP server standing in for another host; it records every request it gets.
 * @param {(req: http.IncomingMessage, res: http.ServerResponse, url: string) => void} answer `url` is the server's own origin
 */
async function otherHost(answer) {
  /** @type {{ url: string, auth: string }[]} */
  const seen = [];
  const server = http.createServer((req, res) => {
    seen.push({ url: String(req.url), auth: String(req.headers.authorization ?? '') });
    answer(req, res, origin);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
  const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  return {
    seen,
    origin,
    host: origin.slice('http://'.length),
    close: () => new Promise((r) => server.close(() => r(undefined))),
  };
}

/** @param {http.ServerResponse} res @param {unknown} body */
const json = (res, body) => {
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(body));
};

/**
 * GET with a Host header of the caller's choosing (fetch does not send one); resolves with the
 * status and the body.
 * @param {string} base
 * @param {string} path
 * @param {Record<string, string>} [headers]
 * @returns {Promise<{ status: number, body: string }>}
 */
const get = (base, path, headers = {}) =>
  new Promise((resolve, reject) => {
    const u = new URL(base);
    http
      .get({ host: u.hostname, port: u.port, path, headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });

describe('security: the ZGW BFF (F2)', () => {
  /** @type {Awaited<ReturnType<typeof otherHost>>} */
  let internal;
  before(async () => {
    // Stands in for a service only the server can reach (cloud metadata, an admin API).
    internal = await otherHost((_req, res) => json(res, { secret: 'INTERNAL-ONLY-DATA', AccessKeyId: 'AKIA-EXAMPLE' }));
  });
  after(async () => {
    await internal.close();
  });

  test('the BFF fetches from the address the server listens on, never from the Host header', async () => {
    const attacker = await otherHost((req, res, self) =>
      json(res, String(req.url).startsWith('/api/zgw/zaken/') ? { url: `${self}/api/zgw/zaken/x`, zaaktype: `${internal.origin}/latest/meta-data/iam` } : { results: [] }),
    );
    const srv = await startTestServer();
    try {
      const res = await get(srv.url, '/api/zgw-bff/zaken/byg-2417', { Host: attacker.host });
      assert.deepEqual(attacker.seen, [], 'the host named in the Host header got no request');
      assert.deepEqual(internal.seen, [], 'nor did the internal service');
      assert.doesNotMatch(res.body, /INTERNAL-ONLY-DATA/);
      assert.equal(res.status, 200, res.body);
      const bundle = JSON.parse(res.body);
      assert.ok(bundle.zaak.url.startsWith(`${srv.url}/api/zgw/zaken/`), bundle.zaak.url);
      assert.equal(bundle.statustypen.length > 0, true, 'the real bundle, from the server itself');
    } finally {
      await srv.stop();
      await attacker.close();
    }
  });

  test('the BFF refuses a zaak, zaaktype, next or redirect URL on another origin, and sends its JWT only to the configured API', async () => {
    /** @type {'zaaktype' | 'zaak-url' | 'next' | 'redirect'} */
    let mode = 'zaaktype';
    // The configured ZGW API (KLAR_PUBLIC_URL), answering URLs that lead elsewhere.
    const upstream = await otherHost((req, res, self) => {
      const p = String(req.url);
      const zaaktype = `${self}/api/zgw/catalogi/zaaktypen/t1`;
      if (mode === 'redirect') {
        res.writeHead(302, { Location: `${internal.origin}/latest/meta-data/iam` });
        res.end();
      } else if (p.startsWith('/api/zgw/zaken/')) {
        json(res, {
          url: mode === 'zaak-url' ? `${internal.origin}/api/zgw/zaken/x` : `${self}/api/zgw/zaken/byg-2417`,
          zaaktype: mode === 'zaaktype' ? `${internal.origin}/latest/meta-data/iam` : zaaktype,
        });
      } else if (p.startsWith('/api/zgw/statussen')) {
        json(res, { results: [], next: mode === 'next' ? `${internal.origin}/latest/meta-data/iam` : null });
      } else if (p.startsWith('/api/zgw/catalogi/zaaktypen/')) {
        json(res, { url: zaaktype });
      } else {
        json(res, { results: [] });
      }
    });
    const srv = await startTestServer({ publicUrl: upstream.origin });
    try {
      for (const m of /** @type {const} */ (['zaaktype', 'zaak-url', 'next', 'redirect'])) {
        mode = m;
        // The Host header names the same API, so the server without the fix also asks it.
        const res = await get(srv.url, '/api/zgw-bff/zaken/byg-2417', { Host: upstream.host });
        assert.deepEqual(internal.seen, [], `${m}: the other origin got no request`);
        assert.doesNotMatch(res.body, /INTERNAL-ONLY-DATA/, m);
        assert.equal(res.status, 502, `${m}: ${res.body}`);
        assert.equal(JSON.parse(res.body).error.code, 'zgw-upstream', m);
      }
      assert.ok(upstream.seen.length > 0 && upstream.seen.every((r) => /^Bearer ey/.test(r.auth)), 'the configured API got the JWT');
      assert.deepEqual(srv.log.lines.error, [], 'a refusal is an answer, not a server error');
    } finally {
      await srv.stop();
      await upstream.close();
    }
  });

  test('with KLAR_PUBLIC_URL the ZGW JSON writes its URLs with that origin, not the Host header', async () => {
    const srv = await startTestServer({ publicUrl: 'https://sag.kommune.example/' });
    try {
      for (const p of ['/api/zgw/zaken/byg-2417', '/api/cases/byg-2417?format=zgw']) {
        const res = await get(srv.url, p, { Host: 'evil.example' });
        assert.equal(res.status, 200, res.body);
        assert.doesNotMatch(res.body, /evil\.example/, p);
        assert.ok(JSON.parse(res.body).url.startsWith('https://sag.kommune.example/api/zgw/zaken/'), p);
      }
      const types = await get(srv.url, `/api/zgw/catalogi/statustypen?zaaktype=${encodeURIComponent(JSON.parse((await get(srv.url, '/api/zgw/zaken/byg-2417')).body).zaaktype)}`, { Host: 'evil.example' });
      assert.ok(JSON.parse(types.body).results.length > 0, 'the resources find each other by the configured URLs');
      assert.equal(optionsFromEnv({ KLAR_PUBLIC_URL: 'https://sag.kommune.example' }).publicUrl, 'https://sag.kommune.example', 'read from the environment');
    } finally {
      await srv.stop();
    }
  });
});

describe('security: the staff key (F5)', () => {
  test('wrong Bearer keys take from the log-in limit, per client; while it is spent the right key waits too', async () => {
    // Client addresses from X-Forwarded-For, so one test plays two clients.
    const srv = await startTestServer({ staffToken: TOKEN, trustProxy: true });
    try {
      const as = (/** @type {string} */ ip, /** @type {Record<string, string>} */ h = {}) => ({ headers: { 'X-Forwarded-For': ip, ...h } });
      /** @type {number[]} */
      const statuses = [];
      for (let i = 0; i < 12; i++) statuses.push((await fetch(`${srv.url}/insights/staff/export.csv`, as('203.0.113.7', { Authorization: `Bearer guess${i}` }))).status);
      assert.deepEqual(statuses.slice(0, 10), Array(10).fill(401), 'the first ten guesses are tried');
      assert.deepEqual(statuses.slice(10), [429, 429], 'then the client must wait');
      const right = await fetch(`${srv.url}/insights/staff/export.csv`, as('203.0.113.7', { Authorization: `Bearer ${TOKEN}` }));
      assert.equal(right.status, 429, 'not even the right key is tried while the limit is spent');
      assert.ok(Number(right.headers.get('retry-after')) >= 1);
      const form = await fetch(`${srv.url}/insights/staff/login`, {
        method: 'POST',
        ...as('203.0.113.7', { 'Content-Type': 'application/x-www-form-urlencoded' }),
        body: new URLSearchParams({ token: TOKEN }),
        redirect: 'manual',
      });
      assert.equal(form.status, 429, 'the log-in form shares the limit');
      const other = await fetch(`${srv.url}/insights/staff/export.csv`, as('203.0.113.8', { Authorization: `Bearer ${TOKEN}` }));
      assert.equal(other.status, 200, 'another client is not held up');
    } finally {
      await srv.stop();
    }
  });

  test('a KLAR_STAFF_TOKEN shorter than 32 characters is refused in production and warned about in development', { timeout: 60_000 }, async () => {
    const SHORT = 'short-staff-token';
    assert.throws(() => optionsFromEnv({ NODE_ENV: 'production', KLAR_STAFF_TOKEN: SHORT }), /KLAR_STAFF_TOKEN .*at least 32/);
    assert.equal(optionsFromEnv({ NODE_ENV: 'production', KLAR_STAFF_TOKEN: TOKEN }).staffToken, TOKEN);
    assert.equal(optionsFromEnv({ KLAR_STAFF_TOKEN: SHORT }).staffToken, SHORT, 'development takes it');
    const dataDir = tempDataDir();
    try {
      await assert.rejects(
        spawnServer({ port: await freePort(), dataDir, env: { NODE_ENV: 'production', KLAR_STAFF_TOKEN: SHORT } }),
        (/** @type {Error} */ e) => /exited with 1/.test(e.message) && /KLAR_STAFF_TOKEN is 17 characters long/.test(e.message) && !e.message.includes(SHORT),
      );
      const dev = await spawnServer({ port: await freePort(), dataDir, env: { NODE_ENV: 'development', KLAR_STAFF_TOKEN: SHORT } });
      try {
        assert.match(dev.output(), /warning: KLAR_STAFF_TOKEN is 17 characters long; use at least 32/);
        assert.ok(!dev.output().includes(SHORT), 'the token itself is not printed');
        assert.equal((await fetch(`${dev.url}/insights/staff`, { headers: { Authorization: `Bearer ${SHORT}` } })).status, 200);
      } finally {
        await dev.kill();
      }
      const prod = await spawnServer({ port: await freePort(), dataDir, env: { NODE_ENV: 'production', KLAR_STAFF_TOKEN: TOKEN } });
      try {
        assert.doesNotMatch(prod.output(), /KLAR_STAFF_TOKEN/);
      } finally {
        await prod.kill();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('security: bad paths and errors (F6)', () => {
  test('a broken %-escape in a path segment is a 400 bad-path, not a 500, and nothing is logged', async () => {
    const srv = await startTestServer();
    try {
      for (const p of ['/api/cases/%E0', '/api/cases/%E0/events', '/api/open311/requests/%E0.json', '/api/zgw/zaken/%E0', '/api/zgw-bff/zaken/%E0', '/api/cases/%']) {
        const res = await fetch(`${srv.url}${p}?cpr=0101901234&email=anna@example.dk`);
        assert.equal(res.status, 400, p);
        assert.equal((await res.json()).error.code, 'bad-path', p);
      }
      assert.deepEqual(srv.log.lines.error, []);
    } finally {
      await srv.stop();
    }
  });

  test('an unexpected error is a 500 logged with the path only, never the query', async () => {
    const srv = await startTestServer();
    const clock = /** @type {any} */ (srv.clock);
    try {
      clock.ids = () => {
        throw new Error('injected failure');
      };
      const res = await fetch(`${srv.url}/api/cases?cpr=0101901234&email=anna@example.dk`);
      assert.equal(res.status, 500);
      assert.equal((await res.json()).error.code, 'internal-error');
      const logged = srv.log.lines.error.join('\n');
      assert.match(logged, /error while handling GET \/api\/cases Error: injected failure/);
      assert.doesNotMatch(logged, /0101901234|anna@example\.dk|cpr=/);
    } finally {
      delete clock.ids;
      await srv.stop();
    }
  });
});

describe('security: the CSRF check (F8)', () => {
  test('a CSRF token of the right length in characters but another in bytes is a 403, not a 500', async () => {
    const srv = await startTestServer({ staffToken: TOKEN });
    try {
      const login = await fetch(`${srv.url}/insights/staff/login`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token: TOKEN }), redirect: 'manual' });
      assert.equal(login.status, 303);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
      const page = await (await fetch(`${srv.url}/insights/staff`, { headers: { Cookie: cookie } })).text();
      const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
      assert.ok(csrf.length > 0);
      const forged = 'ø'.repeat(csrf.length);
      for (const [p, fields] of /** @type {const} */ ([
        ['/insights/staff/published', { said: 'a', did: 'b' }],
        ['/insights/staff/logout', {}],
        ['/insights/staff/withdraw', { id: 'x' }],
      ])) {
        const res = await fetch(`${srv.url}${p}`, { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ...fields, csrf: forged }), redirect: 'manual' });
        assert.equal(res.status, 403, p);
      }
      assert.deepEqual(srv.log.lines.error, [], 'nothing went wrong in the server');
      assert.equal(srv.published.entries?.length ?? 0, 0, 'nothing was published');
      assert.equal((await fetch(`${srv.url}/insights/staff`, { headers: { Cookie: cookie } })).status, 200, 'the session still stands');
    } finally {
      await srv.stop();
    }
  });
});

describe('security: static files (F10)', () => {
  test("the demo's pages are not served raw under an encoded name", async () => {
    const srv = await startTestServer();
    try {
      for (const p of ['/demo/index%2ehtml', '/demo/index%2Ehtml', '/demo/fallback-form%2ehtml', '/demo/index.htm%6c', '/demo/cms%2ehtml', '/demo/index.html/', '/demo/./index%2ehtml']) {
        const res = await get(srv.url, p);
        assert.equal(res.status, 404, `${p}: ${res.body.slice(0, 80)}`);
        assert.doesNotMatch(res.body, /<!doctype html|<html/i, p);
      }
      assert.equal((await get(srv.url, '/demo/favicon.svg')).status, 200, 'other demo files are served');
      assert.equal((await get(srv.url, '/demo/demo%2ecss')).status, 200, 'an encoded name of another file is still that file');
    } finally {
      await srv.stop();
    }
  });
});
