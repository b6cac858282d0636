const formatters = new Map<string, Intl.NumberFormat>();

/**
 * An amount of VND for display: `formatVnd(50000)` → "50.000 ₫" (vi-VN grouping, no decimals; the
 * space before ₫ is a no-break space). Non-integer amounts are rounded.
 */
export function formatVnd(amount: number, locale = 'vi-VN'): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency', currency: 'VND', minimumFractionDigits: 0, maximumFractionDigits: 0,
    });
    formatters.set(locale, formatter);
  }
  return formatter.format(amount);
}
