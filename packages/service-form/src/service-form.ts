import {
  BackendError, DvcElement, formatDateTime, isBackendError, newIdempotencyKey,
} from '@dvc/core';
import type {
  Address, DvcBackend, FormDefinition, OnlineClass, Profile, Receipt, ResultChannel,
} from '@dvc/core';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
// The order of the local imports below sets the order of the modules in a bundle, and with it how
// well gzip packs them (±200 B; the form has 8 B to spare under 60 KB): measure the size line of
// bench/form.bench.ts before reordering or adding one.
import { serviceFormStyles } from './service-form.styles.js';
import { DvcDossierSubmitEvent, DvcDossierSubmittedEvent, DvcDraftRestoredEvent } from './events.js';
import './dossier-receipt.js'; // the receipt it shows (defined by define.ts; no side effects here)
import { hasEnglish, loadEnglish } from './i18n/index.js';
import { serverIssues, submissionOf } from './internal/submission.js';
import { idOf } from './internal/ids.js';
import { messageKey, sameIssue } from './internal/messages.js';
import { parseInput } from './internal/parse.js';
import { Debouncer } from './internal/debounce.js';
import { draftKey, type Draft, type DraftStore } from './internal/draft-store.js';
import { leaf, type PartRegistry } from './internal/leaf-directive.js';
import {
  applyDefaults, clean, isObject, modelFor, isPresent, locate, prune, selectedAlternative, visibleLeaves, type FormModel,
} from './internal/model.js';
import { childPointer, getAt, isWithin, parentPointer, setAt } from './internal/pointer.js';
import { SchemaError, type FieldNode, type UiStep } from './internal/types.js';
import { isRequired, isVisible, signatures } from './internal/conditions.js';
import {
  compiledChecks, compiledChecksNow, loadCompiler, precompiledChecks, type FieldIssue, type FormChecks,
} from './internal/validation.js';
import { DraftController } from './draft-controller.js';
import { renderField } from './widgets/field.js';
import { renderArray } from './widgets/array.js';
import { renderChoice } from './widgets/choice.js';
import { html, ifDefined, nothing } from './lit.js';
import { renderGroup } from './widgets/group.js';
import { renderChannels } from './widgets/channels.js';
import { renderProgress } from './widgets/progress.js';
import { renderSummary } from './widgets/summary.js';
import type { TreeContext } from './widgets/context.js';
import { renderReview } from './review.js';
import { UploadController } from './upload-controller.js';

type Phase = 'idle' | 'loading' | 'load-error' | 'schema-error' | 'draft-offer' | 'form' | 'submitted';

interface LeafInfo {
  node: FieldNode;
  required: boolean;
  /** The part that renders it (an address widget renders three inputs). */
  part: string;
}

const TEXT_WIDGETS = new Set(['text', 'textarea', 'number', 'date']);
const FORM_CHECK_MS = 500;

/**
 * An application form generated from a JSON Schema (draft 2020-12 or draft-07) and a UI schema, in
 * Vietnamese or English: validation with Ajv and our own messages, error summary, steps with a
 * check-your-answers page, prefill from the citizen's profile, draft autosave, uploads with progress,
 * the result channel, and idempotent submission ending on the receipt.
 *
 * @tagname dvc-service-form
 * @summary Fill in and send an application for an administrative procedure online.
 *
 * @fires {DvcDossierSubmitEvent} dvc-dossier-submit - Before sending (cancelable); `detail.submission` is what will be sent.
 * @fires {DvcDossierSubmittedEvent} dvc-dossier-submitted - The server accepted the application; `detail.receipt`.
 * @fires {DvcDraftRestoredEvent} dvc-draft-restored - The citizen chose to continue a saved draft.
 *
 * @csspart base - The wrapper of everything.
 * @csspart summary - The error summary ("Có lỗi cần sửa").
 * @csspart progress - The step indicator.
 * @csspart step - One step in the step indicator.
 * @csspart field - One field (label, hint, message, input).
 * @csspart label - A field's label or legend.
 * @csspart hint - A field's help text.
 * @csspart error - A field's error message.
 * @csspart input - Text inputs, selects and text areas.
 * @csspart button - Every button.
 * @csspart submit - The button that sends the application.
 * @csspart dropzone - The area where a file can be dropped.
 * @csspart review - The check-your-answers list.
 *
 * @cssprop [--dvc-service-form-max-inline-size=40rem] - Maximum width of inputs.
 * @cssprop [--dvc-service-form-error-color=var(--dvc-color-danger, #b3261e)] - Colour of errors and the error summary.
 * @cssprop --dvc-color-brand - Buttons, the current step.
 * @cssprop --dvc-color-text - Text and input borders on focus.
 * @cssprop --dvc-color-border - Input borders.
 * @cssprop --dvc-color-surface-raised - Panels, the drop zone, the review list.
 * @cssprop --dvc-focus-ring-color - Keyboard focus ring.
 * @cssprop --dvc-target-size - Minimum size of buttons, radios and checkboxes.
 *
 * @cssstate loading - The form definition is loading.
 * @cssstate invalid - Errors are shown.
 * @cssstate submitting - The application is being sent.
 * @cssstate submitted - The receipt is shown.
 */
export class DvcServiceForm extends DvcElement {
  static override styles = [DvcElement.styles, serviceFormStyles];

  /** Procedure code (e.g. `1.001193`): the form definition, result channels and name come from the backend. */
  @property() procedure?: string;

  /** A specific form version (default: the latest). */
  @property({ attribute: 'form-version' }) formVersion?: string;

  /** A JSON Schema given directly (instead of `procedure`); Storybook and other backends use this. */
  @property({ attribute: false }) schema?: unknown;

  /** The UI schema for `.schema` (docs/ui-schema.md). */
  @property({ attribute: false }) uiSchema?: unknown;

  /** Initial data (e.g. an application to correct). */
  @property({ attribute: false }) data?: Record<string, unknown>;

  /** Profile to prefill from; without it, the backend profile is used when the page configured a token. */
  @property({ attribute: false }) prefill?: Profile;

  /** How the result may come back; default: the procedure's `resultChannels` (or online only). `[]`: no choice shown. */
  @property({ attribute: false }) resultChannels?: ResultChannel[];

  /** Where drafts are kept (default: IndexedDB, then localStorage). */
  @property({ attribute: false }) draftStore?: DraftStore;

  /** Do not keep a draft. */
  @property({ type: Boolean, attribute: 'no-autosave' }) noAutosave = false;

  /** Send from the last step without the check-your-answers page. */
  @property({ type: Boolean, attribute: 'no-review' }) noReview = false;

  /** Link of the "pay now" button on the receipt; `{code}` and `{secret}` become the dossier and lookup codes. */
  @property({ attribute: 'pay-href' }) payHref?: string;

  /**
   * Validate with the backend's precompiled validators (`DvcBackend.getFormValidators`), never with
   * Ajv's compiler, which needs `eval`: for pages under a strict Content-Security-Policy. When the
   * backend has none for the form, an error shows instead. Not set: `<dvc-config>`, then `configure()`.
   */
  @property({ type: Boolean, attribute: 'precompiled-validators' }) precompiledValidators?: boolean;

  #internals: ElementInternals | undefined;
  #phase: Phase = 'idle';
  #loadToken = 0;
  #problem: { title: string; text: string } | undefined;
  #definition: Pick<FormDefinition, 'procedureCode' | 'version' | 'title' | 'maxUploadBytes' | 'acceptedTypes'> | undefined;
  #onlineClasses: OnlineClass[] = [];
  #channels: ResultChannel[] = ['online'];
  #model: FormModel | undefined;
  /** How the answers are checked (set before the form shows). */
  #checks: FormChecks | undefined;
  /** Whether the last load used precompiled validators (a change of the setting loads again). */
  #loadedPrecompiled: boolean | undefined;
  #values: Record<string, unknown> = {};
  #texts = new Map<string, string>();
  #errors = new Map<string, FieldIssue>();
  #live = new Set<string>();
  #summary: FieldIssue[] = [];
  #summaryMessage: string | undefined;
  #page = 0;
  #choices = new Map<string, number>();
  readonly #uploader = new UploadController(this, {
    msg: (key, params) => this.msg(key, params),
    backend: () => this.#backend,
    limits: () => this.#definition,
    field: (pointer) => this.#leaves.get(pointer),
    refresh: (part) => this.#parts.get(part)?.refresh(),
    value: (pointer, value) => {
      this.#values = setAt(this.#values, pointer, value);
    },
    errors: this.#errors,
    live: this.#live,
    announce: (text) => {
      this.#announcement = text;
    },
    changed: () => this.#drafts.schedule(),
  });
  readonly #uploads = this.#uploader.uploads;
  readonly #prefilled = new Set<string>();
  #profile: Profile | undefined;
  #user = 'anonymous';
  #resultChannel: ResultChannel | undefined;
  #deliveryAddress: Record<string, unknown> = {};
  #idempotencyKey = newIdempotencyKey();
  #submitting = false;
  #receipt: Receipt | undefined;
  #itemKeys = new Map<string, number[]>();
  #nextItemKey = 1;
  #announcement = '';
  #parts: PartRegistry = new Map();
  #leaves = new Map<string, LeafInfo>();
  readonly #drafts = new DraftController(this, {
    active: () => !this.noAutosave && this.#phase === 'form',
    store: () => this.draftStore,
    key: () => this.#draftKey,
    snapshot: () => this.#snapshot(),
  });
  readonly #checker = new Debouncer(FORM_CHECK_MS, () => this.#formCheck());
  #focusAfterRender: string | undefined;
  /** What the widget templates read (the form's own maps, and callbacks into it). */
  readonly #ctx: TreeContext = {
    common: { optional: '', dateHint: '', select: '' },
    pageTitle: '',
    node: (...args) => this.#renderNode(...args),
    selected: (node, pointer) => selectedAlternative(node, getAt(this.#values, pointer), this.#model!.resolve, this.#choices.get(pointer)),
    keys: (...args) => this.#keysOf(...args),
    arrayOp: (...args) => this.#arrayOp(...args),
    language: () => this.language,
    msg: (key, params) => this.msg(key, params),
    message: (issue) => this.#message(issue),
    value: (pointer) => getAt(this.#values, pointer),
    delivery: () => this.#deliveryAddress,
    backend: () => this.#backend,
    requestUpdate: () => this.requestUpdate(),
    errors: this.#errors,
    typed: this.#texts,
    prefilled: this.#prefilled,
    uploader: this.#uploader,
  };

  constructor() {
    super();
    try {
      this.#internals = this.attachInternals();
    } catch {
      this.#internals = undefined;
    }
  }

  /** The current answers, hidden branches removed (what would be sent). */
  get value(): Record<string, unknown> {
    return this.#model ? prune(this.#model, this.#values, { choices: this.#choices }) : {};
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#checker.cancel();
    if (this.#prefixed && this.ownerDocument.title.startsWith(this.#prefixed)) {
      this.ownerDocument.title = this.ownerDocument.title.slice(this.#prefixed.length);
    }
    this.#prefixed = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.language === 'en' && !hasEnglish()) void loadEnglish().then(() => this.requestUpdate());
    // A change of the precompiled-validators setting loads again (not while detached: the settings of
    // `<dvc-config>` are gone then, and come back on reconnection).
    if (changed.has('procedure') || changed.has('formVersion') || changed.has('schema') || changed.has('uiSchema')
      || (this.isConnected && this.#loadedPrecompiled !== undefined && this.#loadedPrecompiled !== this.#precompiled)) {
      void this.#load();
    } else if (changed.has('data') && this.#model && this.#phase === 'form') {
      this.#resetValues(this.data);
    }
    if (changed.has('prefill') && this.prefill && this.#model && this.#phase === 'form') {
      this.#useProfile(this.prefill);
      this.#applyPrefill();
    }
  }

  protected override updated(): void {
    this.#syncStates();
    this.#titlePrefix();
    this.#focusNow();
  }

  #syncStates(): void {
    const states = this.#internals?.states;
    if (!states) return;
    const set = (name: string, on: boolean) => {
      try {
        if (on) states.add(name);
        else states.delete(name);
      } catch { /* old browsers without custom states */ }
    };
    set('loading', this.#phase === 'loading');
    set('invalid', this.#summary.length > 0);
    set('submitting', this.#submitting);
    set('submitted', this.#phase === 'submitted');
  }

  #focusNow(): void {
    if (this.#focusAfterRender) {
      const id = this.#focusAfterRender;
      this.#focusAfterRender = undefined;
      const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
      target?.focus();
      // A field comes to the middle of the screen, its label above it; headings and the summary are
      // at the top already (focus scrolled them into view).
      if (target && !['error-summary', 'page-heading', 'receipt'].includes(id)) target.scrollIntoView?.({ block: 'center' });
    }
  }

  #prefixed: string | undefined;

  /** While the error summary shows, the page title starts with "Lỗi: " (GOV.UK pattern; screen readers announce it). */
  #titlePrefix(): void {
    const doc = this.isConnected ? this.ownerDocument : undefined;
    if (!doc) return;
    const showing = this.#summary.length > 0 || this.#summaryMessage !== undefined;
    if (showing && this.#prefixed === undefined) {
      this.#prefixed = this.msg('serviceForm.titleErrorPrefix');
      if (!doc.title.startsWith(this.#prefixed)) doc.title = this.#prefixed + doc.title;
      else this.#prefixed = '';
    } else if (!showing && this.#prefixed !== undefined) {
      if (this.#prefixed && doc.title.startsWith(this.#prefixed)) doc.title = doc.title.slice(this.#prefixed.length);
      this.#prefixed = undefined;
    }
  }

  // ───────────────────────── loading ─────────────────────────

  get #backend(): DvcBackend | undefined {
    return this.config.backend;
  }

  /** The element's own setting › `<dvc-config>` › `configure()` › off. */
  get #precompiled(): boolean {
    return this.precompiledValidators ?? this.config.precompiledValidators;
  }

  async #load(): Promise<void> {
    const token = ++this.#loadToken;
    const stale = () => token !== this.#loadToken;
    this.#problem = undefined;
    this.#receipt = undefined;
    this.#model = undefined;
    this.#checks = undefined;
    this.#loadedPrecompiled = this.#precompiled;
    // Compiling here: the Ajv chunk downloads while the definition does (a failure shows when awaited).
    if (!this.#loadedPrecompiled && (this.schema !== undefined || this.procedure)) loadCompiler().catch(() => undefined);
    try {
      let schema = this.schema;
      let uiSchema = this.uiSchema;
      if (schema === undefined && this.procedure) {
        const backend = this.#backend;
        if (!backend) {
          this.#fail('load-error', this.msg('serviceForm.loadError'), this.msg('config.noBackend'));
          return;
        }
        this.#phase = 'loading';
        this.requestUpdate();
        const [definition, procedure] = await Promise.all([
          backend.getFormDefinition(this.procedure, this.formVersion),
          backend.getProcedure(this.procedure).catch(() => undefined),
        ]);
        if (stale()) return;
        schema = definition.schema;
        uiSchema = definition.uiSchema ?? {};
        this.#definition = definition;
        this.#onlineClasses = procedure?.onlineClasses ?? [];
        if (procedure?.resultChannels?.length) this.#channels = [...procedure.resultChannels];
      } else if (schema !== undefined) {
        const s = isObject(schema) ? schema : {};
        this.#definition = {
          procedureCode: this.procedure ?? String(s.$id ?? 'form'),
          version: this.formVersion ?? 'inline',
          title: typeof s.title === 'string' ? s.title : undefined,
        };
      } else {
        this.#phase = 'idle';
        this.requestUpdate();
        return;
      }
      if (this.resultChannels) this.#channels = [...this.resultChannels];
      this.#model = modelFor(schema, uiSchema);
      // The validators load alongside the profile and the draft; the form waits for them (checks are synchronous).
      const checks = this.#checksFor(this.#model);
      if (checks instanceof Promise) checks.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
      // Nothing to wait for (an inline schema, no token to fetch a profile with, no draft to look up):
      // the form is ready within this very update, with no "loading" render before it.
      if (this.#needsProfile) {
        this.#phase = 'loading';
        await this.#loadProfile();
        if (stale()) return;
      } else {
        this.#useProfile(this.prefill);
      }
      this.#resetValues(this.data);
      this.#page = 0;
      this.#drafts.offer = undefined;
      if (!this.noAutosave) {
        this.#phase = 'loading';
        const draft = await this.#drafts.find();
        if (stale()) return;
        this.#drafts.offer = draft;
      }
      let ready: FormChecks | undefined;
      if (checks instanceof Promise) {
        this.#phase = 'loading';
        this.requestUpdate();
        ready = await checks;
        if (stale()) return;
      } else {
        ready = checks;
      }
      if (!ready) {
        this.#fail('schema-error', this.msg('serviceForm.schemaError'), this.msg('serviceForm.schemaError.noValidators'));
        return;
      }
      this.#checks = ready;
      this.#phase = this.#drafts.offer ? 'draft-offer' : 'form';
      this.#compileSoon(token);
      this.requestUpdate();
    } catch (error) {
      if (stale()) return;
      if (error instanceof SchemaError) {
        this.#fail('schema-error', this.msg('serviceForm.schemaError'), this.msg(`serviceForm.schemaError.${error.code}`));
      } else if (isBackendError(error)) {
        this.#fail('load-error', this.msg('serviceForm.loadError'), this.msg(error.messageKey));
      } else {
        this.#fail('schema-error', this.msg('serviceForm.schemaError'), this.msg('serviceForm.schemaError.malformed'));
      }
    }
  }

  #fail(phase: Phase, title: string, text: string): void {
    this.#phase = phase;
    this.#problem = { title, text };
    this.#model = undefined;
    this.#checks = undefined;
    this.requestUpdate();
  }

  /**
   * How the form will check its answers: precompiled by the backend, or compiled here by Ajv, whose
   * chunk loads on first use (at once when an earlier form loaded it). Undefined: the backend has no
   * precompiled validators for this form.
   */
  #checksFor(model: FormModel): FormChecks | Promise<FormChecks | undefined> {
    const key = this.#versionKey;
    if (this.#precompiled) return this.#precompiledChecks();
    return compiledChecksNow(model, key) ?? compiledChecks(model, key).catch((cause: unknown) => {
      throw new BackendError(`Ajv compiler: ${String(cause)}`, { kind: 'network', cause });
    });
  }

  async #precompiledChecks(): Promise<FormChecks | undefined> {
    const backend = this.#backend;
    const definition = this.#definition;
    // Only a version the backend knows has precompiled validators (an inline schema has none).
    if (!backend?.getFormValidators || !definition || !this.#versionKey) return undefined;
    try {
      const { validate } = await backend.getFormValidators(definition.procedureCode, definition.version);
      return precompiledChecks(validate);
    } catch (error) {
      if (isBackendError(error) && error.status === 404) return undefined;
      throw error;
    }
  }

  /** A profile must be fetched: none given, and the page configured a token. */
  get #needsProfile(): boolean {
    return !this.prefill && !!this.#backend && !!this.config.token;
  }

  #useProfile(profile: Profile | undefined): void {
    this.#profile = profile;
    this.#user = profile?.citizenId ?? 'anonymous';
  }

  async #loadProfile(): Promise<void> {
    let profile: Profile | undefined;
    try {
      const token = await this.config.token!();
      if (token) profile = await this.#backend!.getProfile();
    } catch {
      profile = undefined; // not signed in (401) or the profile is unavailable: no prefill
    }
    this.#useProfile(profile);
  }

  get #draftKey(): string {
    return draftKey(this.#definition?.procedureCode ?? 'form', this.#definition?.version ?? 'inline', this.#user);
  }

  #resetValues(initial: Record<string, unknown> | undefined): void {
    const model = this.#model!;
    this.#values = (applyDefaults(model.root, initial ? structuredClone(initial) : {}) ?? {}) as Record<string, unknown>;
    this.#texts.clear();
    this.#errors.clear();
    this.#live.clear();
    this.#summary = [];
    this.#choices.clear();
    this.#uploads.clear();
    this.#itemKeys.clear();
    this.#prefilled.clear();
    this.#idempotencyKey = newIdempotencyKey();
    this.#resultChannel = this.#channels.length === 1 ? this.#channels[0] : undefined;
    this.#deliveryAddress = {};
    this.#applyPrefill();
  }

  #applyPrefill(): void {
    const profile = this.#profile;
    const model = this.#model;
    if (!profile || !model) return;
    for (const [pointer, ui] of Object.entries(model.ui.fields ?? {})) {
      if (!ui.prefill || pointer.includes('/*')) continue;
      const value = (profile as Record<string, unknown>)[ui.prefill];
      if (value === undefined || isPresent(getAt(this.#values, pointer))) continue;
      if (!locate(model, pointer)) continue;
      this.#values = setAt(this.#values, pointer, structuredClone(value));
      this.#prefilled.add(pointer);
    }
    if (profile.address && !isPresent(this.#deliveryAddress)) this.#deliveryAddress = { ...profile.address };
    this.requestUpdate();
  }

  // ───────────────────────── drafts ─────────────────────────

  /** What the draft keeps (when a save runs). */
  #snapshot(): Draft | undefined {
    if (!this.#model) return undefined;
    const uploads: Record<string, { id: string; name: string; size: number }> = {};
    for (const [p, u] of this.#uploads) if (u.status === 'done' && u.id) uploads[p] = { id: u.id, name: u.name, size: u.size };
    return {
      data: structuredClone(this.#values),
      idempotencyKey: this.#idempotencyKey,
      step: this.#page,
      savedAt: new Date().toISOString(),
      choices: Object.fromEntries(this.#choices),
      uploads,
      resultChannel: this.#resultChannel,
      deliveryAddress: clean(this.#deliveryAddress) as Address | undefined,
      prefilled: [...this.#prefilled],
    };
  }

  #continueDraft(): void {
    const draft = this.#drafts.offer;
    if (!draft) return;
    this.#drafts.offer = undefined;
    this.#values = structuredClone(draft.data);
    this.#idempotencyKey = draft.idempotencyKey;
    this.#choices = new Map(Object.entries(draft.choices ?? {}));
    this.#uploads.clear();
    for (const [p, u] of Object.entries(draft.uploads ?? {})) this.#uploads.set(p, { status: 'done', loaded: u.size, ...u });
    this.#prefilled.clear();
    for (const p of draft.prefilled ?? []) this.#prefilled.add(p);
    if (draft.resultChannel && this.#channels.includes(draft.resultChannel)) this.#resultChannel = draft.resultChannel;
    if (draft.deliveryAddress) this.#deliveryAddress = { ...draft.deliveryAddress };
    this.#page = Math.min(Math.max(0, draft.step | 0), this.#pageCount - 1);
    this.#phase = 'form';
    this.#announcement = this.msg('serviceForm.draftRestored');
    this.#focusAfterRender = 'page-heading';
    this.requestUpdate();
    this.dispatchEvent(new DvcDraftRestoredEvent({
      procedureCode: this.#definition!.procedureCode, formVersion: this.#definition!.version, savedAt: draft.savedAt,
    }));
  }

  #discardDraft(): void {
    this.#drafts.offer = undefined;
    void this.#drafts.delete();
    this.#phase = 'form';
    this.#focusAfterRender = 'page-heading';
    this.requestUpdate();
  }

  // ───────────────────────── pages ─────────────────────────


  /** The form's pages: the UI schema's steps (fields no step lists go on the last), or one page. */
  get #pages(): UiStep[] {
    const model = this.#model!;
    const topLevel = (model.root.children ?? []).map((c) => c.path);
    if (!model.steps.length) {
      return [{ id: 'form', title: this.#definition?.title || model.root.label || this.msg('serviceForm.formTitle'), fields: topLevel }];
    }
    const listed = model.steps.flatMap((s) => s.fields);
    const rest = topLevel.filter((p) => !listed.some((l) => isWithin(p, l) || isWithin(l, p)));
    return model.steps.map((s, i) => (i === model.steps.length - 1 && rest.length ? { ...s, fields: [...s.fields, ...rest] } : s));
  }

  /** Whether the field at a concrete pointer is shown (its conditional ancestors allow it). */
  #isVisible(pointer: string): boolean {
    return isVisible(this.#model!, this.#values, pointer);
  }

  get #pageCount(): number {
    return this.#pages.length + (this.noReview ? 0 : 1);
  }

  get #onReview(): boolean {
    return !this.noReview && this.#page === this.#pages.length;
  }



  /** Validates everything (hidden branches pruned) with Ajv; returns one issue per pointer. */
  /**
   * A version names a schema only when it comes from the backend (or the page says which it is); an
   * inline schema is cached by object, so two different inline schemas never share a validator.
   */
  get #versionKey(): string | undefined {
    const versioned = this.#definition && (this.schema === undefined || this.formVersion);
    return versioned ? `${this.#definition!.procedureCode}@${this.#definition!.version}` : undefined;
  }

  /**
   * Compiles the validator right after the first render (never before it): a schema Ajv refuses (a
   * broken `pattern`, a bad keyword value) then shows the malformed-schema state instead of failing
   * on the citizen's first keystroke. Precompiled validators have nothing left to do.
   */
  #compileSoon(token: number): void {
    setTimeout(() => {
      if (token !== this.#loadToken || !this.#model || !this.#checks) return;
      try {
        this.#checks.prepare();
      } catch {
        this.#fail('schema-error', this.msg('serviceForm.schemaError'), this.msg('serviceForm.schemaError.malformed'));
      }
    }, 0);
  }

  #validateAll(): FieldIssue[] {
    const model = this.#model!;
    const data = prune(model, this.#values, { choices: this.#choices });
    // A version names a schema only when it comes from the backend (or the page says which it is);
    // an inline schema is cached by object, so two different inline schemas never share a validator.
    const issues = this.#checks!.all(data);
    for (const [pointer, upload] of this.#uploads) {
      if (upload.status === 'uploading' && this.#isVisible(pointer)) {
        issues.push({ pointer, key: 'validation.required.file', params: {} });
      }
    }
    return issues;
  }


  #pageOf(pointer: string): number {
    const pages = this.#pages;
    const index = pages.findIndex((p) => p.fields.some((f) => isWithin(pointer, f)));
    return index < 0 ? pages.length - 1 : index;
  }

  #channelIssues(): FieldIssue[] {
    if (!this.#channels.length) return [];
    if (!this.#resultChannel) return [{ pointer: '#resultChannel', key: 'validation.required.choose', params: {} }];
    if (this.#resultChannel !== 'post') return [];
    return ['provinceCode', 'communeCode', 'street']
      .filter((k) => !isPresent(this.#deliveryAddress[k]))
      .map((k) => ({ pointer: `#deliveryAddress/${k}`, key: k === 'street' ? 'validation.required' : 'validation.required.choose', params: {} }));
  }

  /**
   * Shows `issues`, the summary on top, and moves focus to it. On the same page (`cleared`: the fields
   * whose errors were just dropped) only the summary and the fields concerned re-render; otherwise the
   * whole form does.
   */
  #showIssues(issues: FieldIssue[], message?: string, cleared?: readonly string[]): void {
    this.#summary = this.#inDocumentOrder(issues);
    this.#summaryMessage = message;
    for (const issue of issues) {
      this.#errors.set(issue.pointer, issue);
      this.#live.add(issue.pointer);
    }
    this.#focusAfterRender = 'error-summary';
    const parts = cleared && [...cleared, ...issues.map((i) => i.pointer)].map((p) => this.#leaves.get(p)?.part);
    const patchable = parts && !this.isUpdatePending && this.#parts.has('#summary') && parts.every((p) => p !== undefined && this.#parts.has(p));
    if (!patchable) {
      this.requestUpdate();
      return;
    }
    for (const part of new Set(parts)) this.#parts.get(part!)!.refresh();
    this.#parts.get('#summary')!.refresh();
    this.#syncStates();
    this.#titlePrefix();
    this.#focusNow();
  }


  /** Issues sorted as the fields appear on the pages (what the error summary lists). */
  #inDocumentOrder(issues: FieldIssue[]): FieldIssue[] {
    const model = this.#model;
    if (!model || issues.length < 2) return issues;
    const order = new Map<string, number>();
    for (const page of this.#pages) {
      for (const pointer of page.fields) {
        const found = locate(model, pointer);
        if (!found) continue;
        for (const { node, pointer: p } of visibleLeaves(model, found.node, getAt(this.#values, pointer), pointer, this.#choices)) {
          order.set(p, order.size);
          if (node.widget === 'address') for (const c of node.children ?? []) order.set(childPointer(p, c.key), order.size);
        }
      }
    }
    const rank = (p: string) => order.get(p) ?? (p.startsWith('#') ? Infinity : order.size);
    return [...issues].sort((a, b) => rank(a.pointer) - rank(b.pointer));
  }

  #next(): void {
    const page = this.#pages[this.#page];
    const onLast = this.#page === this.#pages.length - 1;
    const issues = this.#validateAll().filter((i) => page.fields.some((f) => isWithin(i.pointer, f)));
    if (onLast) issues.push(...this.#channelIssues());
    const cleared = [...this.#errors.keys()].filter((p) => p.startsWith('#') ? onLast : page.fields.some((f) => isWithin(p, f)));
    for (const p of cleared) this.#errors.delete(p);
    if (issues.length) {
      this.#showIssues(issues, undefined, cleared);
      return;
    }
    this.#summary = [];
    this.#summaryMessage = undefined;
    if (onLast && this.noReview) {
      void this.#submit();
      return;
    }
    this.#goTo(this.#page + 1);
  }

  #goTo(page: number, focus = 'page-heading'): void {
    this.#page = page;
    this.#focusAfterRender = focus;
    this.#drafts.schedule();
    this.requestUpdate();
  }

  #back(): void {
    this.#summary = [];
    this.#goTo(Math.max(0, this.#page - 1));
  }

  #change(pointer: string): void {
    this.#summary = [];
    this.#goTo(pointer.startsWith('#') ? this.#pages.length - 1 : this.#pageOf(pointer), idOf(pointer));
  }

  // ───────────────────────── submit ─────────────────────────

  async #submit(): Promise<void> {
    if (this.#submitting || !this.#model || !this.#definition) return;
    const issues = [...this.#validateAll(), ...this.#channelIssues()];
    if (issues.length) {
      const first = issues[0].pointer;
      this.#page = first.startsWith('#') ? this.#pages.length - 1 : this.#pageOf(first);
      const page = this.#pages[this.#page];
      this.#showIssues(issues.filter((i) => (i.pointer.startsWith('#') ? this.#page === this.#pages.length - 1 : page.fields.some((f) => isWithin(i.pointer, f)))));
      return;
    }
    const submission = submissionOf(
      this.#definition, this.#model, prune(this.#model, this.#values, { choices: this.#choices }), this.#resultChannel ?? this.#channels[0] ?? 'online',
      this.#uploads, (p) => this.#isVisible(p), this.#deliveryAddress,
    );

    if (!this.dispatchEvent(new DvcDossierSubmitEvent({ submission: structuredClone(submission) }))) return;
    const backend = this.#backend;
    if (!backend) {
      this.#showIssues([], this.msg('config.noBackend'));
      return;
    }
    if (globalThis.navigator?.onLine === false) {
      this.#drafts.flush();
      this.#showIssues([], this.msg('serviceForm.offline'));
      return;
    }
    this.#submitting = true;
    this.#summary = [];
    this.#summaryMessage = undefined;
    this.requestUpdate();
    this.#drafts.flush();
    try {
      const receipt = await backend.submitDossier(submission, this.#idempotencyKey);
      this.#receipt = receipt;
      this.#phase = 'submitted';
      this.#drafts.cancel();
      await this.#drafts.delete();
      this.#focusAfterRender = 'receipt';
      this.dispatchEvent(new DvcDossierSubmittedEvent({ receipt: structuredClone(receipt) }));
    } catch (error) {
      this.#handleSubmitError(error);
    } finally {
      this.#submitting = false;
      this.requestUpdate();
    }
  }

  #handleSubmitError(error: unknown): void {
    const e = isBackendError(error) ? error : new BackendError(String(error), { kind: 'network', cause: error });
    if (e.kind === 'network') {
      this.#showIssues([], this.msg('serviceForm.offline'));
      return;
    }
    const mapped = serverIssues(e.fieldErrors, this.#uploads);
    if (mapped.length) {
      const first = mapped[0].pointer;
      this.#page = first.startsWith('#') ? this.#pages.length - 1 : this.#pageOf(first);
      this.#showIssues(mapped, this.msg('serviceForm.submitFailed', { reason: this.msg(e.messageKey) }));
      return;
    }
    this.#showIssues([], this.msg('serviceForm.submitFailed', { reason: this.msg(e.messageKey) }));
  }

  // ───────────────────────── editing ─────────────────────────

  #labelOf(pointer: string): string {
    if (pointer === '#resultChannel') return this.msg('serviceForm.resultChannel');
    if (pointer.startsWith('#deliveryAddress/')) {
      const k = pointer.slice('#deliveryAddress/'.length);
      return this.msg(k === 'provinceCode' ? 'serviceForm.province' : k === 'communeCode' ? 'serviceForm.commune' : 'serviceForm.street');
    }
    return (this.#model && locate(this.#model, pointer)?.label) || pointer;
  }

  #message(issue: FieldIssue): string {
    return this.msg(messageKey(this.#model, issue), { label: this.#labelOf(issue.pointer), limit: 1, ...issue.params });
  }

  readonly #onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (!(input instanceof HTMLElement) || !input.name || input.type === 'file') return;
    if (input.dataset.scope === 'choice') {
      this.#choices.set(input.name.replace(/#alternative$/, ''), Number(input.value));
      this.#drafts.schedule();
      this.requestUpdate();
      return;
    }
    if (input.dataset.scope === 'submission') {
      this.#onSubmissionInput(input);
      return;
    }
    const info = this.#leaves.get(input.name);
    if (!info) return;
    const pointer = input.name;
    if (TEXT_WIDGETS.has(info.node.widget)) this.#texts.set(pointer, input.value);
    const structural = signatures(this.#model!, this.#values, this.#choices, pointer);
    this.#values = setAt(this.#values, pointer, parseInput(info.node, input, () => this.renderRoot.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${CSS.escape(input.name)}"]`)));
    if (info.node.widget === 'address' || input.dataset.address === 'province') {
      setAt(this.#values, childPointer(parentPointer(pointer), 'communeCode'), undefined);
    }
    const wasPrefilled = [this.#prefilled.delete(pointer), this.#prefilled.delete(info.part)].includes(true);
    const before = this.#errors.get(pointer);
    if (this.#live.has(pointer) || (event.type === 'change' && this.#errors.has(pointer))) this.#checkField(pointer, info);
    if (structural !== signatures(this.#model!, this.#values, this.#choices, pointer) || input.dataset.address === 'province') this.requestUpdate();
    // A text box shows what was typed already: it re-renders only when its message or mark changes.
    else if (!TEXT_WIDGETS.has(info.node.widget) || wasPrefilled || !sameIssue(before, this.#errors.get(pointer))) this.#parts.get(info.part)?.refresh();
    if (this.#live.size > 0) this.#scheduleFormCheck();
    this.#drafts.schedule();
  };

  readonly #onBlur = (event: FocusEvent): void => {
    const input = event.target as HTMLInputElement;
    if (!(input instanceof HTMLElement) || !input.name) return;
    // Moving between the radios or checkboxes of one group is not leaving the field.
    const next = event.relatedTarget as HTMLInputElement | null;
    if (next && next.name === input.name) return;
    const info = this.#leaves.get(input.name);
    if (!info || info.node.widget === 'file') return;
    this.#checkField(input.name, info);
    this.#parts.get(info.part)?.refresh();
  };

  /** Checks one field: required, then its value (compiled: its own schema; precompiled: the whole form's verdict there). */
  #checkField(pointer: string, info: LeafInfo): void {
    const value = getAt(this.#values, pointer);
    let issue: FieldIssue | undefined;
    const empty = !isPresent(value) || (info.node.widget === 'checkbox' && info.required && value === false && info.node.schema.const === true);
    if (empty) {
      if (info.required && this.#isVisible(pointer)) issue = { pointer, key: 'validation.required', params: {} };
    } else if (info.node.widget !== 'checkboxes' || Array.isArray(value)) {
      issue = this.#checks!.leaf(info.node, pointer, value, () => prune(this.#model!, this.#values, { choices: this.#choices }));
    }
    if (issue) {
      this.#errors.set(pointer, issue);
      this.#live.add(pointer);
    } else {
      this.#errors.delete(pointer);
    }
  }

  /** Re-checks the fields that show an error against the whole schema (cross-field rules), debounced. */
  #scheduleFormCheck(): void {
    this.#checker.touch();
  }

  #formCheck(): void {
    if (!this.#model || this.#phase !== 'form') return;
    const issues = new Map(this.#validateAll().map((i) => [i.pointer, i]));
    for (const pointer of [...this.#errors.keys()]) {
      if (pointer.startsWith('#')) continue;
      const now = issues.get(pointer);
      const before = this.#errors.get(pointer);
      if (now?.key === before?.key) continue;
      if (now) this.#errors.set(pointer, now);
      else this.#errors.delete(pointer);
      const part = this.#leaves.get(pointer)?.part;
      if (part) this.#parts.get(part)?.refresh();
    }
  }


  #onSubmissionInput(input: HTMLInputElement): void {
    if (input.name === '#resultChannel') {
      this.#resultChannel = input.value as ResultChannel;
      this.#errors.delete('#resultChannel');
    } else {
      const key = input.name.slice('#deliveryAddress/'.length);
      this.#deliveryAddress = { ...this.#deliveryAddress, [key]: input.value || undefined };
      if (key === 'provinceCode') delete this.#deliveryAddress.communeCode;
      if (input.value) this.#errors.delete(input.name);
    }
    this.#drafts.schedule();
    this.requestUpdate();
  }

  // ───────────────────────── arrays ─────────────────────────

  #keysOf(pointer: string, length: number): number[] {
    let keys = this.#itemKeys.get(pointer);
    if (!keys || keys.length !== length) {
      keys = Array.from({ length }, (_, i) => keys?.[i] ?? this.#nextItemKey++);
      this.#itemKeys.set(pointer, keys);
    }
    return keys;
  }

  #arrayOp(pointer: string, node: FieldNode, op: 'add' | 'remove' | 'up' | 'down', index = 0): void {
    const list = [...((getAt(this.#values, pointer) as unknown[] | undefined) ?? [])];
    const keys = [...this.#keysOf(pointer, list.length)];
    const itemLabel = node.item!.label;
    let focus: string;
    if (op === 'add') {
      list.push(applyDefaults(node.item!, undefined) ?? (node.item!.type === 'object' ? {} : undefined));
      keys.push(this.#nextItemKey++);
      focus = `${idOf(childPointer(pointer, list.length - 1))}-legend`;
      this.#announcement = this.msg('serviceForm.itemAdded', { label: `${itemLabel} ${list.length}` });
    } else if (op === 'remove') {
      list.splice(index, 1);
      keys.splice(index, 1);
      focus = `${idOf(pointer)}-add`;
      this.#announcement = this.msg('serviceForm.itemRemoved', { label: `${itemLabel} ${index + 1}` });
    } else {
      const to = op === 'up' ? index - 1 : index + 1;
      if (to < 0 || to >= list.length) return;
      [list[index], list[to]] = [list[to], list[index]];
      [keys[index], keys[to]] = [keys[to], keys[index]];
      focus = `${idOf(childPointer(pointer, to))}-legend`;
      this.#announcement = this.msg('serviceForm.itemMoved', { label: `${itemLabel} ${index + 1}`, position: to + 1 });
    }
    // Errors, texts and uploads of items live under indexed pointers: they no longer match.
    for (const map of [this.#errors, this.#texts, this.#uploads] as Map<string, unknown>[]) {
      for (const p of [...map.keys()]) if (isWithin(p, pointer) && p !== pointer) map.delete(p);
    }
    this.#values = setAt(this.#values, pointer, list);
    this.#itemKeys.set(pointer, keys);
    this.#focusAfterRender = focus;
    this.#drafts.schedule();
    this.requestUpdate();
  }

  // ───────────────────────── rendering ─────────────────────────

  protected override render(): TemplateResult {
    return html`<div part="base" class="base">
      <div class="visually-hidden" role="status" aria-live="polite">${this.#announcement}</div>
      ${this.#renderPhase()}
    </div>`;
  }

  #renderPhase(): unknown {
    switch (this.#phase) {
      case 'idle':
        return html`<p class="notice">${this.msg('serviceForm.noForm')}</p>`;
      case 'loading':
        return html`<p class="notice" role="status">${this.msg('serviceForm.loading')}</p>`;
      case 'load-error':
      case 'schema-error':
        return html`<div class="problem" role="alert" part="error">
          <h2 class="problem__title">${this.#problem?.title}</h2>
          <p>${this.#problem?.text}</p>
          ${this.#phase === 'load-error' && this.procedure
            ? html`<button type="button" part="button" class="button button--secondary" @click=${() => void this.#load()}>${this.msg('common.retry')}</button>`
            : nothing}
        </div>`;
      case 'draft-offer':
        return html`<section class="panel" aria-labelledby="draft-title">
          <h2 id="draft-title" tabindex="-1">${this.msg('serviceForm.draftFound')}</h2>
          <p>${this.msg('serviceForm.draftSaved', { time: formatDateTime(this.#drafts.offer!.savedAt) })}</p>
          <div class="actions">
            <button type="button" part="button" class="button" data-action="continue-draft" @click=${this.#continueDraft}>${this.msg('serviceForm.draftContinue')}</button>
            <button type="button" part="button" class="button button--secondary" data-action="discard-draft" @click=${this.#discardDraft}>${this.msg('serviceForm.draftDiscard')}</button>
          </div>
        </section>`;
      case 'submitted':
        return html`<dvc-dossier-receipt id="receipt" tabindex="-1" .receipt=${this.#receipt} .messages=${this.messages}
          online-class=${ifDefined(this.#onlineClasses.includes('full') ? 'full' : this.#onlineClasses[0])}
          pay-href=${ifDefined(this.payHref)}></dvc-dossier-receipt>`;
      case 'form':
        return this.#renderForm();
    }
  }

  #renderForm(): TemplateResult {
    this.#leaves.clear();
    this.#ctx.common = { optional: ` ${this.msg('common.optional')}`, dateHint: this.msg('serviceForm.dateHint'), select: this.msg('serviceForm.select') };
    const pages = this.#pages;
    const total = this.#pageCount;
    const review = this.#onReview;
    const page = pages[this.#page];
    const title = review ? this.msg('serviceForm.review') : page.title;
    this.#ctx.pageTitle = title;
    return html`
      ${total > 1 ? renderProgress(this.#ctx, [...pages.map((p) => p.title), ...(this.noReview ? [] : [this.msg('serviceForm.review')])], this.#page) : nothing}
      ${leaf('#summary', this.#parts, () => renderSummary(this.#ctx, this.#summary, this.#summaryMessage, (e, p) => this.#jump(e, p)))}
      <form novalidate @submit=${this.#onFormSubmit} @input=${this.#onInput} @change=${this.#onInput} @focusout=${this.#onBlur}
        aria-labelledby="page-heading">
        <h2 id="page-heading" class="page-heading" tabindex="-1">
          ${total > 1 ? html`<span class="caption">${this.msg('serviceForm.step', { current: this.#page + 1, total })}</span>` : nothing}
          ${title}
        </h2>
        ${review ? renderReview(this.#ctx, {
          model: this.#model!, language: this.language, choices: this.#choices, channels: this.#channels, channel: this.#resultChannel,
          visible: (p) => this.#isVisible(p), change: (p) => this.#change(p),
        }, pages) : html`
          ${page.description ? html`<p class="hint">${page.description}</p>` : nothing}
          ${this.#renderFields(page.fields)}
          ${this.#page === pages.length - 1 ? renderChannels(this.#ctx, this.#channels, this.#resultChannel) : nothing}`}
        <div class="actions">
          ${review || this.#page === pages.length - 1 && this.noReview
            ? html`<button type="submit" part="button submit" class="button" ?disabled=${this.#submitting} aria-disabled=${this.#submitting ? 'true' : 'false'}>
                ${this.#submitting ? this.msg('serviceForm.submitting') : this.msg('serviceForm.submit')}</button>`
            : html`<button type="submit" part="button" class="button">${this.#page === pages.length - 1 ? this.msg('serviceForm.toReview') : this.msg('serviceForm.next')}</button>`}
          ${this.#page > 0 ? html`<button type="button" part="button" class="button button--secondary" @click=${this.#back}>${this.msg('serviceForm.back')}</button>` : nothing}
        </div>
      </form>`;
  }

  /** The page's fields, all in this render (one synchronous pass is cheaper than slices). */
  #renderFields(pointers: string[]): unknown[] {
    return pointers.map((pointer) => this.#renderAt(pointer));
  }

  readonly #onFormSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.#onReview) void this.#submit();
    else this.#next();
  };

  #jump(event: Event, pointer: string): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(idOf(pointer))}`);
    if (target) {
      target.scrollIntoView?.({ block: 'center' });
      target.focus();
    } else {
      this.#change(pointer);
    }
  }

  #renderAt(pointer: string): unknown {
    const model = this.#model!;
    const found = locate(model, pointer);
    if (!found || !this.#isVisible(pointer)) return nothing;
    return this.#renderNode(found.node, pointer, isRequired(this.#model!, this.#values, pointer), found.label);
  }

  #renderNode(node: FieldNode, pointer: string, required: boolean, label = node.label): unknown {
    if (node.kind === 'object') return node.widget === 'address' ? this.#renderLeafPart(node, pointer, required, label) : renderGroup(this.#ctx, node, pointer, required, label);
    if (node.kind === 'array') return renderArray(this.#ctx, node, pointer, required, label);
    if (node.kind === 'choice') return renderChoice(this.#ctx, node, pointer, required, label);
    if (node.widget === 'hidden') return nothing;
    return this.#renderLeafPart(node, pointer, required, label);
  }

  #renderLeafPart(node: FieldNode, pointer: string, required: boolean, label: string): unknown {
    if (node.kind === 'object') {
      for (const child of node.children ?? []) this.#leaves.set(childPointer(pointer, child.key), { node: child, required: node.required && child.required, part: pointer });
    }
    this.#leaves.set(pointer, { node, required, part: pointer });
    return leaf(pointer, this.#parts, (previous) => renderField(this.#ctx, node, pointer, required, label, previous));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-service-form': DvcServiceForm;
  }
}
