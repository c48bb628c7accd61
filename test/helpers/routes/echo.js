// A tiny endpoint the core tests use to prove the test server answers real requests.
export const routes = [
  {
    path: '/api/echo',
    handler(ctx) {
      ctx.set('Content-Type', 'application/json');
      ctx.body = JSON.stringify({ method: ctx.method, query: ctx.query });
    },
  },
];
