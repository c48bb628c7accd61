// The feedback endpoint the <klar-feedback-form> tests post to: a real HTTP server route.
//
// POST /api/feedback?t=<test id>&seq=<behaviours>[&field=<name>]
//   Every body is validated against schema/feedback.schema.json (ajv, draft 2020-12); an
//   invalid body gets 400 with { errors: [{ field, message }] } whatever `seq` says.
//   `seq` is a comma-separated list, one entry per attempt within test id `t`; the last
//   entry repeats. Entries:
//     201          store the record (once per Idempotency-Key) and answer 201 { receipt }; with
//                  &reply=ids 201 { receipt, id }, the id another value than the receipt (as the
//                  reference server's random link token), with &reply=digits 201 { receipt, id }
//                  whose id is ten digits that read as a CPR number (a municipal system's
//                  sequence number, 2512011001), and with &reply=id 201 { id } alone
//     202 | 204    store the record and answer that status with an empty body
//     html         answer 200 text/html, a page (a CMS catch-all or a login page); store nothing
//     page         answer 200 text/plain whose body is a page (starts with '<'); store nothing
//     302          redirect to GET /api/feedback/page, a 200 text/html login page; store nothing
//     303          redirect to GET /api/feedback/records (200 JSON, not a page); store nothing
//     308          redirect to this same URL (the browser posts again: the next entry answers)
//     400 | 422   answer { errors: [{ field, message }] } for `field` (default "comment");
//                  with &echo=1 the message repeats the submitted text of that field
//     500 | 408   answer that status
//     503:N | 429:N  answer that status with Retry-After: N (seconds)
//     hang         never answer (until the client gives up)
//     drop         store the record, then destroy the socket: the response is lost
//   A request without an Idempotency-Key header is refused with 400.
//   One-click answers (quick mode, answers.helped only, no answerTo) are kept apart: they follow
//   `aseq` (default 201) instead of `seq`, so a test of the message send counts only that. A
//   follow-up's `answerTo` must name an answer stored for `t` (else 422, as the real server does):
//   by its receipt, or with &reply=ids or &reply=digits by its id (its receipt is then refused, as
//   the real server links nothing by a receipt).
// POST /api/real-feedback?t=<test id>[&hold=<ms>][&unavailable=<n>][&lose=<n>]
//   The reference server's own handler (server/feedback-api.js) and store (server/feedback-store.js),
//   one store per test id in a temporary directory: what a browser test stores there is what the
//   real server would store. `hold` keeps the first request of `t` waiting that long before the
//   handler sees it (a slow network while the page reloads). `unavailable` answers the first n
//   requests of `t` 503 without the handler seeing them (the reference server's chaos mode 503:
//   nothing stored). `lose` loses the response of the next n requests of `t`: the handler stores
//   as ever, then its answer is never written and the connection stays silent until the client
//   gives up (its timeout; closed after 60 s at most), as when a response is lost on the way back
//   (chaos mode drop-after). Needs dist/core.js (npm run build).
// GET /api/real-feedback/records?t=<test id>
//   { count, records: [{ receipt, idempotencyKey, linksTo, feedback }], helped }: `helped` is what
//   the reference server's insights count (server/insights-index.js), e.g. { no: 1 }.
// GET /api/feedback/page
//   A login page (200 text/html), where the `302` behaviour sends a post.
// GET /api/feedback/records?t=<test id>
//   { count, records: [{ key, body }], attempts: [{ key, behaviour }], answers: { count, records, attempts } }: what was stored.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(path.join(here, '../../../schema/feedback.schema.json'), 'utf8'));
const ajv = new Ajv2020.default ? new Ajv2020.default({ allErrors: true }) : new Ajv2020({ allErrors: true });
(addFormats.default ?? addFormats)(ajv);
const validate = ajv.compile(schema);

/** Per test id: attempts seen, records stored by Idempotency-Key. */
const tests = new Map();
let receiptNo = 1000;

function stateFor(t) {
  let s = tests.get(t);
  if (!s) {
    s = { attempts: [], records: new Map(), answers: { attempts: [], records: new Map() } };
    tests.set(t, s);
  }
  return s;
}

/** A one-click answer: quick mode, nothing but `helped`, not a follow-up. */
function isAnswer(body) {
  return body?.mode === 'quick' && !body.answerTo && Object.keys(body.answers ?? {}).join() === 'helped';
}

/** @param {{ records: Map<string, { receipt: string }> }} s */
const receipts = (s) => new Set([...s.records.values()].map((r) => r.receipt));

function readBody(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function json(ctx, status, body) {
  ctx.status = status;
  ctx.set('Content-Type', 'application/json');
  ctx.set('Cache-Control', 'no-store');
  ctx.body = JSON.stringify(body);
}

function store(s, key, body) {
  if (!s.records.has(key)) {
    const receipt = `KF-${++receiptNo}`;
    s.records.set(key, { key, body, receipt, id: `lnk-${receiptNo.toString(36)}-${Math.random().toString(36).slice(2, 10)}`, digits: `251201${String(receiptNo % 10_000).padStart(4, '0')}` });
  }
  return s.records.get(key);
}

/**
 * Lets the real handler store and answer as ever, but writes nothing of its answer: the socket
 * stays silent until the client gives up (60 s at most), then closes.
 * @param {import('koa').Context} ctx
 */
function loseResponse(ctx) {
  const { res } = ctx;
  res.writeHead = () => res;
  res.end = () => {
    const close = () => {
      clearTimeout(timer);
      ctx.req.socket.destroy();
    };
    const timer = setTimeout(close, 60_000);
    ctx.req.socket.once('close', close);
    return res;
  };
}

const root = path.join(here, '../../..');
/** Per test id: the real handler and store, and how many requests it has seen. */
const real = new Map();

async function realFor(t) {
  let r = real.get(t);
  if (!r) {
    r = (async () => {
      const [{ FeedbackStore }, { feedbackHandler, schemaValidator }] = await Promise.all([
        import('../../../server/feedback-store.js'),
        import('../../../server/feedback-api.js'),
      ]);
      const log = { info() {}, warn() {}, error() {} };
      const store = await new FeedbackStore({ file: path.join(mkdtempSync(path.join(tmpdir(), 'klar-wtr-')), 'feedback.jsonl'), log }).open();
      const validator = schemaValidator(path.join(root, 'schema/feedback.schema.json'));
      return { store, handle: feedbackHandler({ store, validator, version: '0.0.0', log }), seen: 0 };
    })();
    real.set(t, r);
  }
  return r;
}

export const routes = [
  {
    method: 'POST',
    path: '/api/real-feedback',
    async handler(ctx) {
      if (!existsSync(path.join(root, 'dist/core.js'))) {
        return json(ctx, 503, { errors: [{ field: '', message: 'dist/core.js is missing: run npm run build first' }] });
      }
      const r = await realFor(String(ctx.query.t ?? ''));
      const n = r.seen++;
      if (n === 0 && ctx.query.hold) await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.hold)));
      const unavailable = Number(ctx.query.unavailable ?? 0);
      if (n < unavailable) return json(ctx, 503, { error: { code: 'chaos', message: 'Service Unavailable (chaos)' } });
      ctx.respond = false;
      if (n - unavailable < Number(ctx.query.lose ?? 0)) loseResponse(ctx);
      try {
        await r.handle(ctx.req, ctx.res);
      } catch (e) {
        const { sendError } = await import('../../../server/http-util.js');
        sendError(ctx.res, e.status ?? 500, e.code ?? 'error', e.message, e.extra ?? {});
      }
    },
  },
  {
    method: 'GET',
    path: '/api/real-feedback/records',
    async handler(ctx) {
      const { store } = await realFor(String(ctx.query.t ?? ''));
      const { InsightsIndex } = await import('../../../server/insights-index.js');
      json(ctx, 200, {
        count: store.records.length,
        records: store.records.map(({ receipt, idempotencyKey, linksTo, feedback }) => ({ receipt, idempotencyKey, linksTo, feedback })),
        helped: new InsightsIndex(store).update().totals.helped,
      });
    },
  },
  {
    method: 'GET',
    path: '/api/feedback/page',
    handler(ctx) {
      ctx.status = 200;
      ctx.set('Content-Type', 'text/html; charset=utf-8');
      ctx.body = '<!doctype html><html lang="da"><title>Log ind</title><h1>Log ind</h1></html>';
    },
  },
  {
    method: 'GET',
    path: '/api/feedback/records',
    handler(ctx) {
      const s = stateFor(String(ctx.query.t ?? ''));
      json(ctx, 200, {
        count: s.records.size,
        records: [...s.records.values()].map(({ key, body, receipt, id, digits }) => ({ key, body, receipt, id, digits })),
        attempts: s.attempts,
        answers: {
          count: s.answers.records.size,
          records: [...s.answers.records.values()].map(({ key, body, receipt, id, digits }) => ({ key, body, receipt, id, digits })),
          attempts: s.answers.attempts,
        },
      });
    },
  },
  {
    method: 'POST',
    path: '/api/feedback',
    async handler(ctx) {
      const t = String(ctx.query.t ?? '');
      const all = stateFor(t);
      const key = ctx.get('Idempotency-Key');
      const raw = await readBody(ctx.req);
      let parsed;
      try {
        parsed = JSON.parse(raw);
      } catch {
        /* answered below */
      }
      const answer = isAnswer(parsed);
      const s = answer ? all.answers : all;
      const seq = String((answer ? ctx.query.aseq : ctx.query.seq) ?? '201').split(',');
      const behaviour = seq[Math.min(s.attempts.length, seq.length - 1)];
      s.attempts.push({ key, behaviour, contentType: ctx.get('Content-Type'), referer: ctx.get('Referer'), cookie: ctx.get('Cookie'), url: ctx.url });
      if (!key) return json(ctx, 400, { errors: [{ field: '', message: 'Idempotency-Key header missing' }] });
      let body;
      try {
        body = JSON.parse(raw);
      } catch {
        return json(ctx, 400, { errors: [{ field: '', message: 'Body is not JSON' }] });
      }
      const idOf = ctx.query.reply === 'ids' ? 'id' : ctx.query.reply === 'digits' ? 'digits' : undefined;
      const linkable = idOf ? new Set([...all.answers.records.values()].map((r) => r[idOf])) : receipts(all.answers);
      if (body.answerTo !== undefined && !linkable.has(body.answerTo)) {
        return json(ctx, 422, { errors: [{ field: 'answerTo', message: 'refers to no stored answer' }] });
      }
      if (!validate(body)) {
        return json(ctx, 400, {
          errors: validate.errors.map((e) => ({
            field: e.instancePath.split('/').pop() || e.params?.missingProperty || e.params?.additionalProperty || '',
            message: `${e.instancePath} ${e.message}`,
          })),
        });
      }
      const [code, arg] = behaviour.split(':');
      if (code === 'hang') {
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, 60_000);
          ctx.req.socket.once('close', () => {
            clearTimeout(timer);
            resolve();
          });
        });
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      }
      if (code === 'drop') {
        store(s, key, body);
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      }
      if (code === '400' || code === '422') {
        const field = String(ctx.query.field ?? 'comment');
        // echo=1 repeats the citizen's text in the message, as careless servers do.
        const echo = ctx.query.echo ? ` (${body.answers?.[field] ?? ''})` : '';
        return json(ctx, Number(code), { errors: [{ field, message: `Teksten kan ikke modtages. Skriv den kortere.${echo}` }] });
      }
      if (code === '503' || code === '429') {
        ctx.set('Retry-After', String(arg ?? '1'));
        return json(ctx, Number(code), { message: 'Try again later' });
      }
      if (code === '202' || code === '204') {
        store(s, key, body);
        ctx.status = Number(code);
        // Koa would turn a null body into 204 and write a reason phrase as the body of a 202.
        if (code === '202') ctx.body = '';
        return;
      }
      if (code === 'html' || code === 'page') {
        ctx.status = 200;
        ctx.set('Content-Type', code === 'html' ? 'text/html; charset=utf-8' : 'text/plain');
        ctx.body = '<!doctype html><html lang="da"><title>Log ind</title><h1>Log ind</h1></html>';
        return;
      }
      if (code === '302' || code === '303' || code === '308') {
        ctx.status = Number(code);
        ctx.set('Location', code === '308' ? ctx.url : code === '302' ? '/api/feedback/page' : `/api/feedback/records?t=${encodeURIComponent(t)}`);
        return;
      }
      if (code !== '201') return json(ctx, Number(code) || 500, { message: 'Server error' });
      const rec = store(s, key, body);
      json(ctx, 201, idOf ? { receipt: rec.receipt, id: rec[idOf] } : ctx.query.reply === 'id' ? { id: rec.receipt } : { receipt: rec.receipt });
    },
  },
];
