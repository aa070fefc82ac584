import { describe, expect, it } from 'vitest';
import { islandPropsJson } from '../../../src/lib/island-props';
import { lineShareUrl } from '../../../src/lib/share';

describe('lineShareUrl', () => {
  it('opens LINE’s share screen with the message and the link, the fragment kept inside the text', () => {
    const url = lineShareUrl('ผลของฉัน:', 'https://example.org/th/result/#1A2B3');
    expect(url.startsWith('https://line.me/R/share?text=')).toBe(true);
    const text = new URL(url).searchParams.get('text');
    expect(text).toBe('ผลของฉัน:\nhttps://example.org/th/result/#1A2B3');
    // The fragment is part of the text, not of LINE's own address.
    expect(new URL(url).hash).toBe('');
  });
});

describe('islandPropsJson', () => {
  it('can never close the script element it is written into', () => {
    const json = islandPropsJson({ text: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>' });
  });
});
