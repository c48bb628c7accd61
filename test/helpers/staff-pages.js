// Reads what the reference server's staff view gives: the comments on its page and its CSV.

/** The comments on the staff page (each <li class="comment">'s inside). @param {string} html */
export const commentsOf = (html) => [...html.matchAll(/<li class="comment">([\s\S]*?)<\/li>/g)].map((m) => m[1]);

/**
 * Parses CSV (RFC 4180: quoted cells, doubled quotes, CRLF) into rows of cells.
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
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      (row = []), (cell = ''), i++;
    } else cell += ch;
  }
  return rows;
}
