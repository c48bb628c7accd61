/**
 * LIX readability (Björnsson 1968): words per sentence + the percentage of long words,
 * where a long word has more than six letters. Danish guidance: under 25 is very easy,
 * 25–34 easy, 35–44 medium (everyday newspaper), 45–54 hard.
 *
 * Tokenisation used here:
 * - Words: maximal runs of letters and digits (Unicode \p{L}\p{N}); a hyphen or apostrophe
 *   between two such characters keeps the word together ("e-mail", "don't" are one word).
 *   A number with a decimal point or comma ("10.5", "2,5") is one word. Everything else
 *   (spaces, punctuation, dashes, quotes) separates words.
 * - Long words: more than six letters (digits, hyphens and apostrophes are not counted).
 * - Sentences: each run of `.`, `!`, `?` or `:` followed by white space or the end of the
 *   text ends a sentence ("10.5" and "kl.14" do not), as in Björnsson's counting of
 *   full stops and colons. Text after the last terminator counts as one more sentence.
 *   At least one sentence is counted when there are words.
 * Returns 0 for a text without words.
 */
export function lix(text: string): number {
  const words = text.match(/\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  if (!words.length) return 0;
  const long = words.filter((w) => (w.match(/\p{L}/gu) ?? []).length > 6).length;
  const terminators = text.match(/[.!?:]+(?=\s|$)/g) ?? [];
  const tail = text.replace(/^[\s\S]*[.!?:]+(?=\s|$)/, '');
  const trailing = /[\p{L}\p{N}]/u.test(tail) ? 1 : 0;
  const sentences = Math.max(1, terminators.length + trailing);
  return words.length / sentences + (long * 100) / words.length;
}
