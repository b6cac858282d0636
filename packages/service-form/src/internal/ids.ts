// Element ids of JSON Pointers and the labels of option lists, memoised: every field asks on every render.
import type { ChoiceOption } from './types.js';

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

const optionLabels = new WeakMap<readonly ChoiceOption[], string[]>();

/** The labels of a field's options, one array per option list (what `selectOptions` compares). */
export const labelsOf = (options: readonly ChoiceOption[]): string[] => {
  let labels = optionLabels.get(options);
  if (!labels) optionLabels.set(options, (labels = options.map((o) => o.label)));
  return labels;
};
