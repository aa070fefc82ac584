// Markup a script repeats comes from its component's <template>: each copy is fresh, its parts are found by name,
// and a template or part that is not there is a mistake in the code, said with its name.
import { beforeEach, describe, expect, it } from 'vitest';
import { fromTemplate, partOf } from '../../src/components/dom-template';

beforeEach(() => {
  document.body.innerHTML = `
    <section data-root>
      <template data-template="person"><tr data-astro-cid-x><th data-part="code"></th><td data-part="label"></td></tr></template>
    </section>`;
});

describe('fromTemplate', () => {
  it('gives a fresh copy of the template, with the component’s scope, each time', () => {
    const root = document.querySelector('[data-root]') as HTMLElement;
    const first = fromTemplate<HTMLTableRowElement>(root, 'person');
    partOf(first, 'code').textContent = '1ABCD';
    const second = fromTemplate<HTMLTableRowElement>(root, 'person');
    expect(first.tagName).toBe('TR');
    expect(first.hasAttribute('data-astro-cid-x')).toBe(true);
    expect(partOf(second, 'code').textContent).toBe('');
    expect(first).not.toBe(second);
  });

  it('says which template or part is missing', () => {
    const root = document.querySelector('[data-root]') as HTMLElement;
    expect(() => fromTemplate(root, 'nobody')).toThrow('"nobody"');
    expect(() => partOf(fromTemplate(root, 'person'), 'name')).toThrow('"name"');
  });
});
