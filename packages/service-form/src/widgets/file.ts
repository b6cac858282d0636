// The file widget: limits, drop zone, upload progress with cancel, retry, the uploaded file. Native
// DOM built once and patched in place, like the other fields: upload progress patches the status line.
import { formatBytes, typeNames } from '../internal/files.js';
import { idOf } from '../internal/ids.js';
import type { FieldNode } from '../internal/types.js';
import type { FieldContext } from './context.js';
import { attr, el, line, setMark, setText } from './dom.js';
import type { BuiltField } from './dom.js';

/** A built file field; its lines are the hint, limits and message, before the drop zone. */
interface FileBuilt extends BuiltField {
  readonly zone: HTMLElement;
  /** The file button and its drop note (not shown while uploading). */
  readonly row: HTMLElement;
  readonly input: HTMLInputElement;
  /** What the status shows (rebuilt when it changes) and its elements. */
  statusKey: string;
  status: Element[];
  readonly progress?: HTMLProgressElement;
}

const builtFiles = new WeakMap<Element, FileBuilt>();

function buildFile(c: FieldContext, node: FieldNode, pointer: string, id: string): FileBuilt {
  const name = new Text();
  const label = el('label', { for: id, part: 'label', class: 'label' }, name);
  const input = el('input', { type: 'file', id, name: pointer, class: 'file-input' });
  const row = el('div', { class: 'file-row' }, input, el('span', { class: 'hint', 'aria-hidden': 'true' }, c.msg('serviceForm.file.drop')));
  const zone = el('div', { class: 'dropzone', part: 'dropzone' }, row);
  const over = (on: boolean) => (e: DragEvent) => {
    if (on) e.preventDefault();
    zone.classList.toggle('dropzone--over', on);
  };
  zone.addEventListener('dragover', over(true));
  zone.addEventListener('dragleave', over(false));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('dropzone--over');
    const file = e.dataTransfer?.files?.[0];
    if (file && !node.readOnly) void c.uploader.upload(pointer, file);
  });
  input.addEventListener('change', () => {
    const f = input.files?.[0];
    if (f) void c.uploader.upload(pointer, f);
  });
  const root = el('div', { part: 'field' }, label, zone);
  const built: FileBuilt = { root, node, pointer, name, label, lines: [], zone, row, input, statusKey: '', status: [] };
  builtFiles.set(root, built);
  return built;
}

/** A file field: the value is the upload id; the file button is always there besides the drop zone. `previous`: what it returned last time. */
export function renderFile(
  c: FieldContext, node: FieldNode, pointer: string, required: boolean, label: string, optional: string,
  bits: { help?: string; errorText?: string; cls: string; describedBy: string | undefined; invalid: 'true' | 'false' }, previous?: unknown,
): HTMLElement {
  const id = idOf(pointer);
  const upload = c.uploader.uploads.get(pointer);
  const value = c.value(pointer);
  const accept = c.uploader.accept(node);
  const max = c.uploader.maxBytes(node);
  const limits = accept.length || max ? c.msg('serviceForm.file.limits', { types: typeNames(accept) || '*', size: max ? formatBytes(max) : '—' }) : undefined;
  const percent = upload && upload.size ? Math.min(100, Math.round((upload.loaded / upload.size) * 100)) : 0;
  const done = upload?.status === 'done' || (typeof value === 'string' && value !== '' && !upload);
  const describedBy = [bits.describedBy, limits ? `${id}-limits` : '', upload ? `${id}-status` : ''].filter(Boolean).join(' ') || undefined;
  const old = previous instanceof Element ? builtFiles.get(previous) : undefined;
  const b = old && old.node === node && old.pointer === pointer ? old : buildFile(c, node, pointer, id);
  setText(b.name, label);
  setMark(b.label, optional);
  attr(b.root, 'class', bits.cls);
  line(b.lines, 0, bits.help, () => el('p', { class: 'hint', id: `${id}-hint`, part: 'hint' }, ''), b.zone);
  line(b.lines, 1, limits, () => el('p', { class: 'hint', id: `${id}-limits` }, ''), b.zone);
  line(b.lines, 2, bits.errorText, () => el('p', { class: 'error', id: `${id}-error`, part: 'error' }, el('span', { class: 'visually-hidden' }, ''), ''), b.zone);
  if (bits.errorText) setText(b.lines[2]!.firstChild!.firstChild as Text, c.msg('serviceForm.titleErrorPrefix'));

  // The status: uploading (progress, cancel), failed (retry), done; rebuilt only when it changes.
  const uploading = upload?.status === 'uploading';
  const text = uploading ? c.msg('serviceForm.file.uploading', { name: upload.name, percent })
    : upload?.status === 'error' ? upload.message ?? ''
    : done ? `✓ ${upload ? c.msg('serviceForm.file.uploaded', { name: upload.name, size: formatBytes(upload.size) }) : c.msg('serviceForm.file.uploaded', { name: String(value), size: '—' })}`
    : '';
  const key = `${uploading ? 'u' : upload?.status === 'error' ? 'e' : done ? 'd' : ''}`;
  if (b.statusKey !== key) {
    for (const e of b.status) e.remove();
    const button = (action: string, label: string, click: () => void) => {
      const e = el('button', { type: 'button', part: 'button', class: 'button button--secondary', 'data-action': action }, label);
      e.addEventListener('click', click);
      return e;
    };
    b.status = key === 'u' ? [
      el('p', { id: `${id}-status`, class: 'upload-status' }, ''),
      el('progress', { class: 'progress-bar', max: '100', 'aria-labelledby': `${id}-status` }),
      button('cancel-upload', c.msg('serviceForm.file.cancel'), () => c.uploader.uploads.get(pointer)?.controller?.abort()),
    ] : key === 'e' ? [
      el('p', { id: `${id}-status`, class: 'error', role: 'alert' }, ''),
      button('retry-upload', c.msg('serviceForm.file.retry'), () => {
        const file = c.uploader.uploads.get(pointer)?.file;
        if (file) void c.uploader.upload(pointer, file);
      }),
    ] : key === 'd' ? [el('p', { id: `${id}-status`, class: 'upload-status upload-status--done' }, '')] : [];
    for (const e of b.status) b.zone.insertBefore(e, b.row.parentNode ? b.row : null);
    b.statusKey = key;
  }
  if (b.status[0]) setText(b.status[0].lastChild as Text, text);
  if (b.status[1] instanceof HTMLProgressElement && b.status[1].value !== percent) b.status[1].value = percent;
  if (uploading) b.row.remove();
  else if (!b.row.parentNode) b.zone.append(b.row);
  const input = b.input;
  attr(input, 'disabled', !!node.readOnly);
  attr(input, 'accept', accept.length ? accept.join(',') : undefined);
  attr(input, 'required', required && !done);
  attr(input, 'aria-invalid', bits.invalid);
  attr(input, 'aria-describedby', describedBy);
  return b.root;
}
