// Element ids of JSON Pointers, memoised: every field asks on every render.

const ids = new Map<string, string>();

/** The element id of a pointer (memoised: every field asks on every render). */
export const idOf = (pointer: string): string => {
  let id = ids.get(pointer);
  if (id === undefined) {
    id = 'f' + pointer.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);
    if (ids.size > 5000) ids.clear();
    ids.set(pointer, id);
  }
  return id;
};
