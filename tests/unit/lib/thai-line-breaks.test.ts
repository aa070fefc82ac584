import { describe, expect, it } from 'vitest';
import { createThaiLineBreaker, joinThaiWordsInHtml, wordJoiner } from '../../../src/lib/thai-line-breaks';
import { thaiWordsKeptWhole } from '../../../src/integrations/finish-html';
import { thaiWordsSchema } from '../../../src/schemas/thai-words';

const siteBreaker = createThaiLineBreaker(thaiWordsKeptWhole(new URL('../../../content/', import.meta.url)));
const noWords = createThaiLineBreaker(['งาน']);

/** The text as lines may break it: "|" wherever a break is allowed. */
function breaksOf(text: string, breaker = siteBreaker): string {
  const { allowed } = breaker.plan(text);
  return [...text].reduce((shown, letter, at) => shown + (allowed.includes(at) ? '|' : '') + letter, '');
}

describe('where a Thai line may break', () => {
  it('never splits a loanword the dictionary does not know, so no line starts with a final consonant or mark', () => {
    expect(breaksOf('เช็กเอาต์ให้แขก')).not.toMatch(/เช็ก\|?เอา\|ต์/u);
    expect(breaksOf('เช็กเอาต์ให้แขก')).toContain('เช็กเอาต์');
    expect(breaksOf('ซื้อคอมพิวเตอร์ตัวใหม่')).toContain('คอมพิวเตอร์');
    expect(breaksOf('คำว่าฟรอนต์ออฟฟิศ')).toContain('ฟรอนต์');
    // No list needed for these: the spelling rules alone refuse the dictionary's guesses.
    expect(breaksOf('ก็จะเลือกได้', noWords)).toMatch(/^ก็\|/u);
    for (const text of ['เช็กเอาต์ให้แขก', 'ฟรอนต์', 'วิธีเช็กง่าย']) {
      const shown = breaksOf(text, noWords);
      expect(shown, text).not.toMatch(/\|[\u0E30-\u0E3A\u0E45-\u0E4E]/u);
      expect(shown, text).not.toMatch(/\|[\u0E01-\u0E2E][\u0E01-\u0E2E]?\u0E4C/u);
      expect(shown, text).not.toMatch(/(?:[\u0E40-\u0E44]|\u0E47)\|/u);
      expect(shown, text).not.toMatch(/(^|\|)[\u0E01-\u0E2E]\|/u);
    }
  });

  it('keeps the compounds a reader takes as one word whole, and still breaks between words', () => {
    const cases: [string, string][] = [
      ['คำตอบของคุณ', 'คำตอบ'],
      ['ความรับผิดชอบสูง', 'ความรับผิดชอบ'],
      ['งานหลากหลาย', 'หลากหลาย'],
      ['ส่งให้ผู้แนะแนวดู', 'ผู้แนะแนว'],
      ['กดแสดงคิวอาร์โค้ด', 'คิวอาร์โค้ด'],
      ['เรียกคนถัดไป', 'คนถัดไป'],
      ['งานหลังบ้าน?', 'งานหลังบ้าน'],
      ['ตารางคำนวณเงินเดือน', 'ตารางคำนวณ'],
    ];
    for (const [text, word] of cases) {
      const shown = breaksOf(text);
      expect(shown, text).toContain(word);
      expect(shown, text).toContain('|');
    }
    expect(breaksOf('ทักษะที่ควรพัฒนาต่อไปคือการสื่อสารกับลูกค้า').split('|').length).toBeGreaterThan(6);
  });

  it('puts a word joiner wherever the dictionary would break inside a kept word, and nowhere else', () => {
    const joined = siteBreaker.join('ส่งคำตอบให้ผู้แนะแนว');
    expect(joined.replaceAll(wordJoiner, '')).toBe('ส่งคำตอบให้ผู้แนะแนว');
    expect(joined).toContain(`คำ${wordJoiner}ตอบ`);
    expect(joined).toContain(`ผู้${wordJoiner}แนะแนว`);
    expect(joined).not.toContain(`ส่ง${wordJoiner}`);
    expect(siteBreaker.join(joined)).toBe(joined);
    expect(siteBreaker.join('The self-check, 18 points')).toBe('The self-check, 18 points');
  });

  it('binds ๆ to the word before it, so no line starts with it', () => {
    expect(siteBreaker.join('ง่าย ๆ ครับ')).toBe('ง่าย\u00A0ๆ ครับ');
  });

  it('keeps a range of numbers whole, so no line ends on "5–"', () => {
    expect(siteBreaker.join('ประมาณ 5–10 นาที')).toBe(`ประมาณ 5–${wordJoiner}10 นาที`);
    expect(siteBreaker.join('5–10 minutes, A–B')).toBe(`5–${wordJoiner}10 minutes, A–B`);
  });
});

describe('joinThaiWordsInHtml', () => {
  const html = (text: string) => joinThaiWordsInHtml(text, siteBreaker);

  it('keeps a word whole across the inline tags inside it, but not across blocks', () => {
    expect(html('<p>ส่งให้<strong>ผู้</strong>แนะแนว</p>')).toBe(`<p>ส่งให้<strong>ผู้</strong>${wordJoiner}แนะแนว</p>`);
    expect(html('<li>ผู้</li><li>แนะแนว</li>')).toBe('<li>ผู้</li><li>แนะแนว</li>');
  });

  it('joins the words of the data scripts write from, and of the attributes they read, but not the shared message', () => {
    expect(html('<script type="application/json" id="d">{"next":"คนถัดไป"}</script>')).toBe(
      `<script type="application/json" id="d">{"next":"คน${wordJoiner}ถัด${wordJoiner}ไป"}</script>`,
    );
    expect(html('<p data-copied="ส่งคำตอบแล้ว" data-message="คำตอบของฉัน">x</p>')).toBe(
      `<p data-copied="ส่งคำ${wordJoiner}ตอบแล้ว" data-message="คำตอบของฉัน">x</p>`,
    );
  });

  it('leaves code, styles, the title, and labels for screen readers and search engines alone', () => {
    const untouched = [
      '<script>const a = "คำตอบ";</script>',
      '<style>.a::after { content: "คำตอบ"; }</style>',
      '<title>คำตอบ</title>',
      '<meta name="description" content="คำตอบของคุณ">',
      '<button aria-label="คำตอบ" title="คำตอบ">x</button>',
      '<pre>คำตอบ</pre>',
    ];
    for (const page of untouched) expect(html(page)).toBe(page);
  });

  it('changes nothing on a page that is already joined', () => {
    const page = '<h1>ผลคำตอบของคุณ</h1><p>งาน<a href="/th/">หน้าบ้าน</a>คือ</p>';
    expect(html(html(page))).toBe(html(page));
  });
});

describe('the list of Thai words kept whole (content/thai-words.yaml)', () => {
  it('holds the words a designer found split, and every Thai term of the terminology list', () => {
    const words = thaiWordsKeptWhole(new URL('../../../content/', import.meta.url));
    for (const word of ['เช็กเอาต์', 'ฟรอนต์', 'คอมพิวเตอร์', 'คิวอาร์โค้ด', 'คำตอบ', 'ผู้แนะแนว', 'คนถัดไป'])
      expect(words).toContain(word);
    expect(words).toContain('ตารางคำนวณ');
  });

  it('fails the build on a word with a space, a word in another script, or a word listed twice', () => {
    expect(thaiWordsSchema.safeParse(['คำตอบ']).success).toBe(true);
    expect(thaiWordsSchema.safeParse(['คำ ตอบ']).success).toBe(false);
    expect(thaiWordsSchema.safeParse(['front']).success).toBe(false);
    expect(thaiWordsSchema.safeParse(['ก']).success).toBe(false);
    expect(thaiWordsSchema.safeParse(['คำตอบ', 'คำตอบ']).success).toBe(false);
    expect(thaiWordsSchema.safeParse([]).success).toBe(false);
  });
});
