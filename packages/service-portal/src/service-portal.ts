import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DvcElement, loadElement, registerCatalogues } from '@dvc/core';
import type { DvcDossierSubmittedEvent } from '@dvc/service-form';
import { DvcPortalNavigateEvent } from './events.js';
import { vi } from './i18n/vi.js';
import { formatRoute, parseRoute, sameRoute } from './internal/route.js';
import type { Route, View } from './internal/route.js';
import { recallVerification, rememberVerification } from './internal/verifications.js';
import { styles } from './service-portal.styles.js';

// English loads on first use: a Vietnamese page never downloads it.
registerCatalogues({ vi, en: () => import('./i18n/en.js').then((m) => m.en) });

/** The tags each view renders; their code loads on the view's first visit. */
const VIEW_TAGS: Readonly<Record<View, readonly string[]>> = {
  search: ['dvc-procedure-finder'],
  apply: ['dvc-service-form'],
  // The tracker shows the payment widget itself when fees are due and the widget is defined.
  pay: ['dvc-fee-payment', 'dvc-status-tracker'],
  track: ['dvc-status-tracker', 'dvc-fee-payment'],
};

/** Where the in-memory route survives a reload or the payment gateway's round trip (`routing="none"`). */
const ROUTE_KEY = 'dvc-service-portal:route';

/**
 * The whole level-4 journey in one tag: find a procedure, read what it needs, apply online, get the
 * receipt, pay the fees, and track the dossier until the result. Each view's code downloads on its
 * first visit. In `hash` routing (the default) the view lives in the address's hash
 * (`#/nop-ho-so/1.001193`, `#/thanh-toan/<code>`, `#/tra-cuu/<code>`), so reload, Back and shared
 * links work on any CMS page; the lookup secret never goes into the address.
 *
 * @tagname dvc-service-portal
 * @summary Finder → form → receipt → payment → tracker, wired without any JavaScript on the host page.
 *
 * @fires {DvcPortalNavigateEvent} dvc-portal-navigate - The portal shows another view. `detail`: `{ view, procedureCode?, dossierCode? }`. The inner elements' events (`dvc-procedure-selected`, `dvc-dossier-submitted`, `dvc-payment-succeeded`, …) bubble out of the portal too.
 *
 * @csspart base - The wrapper of everything.
 * @csspart nav - The navigation between searching and tracking.
 * @csspart nav-link - Each navigation link (the current one has `aria-current="page"`).
 * @csspart heading - The heading of the current view.
 * @csspart view - The current view's content.
 * @csspart next - What to do next after submitting or paying (with links to the next view).
 * @csspart error - The message when a view's code could not be downloaded.
 * @csspart button - The retry button.
 *
 * @cssprop [--dvc-service-portal-max-width=72rem] - The widest the portal grows.
 */
export class DvcServicePortal extends DvcElement {
  static override styles = [DvcElement.styles, styles];

  /** `hash` keeps the view in the address's hash; `none` keeps it in memory (for pages that use the hash themselves). */
  @property() routing: 'hash' | 'none' = 'hash';

  /** Opens this procedure's application form when the address names no view. */
  @property() procedure?: string;

  /** The level of the view headings (the host page's own `<h1>` usually sits above). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private route: Route = { view: 'search' };
  @state() private ready = false;
  @state() private failed = false;
  @state() private procedureName?: string;
  /** The dossier just submitted or paid in this view, for the "what next" panel. */
  @state() private done?: { readonly kind: 'submitted' | 'paid'; readonly code: string };

  #moved = false;
  #loadRun = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHashChange);
    this.#show(this.#initialRoute(), false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHashChange);
  }

  /** Shows `route`, pushing it to the address (hash routing) or to memory. */
  navigate(route: Route): void {
    if (this.routing === 'hash') {
      const hash = formatRoute(route);
      if (location.hash !== hash) {
        location.hash = hash; // hashchange shows it
        return;
      }
    }
    this.#show(route, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('routing') && changed.get('routing') !== undefined) this.#show(this.#initialRoute(), false);
  }

  protected override updated(): void {
    if (this.#moved && this.ready) {
      this.#moved = false;
      this.renderRoot.querySelector<HTMLElement>('#view-heading')?.focus();
    }
  }

  #initialRoute(): Route {
    if (this.routing === 'hash' && location.hash.startsWith('#/')) return parseRoute(location.hash);
    if (this.routing === 'none') {
      const stored = this.#storedRoute();
      if (stored) return stored;
    }
    return this.procedure ? { view: 'apply', procedureCode: this.procedure } : { view: 'search' };
  }

  #storedRoute(): Route | undefined {
    try {
      const hash = sessionStorage.getItem(ROUTE_KEY);
      return hash ? parseRoute(hash) : undefined;
    } catch {
      return undefined;
    }
  }

  readonly #onHashChange = (): void => {
    // Hashes of the host page's own (a skip link's `#main`) are not the portal's business.
    if (this.routing === 'hash' && (location.hash === '' || location.hash.startsWith('#/'))) this.#show(parseRoute(location.hash), true);
  };

  #show(route: Route, moved: boolean): void {
    if (sameRoute(route, this.route) && (this.ready || this.failed)) return;
    const viewChanged = !sameRoute(route, this.route);
    this.route = route;
    this.#moved ||= moved;
    if (viewChanged) this.done = undefined;
    if (this.routing === 'none') {
      try {
        sessionStorage.setItem(ROUTE_KEY, formatRoute(route));
      } catch {
        // storage disabled: a reload starts over
      }
    }
    void this.#load(route);
    if (route.view === 'apply' && route.procedureCode) void this.#loadProcedureName(route.procedureCode);
    this.dispatchEvent(new DvcPortalNavigateEvent(route));
  }

  async #load(route: Route): Promise<void> {
    const run = ++this.#loadRun;
    this.ready = false;
    this.failed = false;
    try {
      await Promise.all(VIEW_TAGS[route.view].map((tag) => loadElement(tag)));
      if (run === this.#loadRun) this.ready = true;
    } catch (error) {
      console.warn('[dvc-elements] a view of <dvc-service-portal> could not be loaded:', error);
      if (run === this.#loadRun) this.failed = true;
    }
  }

  async #loadProcedureName(code: string): Promise<void> {
    this.procedureName = undefined;
    try {
      const procedure = await this.config.backend?.getProcedure(code);
      if (this.route.procedureCode === code) this.procedureName = procedure?.name;
    } catch {
      // the form itself says what went wrong
    }
  }

  /** In memory routing, in-portal links (`#/…`) from any view are followed here instead of by the browser. */
  readonly #onClick = (event: MouseEvent): void => {
    if (this.routing !== 'none' || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    const href = link?.getAttribute('href');
    if (!href?.startsWith('#/')) return;
    event.preventDefault();
    this.navigate(parseRoute(href));
  };

  readonly #onSubmitted = (event: DvcDossierSubmittedEvent): void => {
    const { dossierCode, lookupSecret } = event.detail.receipt;
    rememberVerification(dossierCode, lookupSecret);
    this.done = { kind: 'submitted', code: dossierCode };
  };

  readonly #onPaid = (event: CustomEvent<{ dossierCode: string }>): void => {
    if (this.route.view === 'pay') this.done = { kind: 'paid', code: event.detail.dossierCode };
  };

  protected override render(): TemplateResult {
    const { view } = this.route;
    return html`<div part="base" class="portal" @click=${this.#onClick}>
      <nav part="nav" aria-label=${this.msg('portal.nav')}>
        <ul>
          ${this.#navLink({ view: 'search' }, 'portal.nav.search', view === 'search' || view === 'apply')}
          ${this.#navLink({ view: 'track' }, 'portal.nav.track', view === 'track' || view === 'pay')}
        </ul>
      </nav>
      ${this.#heading()}
      <div part="view" class="view">${this.failed ? this.#renderFailed() : this.ready ? this.#renderView() : this.#renderLoading()}</div>
    </div>`;
  }

  #navLink(route: Route, key: string, current: boolean): TemplateResult {
    return html`<li><a part="nav-link" href=${formatRoute(route)} aria-current=${ifDefined(current ? 'page' : undefined)}>${this.msg(key)}</a></li>`;
  }

  #heading(): TemplateResult {
    const { view, procedureCode, dossierCode } = this.route;
    const text = view === 'apply'
      ? this.procedureName ? this.msg('portal.apply.named', { name: this.procedureName }) : this.msg('portal.apply.title')
      : view === 'pay' ? this.msg('portal.pay.title', { code: dossierCode ?? '' })
      : this.msg(view === 'track' ? 'portal.track.title' : 'portal.search.title');
    const level = Math.min(Math.max(Math.trunc(this.headingLevel) || 2, 1), 6);
    return html`<div class="heading">
      <div role="heading" aria-level=${level} part="heading" id="view-heading" tabindex="-1">${text}</div>
      ${view === 'apply' && procedureCode ? html`<p class="sub">${this.msg('portal.apply.code', { code: procedureCode })}</p>` : nothing}
    </div>`;
  }

  #renderLoading(): TemplateResult {
    return html`<p role="status" class="loading">${this.msg('common.loading')}</p>`;
  }

  #renderFailed(): TemplateResult {
    return html`<div part="error" role="alert" class="error">
      <p>${this.msg('portal.loadFailed')}</p>
      <button type="button" part="button" @click=${() => void this.#load(this.route)}>${this.msg('common.retry')}</button>
    </div>`;
  }

  #renderView(): TemplateResult {
    const { view, procedureCode, dossierCode } = this.route;
    const backend = this.backend;
    const baseUrl = this.baseUrl;
    if (view === 'apply' && procedureCode) {
      return html`<dvc-service-form procedure=${procedureCode} pay-href="#/thanh-toan/{code}"
          .backend=${backend} base-url=${ifDefined(baseUrl)} .messages=${this.messages}
          @dvc-dossier-submitted=${this.#onSubmitted}></dvc-service-form>
        ${this.done ? this.#renderNext() : html`<p class="back"><a href=${formatRoute({ view: 'search' })}>${this.msg('portal.backToSearch')}</a></p>`}`;
    }
    const verification = dossierCode ? recallVerification(dossierCode) : undefined;
    if (view === 'pay' && dossierCode && verification) {
      return html`<dvc-fee-payment dossier-code=${dossierCode} verification=${verification}
          heading-level=${this.headingLevel + 1} return-url=${formatRoute(this.route)}
          .backend=${backend} base-url=${ifDefined(baseUrl)} .messages=${this.messages}
          @dvc-payment-succeeded=${this.#onPaid}></dvc-fee-payment>
        ${this.done ? this.#renderNext() : nothing}`;
    }
    if (view === 'pay' || view === 'track') {
      // Without the lookup secret in this tab, the tracker asks for it (and offers payment when due).
      return html`<dvc-status-tracker dossier-code=${ifDefined(dossierCode)} verification=${ifDefined(verification)}
        heading-level=${this.headingLevel + 1} .backend=${backend} base-url=${ifDefined(baseUrl)} .messages=${this.messages}></dvc-status-tracker>`;
    }
    return html`<dvc-procedure-finder apply-url="#/nop-ho-so/{code}"
      .backend=${backend} base-url=${ifDefined(baseUrl)} .messages=${this.messages}></dvc-procedure-finder>`;
  }

  #renderNext(): TemplateResult {
    const { kind, code } = this.done!;
    return html`<section part="next" class="next" aria-live="polite">
      <p>${this.msg(kind === 'paid' ? 'portal.paid' : 'portal.submitted')}</p>
      <p><a part="button" class="button" href=${formatRoute({ view: 'track', dossierCode: code })}>${this.msg('portal.trackDossier', { code })}</a></p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-service-portal': DvcServicePortal;
  }
}
