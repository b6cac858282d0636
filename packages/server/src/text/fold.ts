// Diacritic-insensitive matching for Vietnamese. Kept local to the server (DOM-free, no core import)
// so the bundle never depends on another package's build; core's `foldVietnamese` behaves the same.

/** Removes diacritics, lower-cases and maps đ→d: "Đăng ký" → "dang ky". */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Folded words (letters and digits only), for whole-word and prefix matching. */
export function words(text: string): string[] {
  return foldVietnamese(text).split(/[^a-z0-9.]+/).map((w) => w.replace(/^\.+|\.+$/g, '')).filter(Boolean);
}

/** ASCII text for bank QR fields (bank apps expect ASCII); case is kept. */
export function asciiFold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]/g, '');
}
