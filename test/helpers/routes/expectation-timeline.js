// Endpoints for the <klar-expectation-timeline> tests: a real case document, a broken one,
// and a counter so a test can tell how many requests reached the server.
let hits = 0;

const CASE = {
  id: 'SRC-1',
  title: 'Sag hentet fra serveren',
  receivedAt: '2026-11-02',
  status: { code: 'in-progress', label: 'Under behandling' },
  steps: [
    { id: 'a', title: 'Vi har modtaget din ansøgning', state: 'done', completedAt: '2026-11-02' },
    { id: 'b', title: 'Vi behandler din sag', state: 'current', expected: '2026-12-01' },
  ],
};

export const routes = [
  {
    path: '/api/timeline/case.json',
    handler(ctx) {
      hits++;
      ctx.set('Content-Type', 'application/json');
      ctx.body = JSON.stringify(CASE);
    },
  },
  {
    path: '/api/timeline/broken.json',
    handler(ctx) {
      ctx.set('Content-Type', 'application/json');
      ctx.body = '{"title": "half a document';
    },
  },
  {
    path: '/api/timeline/hits',
    handler(ctx) {
      ctx.set('Content-Type', 'application/json');
      ctx.body = JSON.stringify({ hits });
    },
  },
];
