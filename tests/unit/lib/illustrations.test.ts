import { describe, expect, it } from 'vitest';
import { illustrationUrl, jobPictureFile, svgSize } from '../../../src/lib/illustrations';

describe('svgSize', () => {
  it('reads width and height from the root element, else from the viewBox', () => {
    expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 400" width="300" height="200">')).toEqual({
      width: 300,
      height: 200,
    });
    expect(svgSize('<svg viewBox="0 0 96 96"><rect width="10" height="10"/></svg>')).toEqual({ width: 96, height: 96 });
    expect(svgSize('<?xml version="1.0"?>\n<svg viewBox="0,0,64,48">')).toEqual({ width: 64, height: 48 });
  });

  it('refuses a file whose size it cannot tell, so a picture never goes out without width and height', () => {
    expect(() => svgSize('<svg><rect width="10" height="10"/></svg>')).toThrow(/viewBox/u);
    expect(() => svgSize('<svg viewBox="0 0 600">')).toThrow(/viewBox/u);
    expect(() => svgSize('<png>')).toThrow(/not an SVG/u);
  });
});

describe('picture addresses', () => {
  it('carry the base path, with or without its last slash', () => {
    expect(illustrationUrl('/', 'overview.svg')).toBe('/illustrations/overview.svg');
    expect(illustrationUrl('/career/check/', 'overview.svg')).toBe('/career/check/illustrations/overview.svg');
    expect(illustrationUrl('/career/check', 'overview.svg')).toBe('/career/check/illustrations/overview.svg');
  });

  it('name a job picture after the job', () => {
    expect(jobPictureFile('hr-administrator')).toBe('job-hr-administrator.svg');
  });
});
