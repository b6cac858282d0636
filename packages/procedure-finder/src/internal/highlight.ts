// Which parts of a text the query matched, as plain segments: the element renders them with <mark>
// elements built from text, never as HTML.
import { MIN_TYPO_LENGTH, typoOfPrefix, withinOneEdit, words } from './search-index.js';

export interface Segment {
  readonly text: string;
  readonly match: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:\.[\p{L}\p{N}\p{M}]+)*/gu;

/**
 * Splits `text` into matched and unmatched segments for the query words `tokens` (already folded, as
 * `words(query)` gives them): a word matching a token whole or by prefix has that prefix marked; a word
 * one typo away from a token of 4 letters or more that matches no word of the text as typed is marked
 * whole.
 */
export function highlight(text: string, tokens: readonly string[]): Segment[] {
  if (!tokens.length) return [{ text, match: false }];
  const out: Segment[] = [];
  let last = 0;
  const push = (end: number, match: boolean) => {
    if (end <= last) return;
    const piece = text.slice(last, end);
    const prev = out[out.length - 1];
    if (prev && prev.match === match) out[out.length - 1] = { text: prev.text + piece, match };
    else out.push({ text: piece, match });
    last = end;
  };
  const found = [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, folded: words(m[0]).join('.') }));
  // as in the search, a word may carry a typo only when it matches nothing in the text as typed
  const typos = tokens.filter((t) => t.length >= MIN_TYPO_LENGTH && !found.some((f) => f.folded.startsWith(t)));
  for (const { word, start, folded } of found) {
    let length = 0;
    for (const token of tokens) if (folded.startsWith(token)) length = Math.max(length, token.length);
    if (!length && typos.some((t) => withinOneEdit(t, folded) || typoOfPrefix(t, folded))) length = word.length;
    if (!length) continue;
    // a precomposed Vietnamese letter folds to one letter, so the prefix has the same length in `word`
    const end = start + (folded.length === word.length ? Math.min(length, word.length) : word.length);
    push(start, false);
    push(end, true);
  }
  push(text.length, false);
  return out;
}
