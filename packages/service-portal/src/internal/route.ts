// The portal's views and their addresses. In `hash` routing the view lives in the address's hash
// (`#/nop-ho-so/1.001193`), so reload, Back and shared links work on any CMS page without server
// configuration; Vietnamese slugs match the portal pages' own addresses.

export type View = 'search' | 'apply' | 'pay' | 'track';

export interface Route {
  readonly view: View;
  /** The procedure being applied for (`apply`). */
  readonly procedureCode?: string;
  /** The dossier being paid for or tracked (`pay`, `track`; optional for `track`). */
  readonly dossierCode?: string;
}

const SLUGS: Record<Exclude<View, 'search'>, string> = { apply: 'nop-ho-so', pay: 'thanh-toan', track: 'tra-cuu' };
const VIEWS = new Map(Object.entries(SLUGS).map(([view, slug]) => [slug, view as View]));

/** The route a hash stands for; anything unknown is the search view (a foreign hash never breaks the portal). */
export function parseRoute(hash: string): Route {
  const [slug, ...rest] = hash.replace(/^#\/?/, '').split('/');
  const view = VIEWS.get(slug ?? '');
  let code: string | undefined;
  try {
    code = rest.length ? decodeURIComponent(rest.join('/')).trim() || undefined : undefined;
  } catch {
    code = undefined; // a malformed escape: treat as no code
  }
  if (view === 'apply') return code ? { view, procedureCode: code } : { view: 'search' };
  if (view === 'pay') return code ? { view, dossierCode: code } : { view: 'track' };
  if (view === 'track') return code ? { view, dossierCode: code } : { view };
  return { view: 'search' };
}

/** The hash of a route (`#/` for search). */
export function formatRoute(route: Route): string {
  if (route.view === 'search') return '#/';
  const code = route.view === 'apply' ? route.procedureCode : route.dossierCode;
  return `#/${SLUGS[route.view]}${code ? `/${encodeURIComponent(code)}` : ''}`;
}

/** Whether two routes show the same thing. */
export function sameRoute(a: Route, b: Route): boolean {
  return a.view === b.view && a.procedureCode === b.procedureCode && a.dossierCode === b.dossierCode;
}
