// Compression: static files, the CDN file and JSON go out brotli- or gzip-compressed when the
// client asks, the body decodes to the original, each encoding has its own ETag, Vary is set,
// and event streams are never compressed. Raw node:http requests, so nothing is decoded for us.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ROOT, useTestServer } from '../../helpers/reference-server.js';

/**
 * A request whose body is read as bytes, as sent.
 * @param {string} url
 * @param {Record<string, string>} [headers]
 * @param {string} [method]
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: Buffer }>}
 */
function raw(url, headers = {}, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      const isStream = String(res.headers['content-type']).startsWith('text/event-stream');
      res.on('data', (c) => {
        chunks.push(c);
        if (isStream) req.destroy(); // one chunk of an event stream is enough
      });
      const done = () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      res.on('end', done);
      res.on('close', done);
    });
    req.on('error', reject);
    req.end();
  });
}

/** @param {{ headers: import('node:http').IncomingHttpHeaders, body: Buffer }} r */
function decoded(r) {
  const enc = r.headers['content-encoding'];
  return enc === 'br' ? brotliDecompressSync(r.body) : enc === 'gzip' ? gunzipSync(r.body) : r.body;
}

/** @param {import('node:http').IncomingHttpHeaders} h */
const varies = (h) => /\bAccept-Encoding\b/i.test(String(h.vary ?? ''));

describe('compression', () => {
  const srv = useTestServer();

  for (const [file, url] of [
    ['demo/demo.css', '/demo/demo.css'],
    ['node_modules/lit-html/lit-html.js', '/vendor/lit-html/lit-html.js'],
    ['schema/feedback.schema.json', '/schema/feedback.schema.json'],
  ]) {
    test(`${url}: br, gzip or nothing as asked, the body decodes to the file`, async () => {
      const original = readFileSync(path.join(ROOT, file));
      for (const [accept, want] of [
        ['gzip, deflate, br, zstd', 'br'],
        ['gzip', 'gzip'],
        ['br;q=0, gzip;q=0.5', 'gzip'],
        ['*', 'br'],
        ['identity', undefined],
        ['', undefined],
      ]) {
        const r = await raw(`${srv.url}${url}`, accept ? { 'Accept-Encoding': accept } : {});
        assert.equal(r.status, 200);
        assert.equal(r.headers['content-encoding'], want, `Accept-Encoding: ${accept}`);
        assert.ok(varies(r.headers), 'Vary: Accept-Encoding');
        assert.equal(Number(r.headers['content-length']), r.body.length);
        assert.ok(decoded(r).equals(original), `the ${want ?? 'plain'} body is the file`);
        if (want) assert.ok(r.body.length < original.length, `${want} is smaller`);
      }
    });
  }

  test('each encoding has its own ETag; If-None-Match gives 304 only for the same encoding', async () => {
    const url = `${srv.url}/demo/demo.css`;
    const plain = await raw(url);
    const br = await raw(url, { 'Accept-Encoding': 'br' });
    const gz = await raw(url, { 'Accept-Encoding': 'gzip' });
    const tags = new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]);
    assert.equal(tags.size, 3, [...tags].join(' '));
    const again = await raw(url, { 'Accept-Encoding': 'br', 'If-None-Match': String(br.headers.etag) });
    assert.equal(again.status, 304);
    assert.equal(again.headers.etag, br.headers.etag);
    assert.ok(varies(again.headers));
    assert.equal((await raw(url, { 'If-None-Match': String(br.headers.etag) })).status, 200, 'a br validator does not validate the plain file');
    assert.equal((await raw(url, { 'If-None-Match': String(plain.headers.etag) })).status, 304);
  });

  test('/cdn/klar.js goes out compressed and decodes to dist/cdn/klar.js', { skip: !existsSync(path.join(ROOT, 'dist/cdn/klar.js')) && 'run `npm run build` first' }, async () => {
    const original = readFileSync(path.join(ROOT, 'dist/cdn/klar.js'));
    const br = await raw(`${srv.url}/cdn/klar.js`, { 'Accept-Encoding': 'gzip, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers['access-control-allow-origin'], '*');
    assert.ok(decoded(br).equals(original));
    const gz = await raw(`${srv.url}/cdn/klar.js`, { 'Accept-Encoding': 'gzip' });
    assert.ok(decoded(gz).equals(original));
    console.info(`# /cdn/klar.js: ${original.length} B plain, ${gz.body.length} B gzip, ${br.body.length} B brotli`);
    const head = await raw(`${srv.url}/cdn/klar.js`, { 'Accept-Encoding': 'br' }, 'HEAD');
    assert.equal(head.headers['content-encoding'], 'br');
    assert.equal(Number(head.headers['content-length']), br.body.length);
    assert.equal(head.body.length, 0);
  });

  test('JSON APIs are compressed when asked, with an ETag per encoding and 304', async () => {
    const plain = await raw(`${srv.url}/api/cases/byg-2417`);
    assert.equal(plain.headers['content-encoding'], undefined);
    for (const enc of ['br', 'gzip']) {
      const r = await raw(`${srv.url}/api/cases/byg-2417`, { 'Accept-Encoding': enc });
      assert.equal(r.headers['content-encoding'], enc);
      assert.ok(varies(r.headers));
      assert.deepEqual(JSON.parse(decoded(r).toString('utf8')), JSON.parse(plain.body.toString('utf8')));
      assert.notEqual(r.headers.etag, plain.headers.etag);
      const again = await raw(`${srv.url}/api/cases/byg-2417`, { 'Accept-Encoding': enc, 'If-None-Match': String(r.headers.etag) });
      assert.equal(again.status, 304);
    }
    const list = await raw(`${srv.url}/api/open311/requests.json`, { 'Accept-Encoding': 'br' });
    assert.equal(list.headers['content-encoding'], 'br');
    assert.ok(Array.isArray(JSON.parse(decoded(list).toString('utf8'))));
  });

  test('small answers are sent as they are', async () => {
    const r = await raw(`${srv.url}/api/health`, { 'Accept-Encoding': 'br' });
    assert.equal(r.headers['content-encoding'], undefined);
    assert.equal(JSON.parse(r.body.toString('utf8')).ok, true);
  });

  test('event streams are never compressed', async () => {
    const r = await raw(`${srv.url}/api/cases/byg-2417/events`, { 'Accept-Encoding': 'gzip, br' });
    assert.equal(r.status, 200);
    assert.match(String(r.headers['content-type']), /^text\/event-stream/);
    assert.equal(r.headers['content-encoding'], undefined);
    assert.match(r.body.toString('utf8'), /^retry: 3000/);
  });
});
