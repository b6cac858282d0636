// The <option>s of a <select>, made natively once per option list instead of one Lit template instance
// per option (a select of 60 provinces was 61 template clones). Later renders only move `selected`.
import { noChange, type ChildPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

const templates = new WeakMap<readonly string[], Map<string, HTMLTemplateElement>>();

/** The options of a list as a template, made once per list and placeholder (a clone is one native call). */
function optionsTemplate(labels: readonly string[], placeholder: string): HTMLTemplateElement {
  let byPlaceholder = templates.get(labels);
  if (!byPlaceholder) templates.set(labels, (byPlaceholder = new Map()));
  let template = byPlaceholder.get(placeholder);
  if (!template) {
    template = document.createElement('template');
    [placeholder, ...labels].forEach((text, i) => {
      const option = document.createElement('option');
      option.value = i === 0 ? '' : String(i - 1);
      option.textContent = text;
      template!.content.append(option);
    });
    byPlaceholder.set(placeholder, template);
  }
  return template;
}

class OptionsDirective extends Directive {
  #labels: readonly string[] | undefined;
  #placeholder: string | undefined;
  #options: HTMLOptionElement[] = [];
  #selected = -2;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('selectOptions() goes inside a <select>');
  }

  /** `labels[i]` becomes `<option value="i">`, after an empty `<option value="">placeholder`; `selected` is an index of `labels` or -1. */
  render(labels: readonly string[], placeholder: string, selected: number): unknown {
    void labels;
    void placeholder;
    void selected;
    return noChange;
  }

  override update(part: ChildPart, [labels, placeholder, selected]: [readonly string[], string, number]): unknown {
    if (labels !== this.#labels || placeholder !== this.#placeholder) {
      this.#labels = labels;
      this.#placeholder = placeholder;
      const fragment = (part.parentNode as Node).ownerDocument!.importNode(optionsTemplate(labels, placeholder).content, true);
      this.#options = [...fragment.children] as HTMLOptionElement[];
      this.#options[selected + 1]?.setAttribute('selected', '');
      this.#selected = selected;
      return fragment;
    }
    if (selected !== this.#selected) {
      this.#options[this.#selected + 1]?.removeAttribute('selected');
      this.#options[selected + 1]?.setAttribute('selected', '');
      this.#selected = selected;
    }
    return noChange;
  }
}

/** `<select>${selectOptions(labels, placeholder, selectedIndex)}</select>` */
export const selectOptions = directive(OptionsDirective);
