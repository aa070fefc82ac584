import { describe, expect, it } from 'vitest';
import { previewImageSize, previewImageSvg } from '../../../src/lib/preview-image';

const text = {
  title: 'หน้าบ้านหรือหลังบ้าน?',
  tagline: 'Tom & Jerry <b>',
  lead: 'A free self-check',
  front: 'Front office',
  back: 'Back office',
};

describe('previewImageSvg', () => {
  it('is a 1200 × 630 picture with every line of text in it, escaped', () => {
    const svg = previewImageSvg(text);
    expect(previewImageSize).toEqual({ width: 1200, height: 630 });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/u);
    for (const line of ['หน้าบ้านหรือหลังบ้าน?', 'Tom &amp; Jerry &lt;b&gt;', 'A free self-check', 'Front office'])
      expect(svg).toContain(`>${line}</text>`);
    expect(svg).not.toContain('<b>');
  });
});
