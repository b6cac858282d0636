// What an input holds → the value for the data (no rendering: the caller gives the inputs).
import { parseVietnameseDate } from '@dvc/core';
import type { FieldNode } from './types.js';

/**
 * Parses what the input holds into the value for the data. `boxes` are the checkboxes of the input's
 * group (asked for only by a `checkboxes` field).
 */
export function parseInput(
  node: FieldNode, input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, boxes: () => ArrayLike<HTMLInputElement>,
): unknown {
  const options = node.options ?? [];
  switch (node.widget) {
    case 'checkbox':
      return (input as HTMLInputElement).checked;
    case 'radio':
    case 'select':
      return input.value === '' ? undefined : options[Number(input.value)]?.value;
    case 'checkboxes': {
      const checked = boxes();
      return options.filter((_, i) => checked[i]?.checked).map((o) => o.value);
    }
    case 'number': {
      const text = input.value.trim().replace(/\s/g, '');
      if (text === '') return undefined;
      // Vietnamese writes 300.000.000 and 72,5; a plain 72.5 is accepted too.
      const normal = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text) ? text.replace(/\./g, '').replace(',', '.')
        : /^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
      return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : input.value;
    }
    case 'date': {
      const text = input.value.trim();
      if (text === '') return undefined;
      return parseVietnameseDate(text) ?? text;
    }
    default: {
      const text = input.value;
      if (node.type === 'boolean') return text === 'true';
      return text.trim() === '' ? undefined : text;
    }
  }
}
