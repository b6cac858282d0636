import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { DvcElement, loadElement } from '@dvc/core';
import type { BackendError } from '@dvc/core';
import type { DvcBackend, OnlineClass, SearchResult } from '@dvc/core';
import { DvcProcedureOpenEvent } from './events.js';
import { registerFinderMessages } from './i18n/index.js';
import type { FinderMessageKey } from './i18n/index.js';
import { catalogueSize, loadLocalCatalogue } from './internal/catalogue-source.js';
import type { LocalCatalogue } from './internal/catalogue-source.js';
import { highlight } from './internal/highlight.js';
import { FACETS, words } from './internal/search-index.js';
import type { FacetName } from './internal/search-index.js';
import { emptyState, readState, sameState, writeState } from './internal/url-state.js';
import type { FinderState } from './internal/url-state.js';
import { setStates, skeleton, toBackendError } from './shared.js';
import { sharedStyles } from './shared.styles.js';
import { finderStyles } from './procedure-finder.styles.js';
import type { DvcProcedureDetail } from './procedure-detail.js';

interface ResultItem {
  readonly code: string;
  readonly name: string;
  readonly description?: string | undefined;
  readonly field: string;
  readonly agency: string;
  readonly onlineClasses: readonly OnlineClass[];
  readonly onlineLevel: number;
}

interface FacetOption {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

interface View {
  readonly total: number;
  readonly items: readonly ResultItem[];
  readonly facets: Record<FacetName, readonly FacetOption[]>;
  /** The folded query words, for highlighting. */
  readonly tokens: readonly string[];
  /** Results for the same words without filters (local mode only). */
  readonly withoutFilters?: number | undefined;
}

type Mode = 'local' | 'server';
type Commit = 'push' | 'typing' | 'none';

const byCount = (a: FacetOption, b: FacetOption) => b.count - a.count || a.label.localeCompare(b.label, 'vi');

/**
 * Search-as-you-type over the agency's catalogue of administrative procedures, with filters that
 * count, results kept in the page address, and the procedure's page one click away.
 *
 * Searches locally over the contract's compact index (fetched once, revalidated with its ETag) up to
 * `local-limit` procedures, through the backend's search endpoint beyond that or with
 * `search="server"`; both give the same results. Typing `dang ky khai sinh` finds "Đăng ký khai sinh"
 * first; a code (`1.001193`) finds its procedure; one typo in a word of 4 letters or more is forgiven.
 *
 * @tagname dvc-procedure-finder
 * @summary Find a procedure as fast as typing, filter, and open its page.
 *
 * @fires {DvcProcedureOpenEvent} dvc-procedure-open - A result was chosen, before its page opens in place; cancelable: `preventDefault()` to show it your own way. `detail`: `{ code, name }`.
 * @fires {DvcProcedureSelectedEvent} dvc-procedure-selected - From the procedure page inside: "Nộp hồ sơ trực tuyến" was pressed (see `<dvc-procedure-detail>`).
 *
 * @csspart base - The wrapper of everything.
 * @csspart form - The search form.
 * @csspart label - The search field's label.
 * @csspart hint - The hint under the label.
 * @csspart input - The search field.
 * @csspart filters - The group of filters.
 * @csspart filter - Each filter's select.
 * @csspart status - The result count (a live region).
 * @csspart clear - "Xóa tìm kiếm và bộ lọc".
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart result-link - The procedure's name, a link that opens its page.
 * @csspart match - A matched part of a word.
 * @csspart badge - The online class of a result.
 * @csspart pagination - The page navigation.
 * @csspart skeleton - The placeholder shown while the catalogue loads.
 * @csspart empty - What to do when nothing matches.
 * @csspart error - The error notice.
 * @csspart retry - The retry button.
 * @csspart back - "Quay lại kết quả tìm kiếm" on a procedure's page.
 * @csspart detail - The `<dvc-procedure-detail>` inside.
 *
 * @cssprop [--dvc-procedure-finder-match-background=#fff2b3] - Background of matched words.
 * @cssprop [--dvc-procedure-finder-input-border-width=2px] - Border width of the search field and filters.
 *
 * @cssstate loading - The catalogue is loading.
 * @cssstate searching - A server search is under way.
 * @cssstate error - The catalogue could not be loaded.
 * @cssstate empty - Nothing matches.
 * @cssstate detail - A procedure's page is open.
 */
export class DvcProcedureFinder extends DvcElement {
  static override styles = [DvcElement.styles, sharedStyles, finderStyles];

  /** Where to search: `auto` (local up to `local-limit` procedures, else server), `local` or `server`. */
  @property() search: 'auto' | 'local' | 'server' = 'auto';

  /** Where "Nộp hồ sơ trực tuyến" leads on a procedure's page, `{code}` replaced: `/nop-ho-so?thu-tuc={code}`. */
  @property({ attribute: 'apply-url' }) applyUrl?: string;

  /** Results per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Largest catalogue searched in the browser in `auto` mode. */
  @property({ type: Number, attribute: 'local-limit' }) localLimit = 5000;

  /** Keeps the query, filters, page and open procedure out of the page address (two finders on one page). */
  @property({ type: Boolean, attribute: 'no-url-state' }) noUrlState = false;

  @state() private query: FinderState = emptyState;
  @state() private view?: View;
  @state() private failure?: BackendError;
  @state() private searching = false;

  readonly #internals = this.attachInternals();
  #backend?: DvcBackend;
  #mode?: Mode;
  #local?: LocalCatalogue & { labels: Record<'field' | 'level' | 'agency', Map<string, string>> };
  #abort?: AbortController;
  #serverTimer?: ReturnType<typeof setTimeout>;
  #urlTimer?: ReturnType<typeof setTimeout>;
  /** The current history entry was made by typing: further keystrokes replace it. */
  #typingEntry = false;
  /** A procedure page this finder opened with pushState: "back" returns through history. */
  #openedHere = false;
  #focusAfterUpdate?: () => void;

  constructor() {
    super();
    registerFinderMessages();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.noUrlState) {
      this.query = readState(location.search);
      window.addEventListener('popstate', this.#onPopState);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    this.#abort?.abort();
    clearTimeout(this.#serverTimer);
    this.#flushUrl();
    this.#backend = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const backend = this.config.backend;
    if (backend !== this.#backend || changed.has('search') || changed.has('localLimit')) {
      this.#backend = backend;
      void this.#start();
    } else if (changed.has('pageSize')) {
      this.#run();
    }
  }

  protected override updated(): void {
    setStates(this.#internals, {
      loading: !this.view && !this.failure && !!this.#backend,
      searching: this.searching,
      error: !!this.failure,
      empty: this.view?.total === 0,
      detail: !!this.query.procedure,
    });
    const focus = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    focus?.();
  }

  #t(key: FinderMessageKey, params?: Record<string, string | number>): string {
    return this.msg(key, params);
  }

  // ── data ────────────────────────────────────────────────────────────────────────────────────────

  async #start(): Promise<void> {
    this.#abort?.abort();
    this.#mode = undefined;
    this.#local = undefined;
    this.view = undefined;
    this.failure = undefined;
    const backend = this.#backend;
    if (!backend) return;
    try {
      let mode: Mode = this.search === 'server' ? 'server' : 'local';
      if (this.search === 'auto' && (await catalogueSize(backend)) > this.localLimit) mode = 'server';
      if (mode === 'local') {
        const local = await loadLocalCatalogue(backend);
        if (backend !== this.#backend) return;
        const labels = (list: readonly { code: string; name: string }[]) => new Map(list.map((x) => [x.code, x.name]));
        this.#local = {
          ...local,
          labels: { field: labels(local.index.fields), level: labels(local.index.levels), agency: labels(local.index.agencies) },
        };
      }
      if (backend !== this.#backend) return;
      this.#mode = mode;
      this.#run();
    } catch (error) {
      if (backend === this.#backend) this.failure = toBackendError(error);
    }
  }

  /** Recomputes the results for `this.query`: at once locally, debounced while typing on the server. */
  #run(typing = false): void {
    if (!this.#mode) return;
    if (this.#mode === 'local') {
      this.view = this.#searchLocally(this.query);
      return;
    }
    clearTimeout(this.#serverTimer);
    this.searching = true;
    if (typing) this.#serverTimer = setTimeout(() => void this.#searchServer(), 250);
    else void this.#searchServer();
  }

  #searchLocally(query: FinderState): View {
    const local = this.#local!;
    const { engine, labels } = local;
    const hits = engine.search(query);
    const total = hits.ids.length;
    const start = (this.#page(query, total) - 1) * this.pageSize;
    const items = Array.from(hits.ids.subarray(start, start + this.pageSize), (i): ResultItem => {
      const it = engine.items[i];
      return {
        code: it.code, name: it.name, description: it.description, onlineClasses: it.onlineClasses, onlineLevel: it.onlineLevel,
        field: labels.field.get(it.field) ?? it.field, agency: labels.agency.get(it.agency) ?? it.agency,
      };
    });
    const facets = {} as Record<FacetName, FacetOption[]>;
    for (const name of FACETS) {
      facets[name] = [...hits.facets[name]]
        .map(([value, count]) => ({ value, count, label: this.#facetLabel(name, value) }))
        .sort(byCount);
    }
    const filtered = FACETS.some((f) => query[f]);
    const withoutFilters = filtered && total === 0 ? engine.search({ q: query.q }).ids.length : undefined;
    return { total, items, facets, tokens: words(query.q), withoutFilters };
  }

  async #searchServer(): Promise<void> {
    const backend = this.#backend!;
    const query = this.query;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.searching = true;
    try {
      const result: SearchResult = await backend.searchProcedures({
        q: query.q || undefined, field: query.field, level: query.level, agency: query.agency, class: query.class,
        page: query.page, pageSize: this.pageSize,
      }, { signal: abort.signal });
      if (abort.signal.aborted) return;
      const facets = {} as Record<FacetName, FacetOption[]>;
      for (const name of FACETS) {
        facets[name] = result.facets[name]
          .map((f) => ({ value: f.value, count: f.count, label: f.label }))
          .sort(byCount);
      }
      this.view = {
        total: result.total,
        facets,
        tokens: words(query.q),
        items: result.items.map((it) => ({
          code: it.code, name: it.name, description: it.description, onlineClasses: it.onlineClasses, onlineLevel: it.onlineLevel,
          field: it.field.name, agency: it.agency.name,
        })),
      };
      this.failure = undefined;
    } catch (error) {
      if (!abort.signal.aborted) this.failure = toBackendError(error);
    } finally {
      if (!abort.signal.aborted) this.searching = false;
    }
  }

  #facetLabel(name: FacetName, value: string): string {
    if (name === 'class') return this.#t('finder.classOption', { name: this.msg(`onlineClass.${value}`), old: this.msg(`onlineClass.${value}.old`) });
    return this.#local?.labels[name].get(value) ?? value;
  }

  #page(query: FinderState, total: number): number {
    return Math.min(query.page, Math.max(1, Math.ceil(total / this.pageSize)));
  }

  // ── state and address ───────────────────────────────────────────────────────────────────────────

  #set(next: Partial<FinderState>, commit: Commit): void {
    this.query = { ...this.query, ...next };
    if (!('procedure' in next)) this.#run(commit === 'typing');
    this.#commit(commit);
  }

  #commit(commit: Commit): void {
    if (this.noUrlState || commit === 'none') return;
    clearTimeout(this.#urlTimer);
    this.#urlTimer = undefined;
    if (commit === 'typing') {
      this.#urlTimer = setTimeout(() => this.#flushUrl(), 400);
      return;
    }
    this.#typingEntry = false;
    this.#writeUrl('push');
  }

  /** Writes a pending typed query now (Enter, leaving the field, leaving the page). */
  #flushUrl(): void {
    if (this.#urlTimer === undefined) return;
    clearTimeout(this.#urlTimer);
    this.#urlTimer = undefined;
    this.#writeUrl(this.#typingEntry ? 'replace' : 'push');
    this.#typingEntry = true;
  }

  #writeUrl(how: 'push' | 'replace'): void {
    const search = writeState(this.query, location.search);
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (how === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  readonly #onPopState = (): void => {
    clearTimeout(this.#urlTimer);
    this.#urlTimer = undefined;
    this.#typingEntry = false;
    const next = readState(location.search);
    if (sameState(next, this.query)) return;
    const closing = this.query.procedure && !next.procedure ? this.query.procedure : undefined;
    this.query = next;
    this.#openedHere = false;
    this.#run();
    if (closing) this.#focusAfterUpdate = () => this.#focusResult(closing);
  };

  #href(state: Partial<FinderState>): string {
    const search = writeState({ ...this.query, ...state }, this.noUrlState ? '' : location.search);
    return search || (this.noUrlState ? '?' : location.pathname);
  }

  // ── user actions ────────────────────────────────────────────────────────────────────────────────

  #onInput(event: Event): void {
    this.#set({ q: (event.target as HTMLInputElement).value, page: 1 }, 'typing');
  }

  #onSubmit(event: Event): void {
    event.preventDefault();
    this.#flushUrl();
    if (this.#mode === 'server') this.#run();
  }

  #onFilter(name: FacetName, event: Event): void {
    const value = (event.target as HTMLSelectElement).value || undefined;
    this.#set({ [name]: value, page: 1 }, 'push');
  }

  #clearAll(): void {
    this.#set({ q: '', field: undefined, level: undefined, agency: undefined, class: undefined, page: 1 }, 'push');
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  }

  #clearFilters(): void {
    this.#set({ field: undefined, level: undefined, agency: undefined, class: undefined, page: 1 }, 'push');
  }

  #goToPage(page: number): void {
    this.#set({ page }, 'push');
    this.#focusAfterUpdate = () => {
      const heading = this.renderRoot.querySelector<HTMLElement>('#results-heading');
      heading?.focus();
      heading?.scrollIntoView?.({ block: 'start' });
    };
  }

  #open(event: MouseEvent, item: ResultItem): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return; // new tab or window
    event.preventDefault();
    const open = new DvcProcedureOpenEvent({ code: item.code, name: item.name });
    if (!this.dispatchEvent(open)) return;
    this.#flushUrl();
    this.#openedHere = !this.noUrlState;
    this.#set({ procedure: item.code }, 'push');
    this.#focusAfterUpdate = async () => {
      await loadElement('dvc-procedure-detail');
      const detail = this.renderRoot.querySelector<DvcProcedureDetail>('dvc-procedure-detail');
      await detail?.updateComplete;
      detail?.focus();
    };
  }

  #back(): void {
    const code = this.query.procedure;
    if (this.#openedHere && history.length > 1) {
      history.back(); // popstate restores the results and focus
      return;
    }
    this.#set({ procedure: undefined }, 'push');
    if (code) this.#focusAfterUpdate = () => this.#focusResult(code);
  }

  #focusResult(code: string): void {
    const link = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="result"]')]
      .find((li) => li.dataset.code === code)?.querySelector<HTMLElement>('a');
    (link ?? this.renderRoot.querySelector<HTMLInputElement>('#q'))?.focus();
  }

  #onInputKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown') return;
    const first = this.renderRoot.querySelector<HTMLElement>('[part~="result-link"]');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  }

  #onResultsKey(event: KeyboardEvent): void {
    const links = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="result-link"]')];
    const at = links.indexOf(event.target as HTMLElement);
    let next: HTMLElement | undefined | null;
    if (event.key === 'ArrowDown') next = links[at + 1];
    else if (event.key === 'ArrowUp') next = at > 0 ? links[at - 1] : this.renderRoot.querySelector<HTMLInputElement>('#q');
    else if (event.key === 'Home') next = links[0];
    else if (event.key === 'End') next = links[links.length - 1];
    else return;
    event.preventDefault();
    next?.focus();
  }

  // ── rendering ───────────────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    if (!this.config.backend) return html`<p part="base status">${this.msg('config.noBackend')}</p>`;
    const code = this.query.procedure;
    if (code) {
      void loadElement('dvc-procedure-detail'); // once; the element upgrades when its code arrives
      return html`<div part="base">
        <button part="back" class="button" type="button" @click=${() => this.#back()}>
          <span aria-hidden="true">←</span> ${this.#t('finder.back')}
        </button>
        <dvc-procedure-detail part="detail" code=${code} .applyUrl=${this.applyUrl}
          .backend=${this.config.backend} .messages=${this.messages}></dvc-procedure-detail>
      </div>`;
    }
    const view = this.view;
    return html`<div part="base">
      <form part="form" role="search" @submit=${this.#onSubmit}>
        <label part="label" for="q">${this.#t('finder.label')}</label>
        <span part="hint" class="hint" id="hint">${this.#t('finder.hint')}</span>
        <span class="visually-hidden" id="keys">${this.#t('finder.keys')}</span>
        <input part="input" id="q" name="q" type="search" autocomplete="off" spellcheck="false" .enterKeyHint=${'search'}
          aria-describedby="hint keys" .value=${live(this.query.q)}
          @input=${this.#onInput} @keydown=${this.#onInputKey} @blur=${() => this.#flushUrl()}>
      </form>
      ${this.failure ? this.#renderError(this.failure) : nothing}
      ${view ? this.#renderFilters(view) : nothing}
      <div class="bar">
        <p part="status" id="status" role="status">${this.#statusText(view)}</p>
        ${this.#active() ? html`<button part="clear" class="button" type="button" @click=${this.#clearAll}>${this.#t('finder.clearAll')}</button>` : nothing}
      </div>
      ${view ? this.#renderResults(view) : this.failure ? nothing : this.#renderSkeleton()}
    </div>`;
  }

  #active(): boolean {
    return !!this.query.q || FACETS.some((f) => this.query[f]);
  }

  #statusText(view: View | undefined): string {
    if (!view) return this.failure ? '' : this.#t('finder.loading');
    if (this.searching) return this.#t('finder.searching');
    const pages = Math.max(1, Math.ceil(view.total / this.pageSize));
    const count = view.total.toLocaleString(this.language === 'vi' ? 'vi-VN' : 'en-GB');
    return pages > 1
      ? this.#t('finder.countPage', { count, page: this.#page(this.query, view.total), pages })
      : this.#t('finder.count', { count });
  }

  #renderError(error: BackendError): TemplateResult {
    return html`<div part="error" class="notice error" role="alert">
      <p><strong>${this.#t('finder.error')}</strong> ${this.msg(error.messageKey)}</p>
      <button part="retry" class="button" type="button" @click=${() => (this.#mode ? this.#run() : void this.#start())}>${this.msg('common.retry')}</button>
    </div>`;
  }

  #renderSkeleton(): TemplateResult {
    return html`<ul part="skeleton" aria-hidden="true">${[70, 55, 80, 60].map((w) => html`<li>${skeleton([w, 40, 90])}</li>`)}</ul>`;
  }

  #renderFilters(view: View): TemplateResult {
    return html`<fieldset part="filters">
      <legend class="visually-hidden">${this.#t('finder.filters')}</legend>
      ${FACETS.map((name) => {
        const selected = this.query[name];
        const options = [...view.facets[name]];
        if (selected && !options.some((o) => o.value === selected)) options.push({ value: selected, count: 0, label: this.#facetLabel(name, selected) });
        return html`<div>
          <label for=${`filter-${name}`}>${this.msg(`finder.filter.${name}`)}</label>
          <select part="filter" id=${`filter-${name}`} @change=${(e: Event) => this.#onFilter(name, e)}>
            <option value="" ?selected=${!selected}>${this.#t('finder.filter.any')}</option>
            ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === selected}>${this.#t('finder.option', {
              label: name === 'class' ? this.#facetLabel(name, o.value) : o.label, count: o.count })}</option>`)}
          </select>
        </div>`;
      })}
    </fieldset>`;
  }

  #renderResults(view: View): TemplateResult {
    if (!view.total) return this.#renderEmpty(view);
    const page = this.#page(this.query, view.total);
    const pages = Math.ceil(view.total / this.pageSize);
    return html`
      <h2 class="visually-hidden" id="results-heading" tabindex="-1">${this.#t('finder.results')}</h2>
      <ol part="results" class="results" aria-labelledby="results-heading" aria-describedby="status" aria-busy=${this.searching ? 'true' : 'false'}
        start=${(page - 1) * this.pageSize + 1} @keydown=${this.#onResultsKey}>
        ${view.items.map((item) => this.#renderItem(item, view.tokens))}
      </ol>
      ${pages > 1 ? html`<nav part="pagination" aria-label=${this.#t('finder.pagination')}>
        <button class="button" type="button" ?disabled=${page <= 1} @click=${() => this.#goToPage(page - 1)}>${this.#t('finder.prev')}</button>
        <button class="button" type="button" ?disabled=${page >= pages} @click=${() => this.#goToPage(page + 1)}>${this.#t('finder.next')}</button>
      </nav>` : nothing}`;
  }

  #marked(text: string, tokens: readonly string[]): TemplateResult[] {
    return highlight(text, tokens).map((s) => (s.match ? html`<mark part="match">${s.text}</mark>` : html`${s.text}`));
  }

  #renderItem(item: ResultItem, tokens: readonly string[]): TemplateResult {
    const classes = item.onlineClasses;
    const badge = classes.length
      ? classes.map((c) => this.#facetLabel('class', c)).join(' · ')
      : this.#t('finder.classOption', { name: this.msg('onlineClass.none'), old: this.#t('finder.level2') });
    return html`<li part="result" data-code=${item.code}>
      <h3><a part="result-link" href=${this.#href({ procedure: item.code })} @click=${(e: MouseEvent) => this.#open(e, item)}>${this.#marked(item.name, tokens)}</a></h3>
      <p class="meta muted"><span>${this.#marked(this.#t('finder.code', { code: item.code }), tokens)}</span><span>${item.field}</span><span>${item.agency}</span></p>
      <p><span part="badge" class="badge ${classes.length ? classes[0] : 'none'}">${badge}</span></p>
      ${item.description ? html`<p>${this.#marked(item.description, tokens)}</p>` : nothing}
    </li>`;
  }

  #renderEmpty(view: View): TemplateResult {
    const filtered = FACETS.some((f) => this.query[f]);
    return html`<div part="empty" class="notice empty">
      <p><strong>${this.query.q ? this.#t('finder.empty.query', { q: this.query.q }) : this.#t('finder.empty.filters')}</strong></p>
      ${this.query.q ? html`<p>${this.#t('finder.empty.tips')}</p>
        <ul>
          <li>${this.#t('finder.empty.spelling')}</li>
          <li>${this.#t('finder.empty.fewer')}</li>
          <li>${this.#t('finder.empty.code')}</li>
        </ul>` : nothing}
      <div class="actions">
        ${filtered && this.query.q ? html`<button class="button" type="button" @click=${this.#clearFilters}>${view.withoutFilters !== undefined
          ? this.#t('finder.empty.clearFiltersCount', { count: view.withoutFilters })
          : this.#t('finder.empty.clearFilters')}</button>` : nothing}
        <button class="button" type="button" @click=${this.#clearAll}>${this.#t('finder.empty.showAll')}</button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-procedure-finder': DvcProcedureFinder;
  }
}
