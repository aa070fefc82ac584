import { describe, expect, it } from 'vitest';
import { keepTermsTogether } from '../../../src/lib/keep-together';

const kept = (term: string) => `<span class="keep-together">${term}</span>`;

describe('keepTermsTogether', () => {
  it('keeps each key term of a Thai heading whole, the longest term first', () => {
    expect(keepTermsTogether('<h1>ใบงานแบบประเมิน: งานหน้าบ้านหรืองานหลังบ้าน?</h1>')).toBe(
      `<h1>ใบงาน${kept('แบบประเมิน')}: ${kept('งานหน้าบ้าน')}หรือ${kept('งานหลังบ้าน')}?</h1>`,
    );
    expect(keepTermsTogether('<h2 id="a">หน้าบ้านหรือหลังบ้าน?</h2>')).toBe(
      `<h2 id="a">${kept('หน้าบ้าน')}หรือ${kept('หลังบ้าน')}?</h2>`,
    );
    expect(keepTermsTogether('<h3>สำหรับผู้แนะแนวอาชีพ</h3>')).toBe(`<h3>สำหรับ${kept('ผู้แนะแนว')}อาชีพ</h3>`);
  });

  it('changes only the text of headings: not attributes, other elements or English', () => {
    const untouched = [
      '<p>งานหน้าบ้านคืออะไร</p>',
      '<title>งานหน้าบ้าน</title>',
      '<h4>งานหน้าบ้าน</h4>',
      '<h2 title="งานหน้าบ้าน">Front office</h2>',
      '<header><a class="site-name">หน้าบ้านหรือหลังบ้าน?</a></header>',
    ];
    for (const html of untouched) expect(keepTermsTogether(html)).toBe(html);
    expect(keepTermsTogether('<h2><span lang="en">Front office</span> งานหน้าบ้าน</h2>')).toBe(
      `<h2><span lang="en">Front office</span> ${kept('งานหน้าบ้าน')}</h2>`,
    );
  });

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

  it('keeps key terms whole in table header cells too, but not in data cells', () => {
    expect(keepTermsTogether('<table><thead><tr><th scope="col">คะแนนหน้าบ้าน</th></tr></thead></table>')).toBe(
      `<table><thead><tr><th scope="col">คะแนน${kept('หน้าบ้าน')}</th></tr></thead></table>`,
    );
    expect(keepTermsTogether('<td>งานหน้าบ้าน</td>')).toBe('<td>งานหน้าบ้าน</td>');
  });

  it('leaves the headings a script draws as the script would draw them', () => {
    const island = '<h2 id="quiz-intro-heading" tabindex="-1" data-screen-heading="">แบบประเมิน</h2>';
    expect(keepTermsTogether(island)).toBe(island);
  });

  it('handles every heading of a page, and a page with none', () => {
    expect(keepTermsTogether('<h1>หน้าบ้าน</h1><p>x</p><h2>หลังบ้าน</h2>')).toBe(
      `<h1>${kept('หน้าบ้าน')}</h1><p>x</p><h2>${kept('หลังบ้าน')}</h2>`,
    );
    expect(keepTermsTogether('<p>ไม่มีหัวข้อ</p>')).toBe('<p>ไม่มีหัวข้อ</p>');
  });
});
