// What a reader view keeps of a page: Mozilla Readability, the library of Firefox's Reader View
// (others, like Safari's Reader and the reading modes of Edge and Chrome, clean pages the same
// way: buttons, forms and hidden nodes go). It ships as a classic script (CommonJS, no module),
// so the page loads its source and runs it, as Firefox runs it on a copy of the page.

type Article = { title: string; textContent: string } | null;
type ReadabilityClass = new (doc: Document, options?: { charThreshold?: number }) => { parse(): Article };

let readability: Promise<ReadabilityClass> | undefined;

/** The article text Readability makes of a copy of `doc` (spaces squashed); '' when it finds no article. */
export async function readerViewText(doc: Document = document): Promise<string> {
  readability ??= fetch('/node_modules/@mozilla/readability/Readability.js')
    .then((r) => r.text())
    .then((src) => new Function(`${src}\nreturn Readability;`)() as ReadabilityClass);
  const Readability = await readability;
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  return (article?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
