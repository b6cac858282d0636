// Diacritic-insensitive matching for Vietnamese: core's fold, plus the word splitting search needs
// and the ASCII fold bank QR fields need.
import { foldVietnamese } from '@dvc/core/format.js';

export { foldVietnamese };

/** Folded words (letters, digits, inner dots for codes), for whole-word and prefix matching. */
export function words(text: string): string[] {
  return foldVietnamese(text).split(/[^a-z0-9.]+/).map((w) => w.replace(/^\.+|\.+$/g, '')).filter(Boolean);
}

/** ASCII text for bank QR fields (bank apps expect ASCII); case is kept. */
export function asciiFold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]/g, '');
}
