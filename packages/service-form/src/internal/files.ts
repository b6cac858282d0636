// Attachment rules with no rendering: sizes as people read them, accepted types and their names.

let sizeFormat: Intl.NumberFormat | undefined;

/** `5 MB`, `1,5 MB`, `120 KB` (one formatter for the page: making one per call is slow). */
export function formatBytes(bytes: number): string {
  sizeFormat ??= new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024 ? `${sizeFormat.format(bytes / 1024 / 1024)} MB` : `${sizeFormat.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

const TYPE_NAMES: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPG', 'image/png': 'PNG' };

/** Whether a file matches `accept` (MIME types, `type/*` or `.ext`; by extension when the browser gives no type). */
export function typeAllowed(file: Blob & { name?: string }, accept: string[]): boolean {
  if (!accept.length) return true;
  const type = file.type.toLowerCase();
  const ext = (file.name ?? '').toLowerCase().split('.').pop() ?? '';
  return accept.some((a) => {
    const rule = a.toLowerCase();
    if (rule.startsWith('.')) return rule.slice(1) === ext;
    if (rule.endsWith('/*')) return type.startsWith(rule.slice(0, -1));
    if (type) return type === rule;
    return (TYPE_NAMES[rule] ?? '').toLowerCase() === ext || (rule === 'image/jpeg' && ext === 'jpeg');
  });
}

/** `PDF, JPG` for the accepted types. */
export function typeNames(accept: string[]): string {
  return accept.map((t) => TYPE_NAMES[t] ?? t).join(', ');
}
