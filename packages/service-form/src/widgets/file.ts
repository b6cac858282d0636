// The file widget: limits, drop zone, upload progress with cancel, retry, the uploaded file.
import type { TemplateResult } from 'lit';
import { formatBytes, typeNames } from '../internal/files.js';
import { idOf } from '../internal/ids.js';
import type { FieldNode } from '../internal/types.js';
import { html, nothing, ifDefined } from '../lit.js';
import type { FieldContext } from './context.js';

/** A file field: the value is the upload id; the file button is always there besides the drop zone. */
export function renderFile(
  c: FieldContext, node: FieldNode, pointer: string, required: boolean, label: string, optional: string,
  bits: { hint: unknown; errorLine: unknown; cls: string; describedBy: string | undefined; invalid: 'true' | 'false' },
): TemplateResult {
  const id = idOf(pointer);
  const upload = c.uploader.uploads.get(pointer);
  const value = c.value(pointer);
  const accept = c.uploader.accept(node);
  const max = c.uploader.maxBytes(node);
  const limits = accept.length || max ? c.msg('serviceForm.file.limits', { types: typeNames(accept) || '*', size: max ? formatBytes(max) : '—' }) : '';
  const percent = upload && upload.size ? Math.min(100, Math.round((upload.loaded / upload.size) * 100)) : 0;
  const done = upload?.status === 'done' || (typeof value === 'string' && value !== '' && !upload);
  const describedBy = [bits.describedBy, limits ? `${id}-limits` : '', upload ? `${id}-status` : ''].filter(Boolean).join(' ') || undefined;
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    (e.currentTarget as HTMLElement).classList.remove('dropzone--over');
    const file = e.dataTransfer?.files?.[0];
    if (file && !node.readOnly) void c.uploader.upload(pointer, file);
  };
  return html`<div class=${bits.cls} part="field">
    <label for=${id} part="label" class="label">${label}<span class="optional">${optional}</span></label>
    ${bits.hint}
    ${limits ? html`<p class="hint" id="${id}-limits">${limits}</p>` : nothing}
    ${bits.errorLine}
    <div class="dropzone" part="dropzone"
      @dragover=${(e: DragEvent) => { e.preventDefault(); (e.currentTarget as HTMLElement).classList.add('dropzone--over'); }}
      @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('dropzone--over')}
      @drop=${onDrop}>
      ${upload?.status === 'uploading' ? html`
        <p id="${id}-status" class="upload-status">${c.msg('serviceForm.file.uploading', { name: upload.name, percent })}</p>
        <progress class="progress-bar" max="100" .value=${percent} aria-labelledby="${id}-status"></progress>
        <button type="button" part="button" class="button button--secondary" data-action="cancel-upload" @click=${() => upload.controller?.abort()}>${c.msg('serviceForm.file.cancel')}</button>`
      : upload?.status === 'error' ? html`
        <p id="${id}-status" class="error" role="alert">${upload.message}</p>
        <button type="button" part="button" class="button button--secondary" data-action="retry-upload"
          @click=${() => upload.file && void c.uploader.upload(pointer, upload.file)}>${c.msg('serviceForm.file.retry')}</button>`
      : done ? html`<p id="${id}-status" class="upload-status upload-status--done">✓ ${upload
        ? c.msg('serviceForm.file.uploaded', { name: upload.name, size: formatBytes(upload.size) })
        : c.msg('serviceForm.file.uploaded', { name: String(value), size: '—' })}</p>`
      : nothing}
      ${upload?.status === 'uploading' ? nothing : html`<div class="file-row">
        <input type="file" id=${id} name=${pointer} class="file-input" ?disabled=${node.readOnly} accept=${ifDefined(accept.length ? accept.join(',') : undefined)}
          ?required=${required && !done} aria-invalid=${bits.invalid} aria-describedby=${ifDefined(describedBy)}
          @change=${(e: Event) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) void c.uploader.upload(pointer, f); }}>
        <span class="hint" aria-hidden="true">${c.msg('serviceForm.file.drop')}</span>
      </div>`}
    </div>
  </div>`;
}
