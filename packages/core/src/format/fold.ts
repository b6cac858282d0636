const COMBINING_MARKS = /[\u0300-\u036f]/g;
const D_STROKE = /[đĐ]/g;
const WHITESPACE = /\s+/g;
const PLAIN = /^[\x20-\x7e]*$/;

/**
 * Text for diacritic- and case-insensitive matching: `foldVietnamese('  Đăng ký   khai sinh')` →
 * `'dang ky khai sinh'`. NFD, combining marks removed, đ/Đ → d, lower case, whitespace collapsed and
 * trimmed. Plain ASCII skips the Unicode work. Fold a catalogue once and the query per keystroke.
 */
export function foldVietnamese(text: string): string {
  if (PLAIN.test(text)) {
    const lower = text.toLowerCase();
    return lower.includes('  ') || lower !== lower.trim() ? lower.replace(WHITESPACE, ' ').trim() : lower;
  }
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(D_STROKE, 'd')
    .toLowerCase()
    .replace(WHITESPACE, ' ')
    .trim();
}
