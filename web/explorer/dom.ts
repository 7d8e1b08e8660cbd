/**
 * Small DOM helpers for the explorer page: elements, labelled native controls (keyboard
 * accessible as they are), and number formatting.
 */

type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** An element with attributes and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(...children);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`explorer: no element #${id}`);
  return node as T;
}

/** A number for display: 4 significant digits, no exponent for ordinary sizes. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e5 || magnitude < 1e-4) return value.toExponential(2);
  return String(Number(value.toPrecision(4)));
}

export interface SliderSpec {
  readonly id: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly value: number;
  /** Shown under the label (the option's documentation). */
  readonly hint?: string;
}

/** A labelled range input with a live `<output>`; `onInput` gets the number. */
export function slider(spec: SliderSpec, onInput: (value: number) => void): HTMLElement {
  const input = el('input', { type: 'range', id: spec.id, min: spec.min, max: spec.max, step: spec.step, value: spec.value });
  const output = el('output', { for: spec.id, id: `${spec.id}-value` }, formatNumber(spec.value));
  input.addEventListener('input', () => {
    const value = Number(input.value);
    output.textContent = formatNumber(value);
    onInput(value);
  });
  const label = el('label', { for: spec.id }, spec.label);
  const wrap = el('div', { class: 'control' }, label, input, output);
  if (spec.hint) wrap.append(el('small', {}, spec.hint));
  return wrap;
}

/** A labelled checkbox. */
export function checkbox(id: string, label: string, checked: boolean, onChange: (checked: boolean) => void, hint?: string): HTMLElement {
  const input = el('input', { type: 'checkbox', id, checked });
  input.addEventListener('change', () => onChange(input.checked));
  const wrap = el('div', { class: 'control check' }, input, el('label', { for: id }, label));
  if (hint) wrap.append(el('small', {}, hint));
  return wrap;
}

/** A labelled select of [value, text] pairs, optionally grouped. */
export function select(id: string, label: string, groups: ReadonlyArray<{ readonly label?: string; readonly options: ReadonlyArray<readonly [string, string]> }>, value: string, onChange: (value: string) => void, hint?: string): HTMLElement {
  const control = el('select', { id });
  for (const group of groups) {
    const options = group.options.map(([v, text]) => el('option', { value: v, selected: v === value }, text));
    if (group.label) control.append(el('optgroup', { label: group.label }, ...options));
    else control.append(...options);
  }
  control.addEventListener('change', () => onChange(control.value));
  const wrap = el('div', { class: 'control' }, el('label', { for: id }, label), control);
  if (hint) wrap.append(el('small', {}, hint));
  return wrap;
}

/** Replaces an element's content with SVG/HTML markup built by the chart kit (trusted: built here). */
export function setMarkup(node: Element, markup: string): void {
  node.innerHTML = markup;
}
