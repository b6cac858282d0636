// The finder's state in the page address, so that back/forward and shared links work. Parameters the
// finder does not own are kept as they are.
import type { OnlineClass } from '@dvc/core';

export interface FinderState {
  readonly q: string;
  readonly field?: string | undefined;
  readonly level?: string | undefined;
  readonly agency?: string | undefined;
  readonly class?: OnlineClass | undefined;
  readonly page: number;
  /** The procedure whose page is open, if any. */
  readonly procedure?: string | undefined;
}

export const emptyState: FinderState = { q: '', page: 1 };

const KEYS = ['q', 'field', 'level', 'agency', 'class', 'page', 'procedure'] as const;

export function readState(search: string): FinderState {
  const params = new URLSearchParams(search);
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const cls = params.get('class');
  return {
    q: params.get('q') ?? '',
    field: text('field'),
    level: text('level'),
    agency: text('agency'),
    class: cls === 'full' || cls === 'partial' ? cls : undefined,
    page: page > 1 ? page : 1,
    procedure: text('procedure'),
  };
}

/** The query string for `state`, keeping every parameter of `search` the finder does not own. */
export function writeState(state: FinderState, search = ''): string {
  const params = new URLSearchParams(search);
  for (const key of KEYS) params.delete(key);
  if (state.q) params.set('q', state.q);
  for (const key of ['field', 'level', 'agency', 'class'] as const) if (state[key]) params.set(key, state[key]!);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.procedure) params.set('procedure', state.procedure);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function sameState(a: FinderState, b: FinderState): boolean {
  return KEYS.every((key) => (a[key] ?? '') === (b[key] ?? ''));
}
