// Reads what the reference server's staff view gives: the comments on its page and its CSV.

/** The comments on the staff page (each <li class="comment">'s inside). @param {string} html */
export const commentsOf = (html) => [...html.matchAll(/<li class="comment">([\s\S]*?)<\/li>/g)].map((m) => m[1]);

/**
 * Parses the staff CSV (RFC 4180 with semicolons, as the server writes it for Danish spreadsheets: quoted cells, doubled quotes, CRLF) into rows of cells.
 * @param {string} text
 */
export function parseCsv(text) {
  /** @type {string[][]} */
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      (row = []), (cell = ''), i++;
    } else cell += ch;
  }
  return rows;
}

/**
 * Logs in to the staff view with the form, as a browser does: the session cookie, the CSRF token
 * its forms carry, and the page.
 * @param {string} url the server
 * @param {string} token KLAR_STAFF_TOKEN
 */
export async function staffLogin(url, token) {
  const res = await fetch(`${url}/insights/staff/login`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token }), redirect: 'manual' });
  if (res.status !== 303 || res.headers.get('location') !== '/insights/staff') throw new Error(`log-in answered ${res.status} ${res.headers.get('location')}`);
  const setCookie = res.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0];
  const page = await (await fetch(`${url}/insights/staff`, { headers: { Cookie: cookie } })).text();
  const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
  return { setCookie, cookie, csrf, page };
}
