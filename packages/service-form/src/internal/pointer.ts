// JSON Pointers (RFC 6901): every input's `name` is the pointer of its value in the form data.

/** Escapes one reference token (`~` → `~0`, `/` → `~1`). */
export function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

const parsed = new Map<string, readonly string[]>();

/** The tokens of a pointer (`/a/b~1c` → `['a', 'b/c']`); `''` is the whole document. Memoised (a keystroke reads its pointer a dozen times). */
export function parsePointer(pointer: string): readonly string[] {
  let tokens = parsed.get(pointer);
  if (tokens) return tokens;
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new SyntaxError(`Not a JSON Pointer: ${pointer}`);
  tokens = Object.freeze(pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~')));
  if (parsed.size > 5000) parsed.clear();
  parsed.set(pointer, tokens);
  return tokens;
}

/** The pointer of `token` under `parent`. */
export function childPointer(parent: string, token: string | number): string {
  return `${parent}/${escapeToken(String(token))}`;
}

/** The parent pointer (`/a/b` → `/a`). */
export function parentPointer(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

type Json = unknown;

/** The value at `pointer`, or undefined. */
export function getAt(root: Json, pointer: string): Json {
  let node = root;
  for (const token of parsePointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, Json>)[token];
  }
  return node;
}

/**
 * Sets the value at `pointer` in place, creating objects (or arrays, for numeric tokens under an
 * array) on the way; `undefined` deletes it. Returns the root (a new object when it was not one).
 */
export function setAt(root: Json, pointer: string, value: Json): Record<string, Json> {
  const tokens = parsePointer(pointer);
  const base = (root !== null && typeof root === 'object' ? root : {}) as Record<string, Json>;
  let node: Record<string, Json> = base;
  for (let i = 0; i < tokens.length - 1; i++) {
    let next = node[tokens[i]];
    if (next === null || typeof next !== 'object') {
      next = /^\d+$/.test(tokens[i + 1]) ? [] : {};
      node[tokens[i]] = next;
    }
    node = next as Record<string, Json>;
  }
  const last = tokens.at(-1);
  if (last === undefined) return base;
  if (value === undefined) {
    if (Array.isArray(node)) node[Number(last)] = undefined;
    else delete node[last];
  } else {
    node[last] = value;
  }
  return base;
}

/** Whether `pointer` is `ancestor` or below it. */
export function isWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(ancestor + '/');
}
