import { describe, expect, it } from 'vitest';
import { keepTermsTogether } from '../../../src/lib/keep-together';

const kept = (term: string) => `<span class="keep-together">${term}</span>`;

describe('keepTermsTogether', () => {
  it('keeps English words joined by hyphens whole, so a heading never ends a line on "self-"', () => {
    expect(keepTermsTogether('<h2>How the self-check scores: the 18-point band</h2>')).toBe(
      `<h2>How the ${kept('self-check')} scores: the ${kept('18-point')} band</h2>`,
    );
    expect(keepTermsTogether('<h3>Front-office and back-office work</h3>')).toBe(
      `<h3>${kept('Front-office')} and ${kept('back-office')} work</h3>`,
    );
    expect(keepTermsTogether('<h2>A well - placed dash - and a trailing-</h2>')).toBe(
      '<h2>A well - placed dash - and a trailing-</h2>',
    );
    expect(keepTermsTogether('<p>the self-check</p>')).toBe('<p>the self-check</p>');
  });

  it('changes only the text of headings and table header cells: not attributes, other elements or Thai', () => {
    const untouched = [
      '<p>a self-check</p>',
      '<title>self-check</title>',
      '<h4>self-check</h4>',
      '<h2 title="self-check">Front office</h2>',
      '<td>back-office</td>',
      '<h1>งานหน้าบ้านคืออะไร</h1>',
    ];
    for (const html of untouched) expect(keepTermsTogether(html)).toBe(html);
    expect(keepTermsTogether('<h2><span lang="th">งาน</span> self-check</h2>')).toBe(
      `<h2><span lang="th">งาน</span> ${kept('self-check')}</h2>`,
    );
    expect(keepTermsTogether('<table><tr><th scope="col">Back-office score</th></tr></table>')).toBe(
      `<table><tr><th scope="col">${kept('Back-office')} score</th></tr></table>`,
    );
  });

  it('leaves the headings a script draws as the script would draw them', () => {
    const island = '<h2 id="quiz-intro-heading" tabindex="-1" data-screen-heading="">The self-check</h2>';
    expect(keepTermsTogether(island)).toBe(island);
  });

  it('handles every heading of a page, and a page with none', () => {
    expect(keepTermsTogether('<h1>self-check</h1><p>x</p><h2>back-office</h2>')).toBe(
      `<h1>${kept('self-check')}</h1><p>x</p><h2>${kept('back-office')}</h2>`,
    );
    expect(keepTermsTogether('<p>no heading</p>')).toBe('<p>no heading</p>');
  });
});
