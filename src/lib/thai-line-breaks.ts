/**
 * Thai is written without spaces between words, so a browser finds line breaks with ICU's dictionary. That dictionary
 * splits compounds a Thai reader takes as one word ("ผู้ | แนะแนว", "คำ | ตอบ") and guesses wrong on loanwords it does
 * not know, leaving a final consonant or a mark at the start of a line ("เช็กเอา | ต์", "ฟ | รอนต์"). CSS cannot
 * forbid a break inside Thai (word-break: keep-all leaves Thai alone), so the site decides where a break may fall at
 * build time and puts U+2060 WORD JOINER wherever the dictionary would break inside a word: an invisible character
 * every browser honours, in HTML, in the data a script writes from, and in print; find-in-page ignores it.
 *
 * The segmenter is ICU's own (Intl.Segmenter, the dictionary Chromium uses), corrected by the spelling rules below and
 * by the site's list of words kept whole (content/thai-words.yaml). A range of numbers ("5–10") is kept whole too.
 * Pure: src/integrations/finish-html.ts runs it on every built page.
 */

import { keepRepeatMarkAttached } from './i18n';

export const wordJoiner = '\u2060';

const thaiRun = /[\u0E00-\u0E7F]+/gu;
const consonant = /[\u0E01-\u0E2E]/u;
/** เ แ โ ใ ไ: written before the consonant they follow in speech, so never the last letter before a break. */
const leadingVowel = /[\u0E40-\u0E44]/u;
/** Vowels and marks that sit after, above or below a consonant (and ๆ), so never the first letter of a line. */
const attachedMark = /[\u0E30-\u0E3A\u0E45-\u0E4E]/u;
/** ็ after เ or แ and a consonant ("เช็"): the final consonant is still to come. (ก็ is a word of its own.) */
const maiTaikhu = '\u0E47';
/** A consonant (perhaps two, perhaps with a mark) silenced by ์: the end of the syllable before it ("ต์", "ทร์"). */
const silencedStart = /^[\u0E01-\u0E2E](?:[\u0E01-\u0E2E]|[\u0E34-\u0E38])?\u0E4C/u;

/** Where a line may break in Thai text, and where it must not. Built once per list of words kept whole. */
export interface ThaiLineBreaker {
  /**
   * The positions inside one run of Thai letters where ICU would break and a break is allowed, and those where ICU
   * would break but a word or listed compound would be split.
   */
  plan(run: string): { allowed: number[]; joined: number[] };
  /**
   * The text with a word joiner at every joined position of every Thai run and after the dash of a range of numbers,
   * and ๆ bound to the word before it.
   */
  join(text: string): string;
  /** The pieces a line may not break inside: the text split at spaces and wherever a Thai line may break. */
  units(text: string): string[];
}

/**
 * @param keptWhole Thai words never split across lines, as found anywhere in a run (compounds and loanwords).
 * @example createThaiLineBreaker(['ผู้แนะแนว']).join('ส่งให้ผู้แนะแนว') // 'ส่ง' + 'ให้' + 'ผู้\u2060แนะแนว' as one string
 */
export function createThaiLineBreaker(keptWhole: readonly string[]): ThaiLineBreaker {
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  const kept = [...new Set(keptWhole)].filter((word) => word.length > 1);

  function splitsAWord(run: string, at: number, segmentBefore: string): boolean {
    const before = run[at - 1] ?? '';
    const after = run.slice(at);
    return (
      leadingVowel.test(before) ||
      (before === maiTaikhu && leadingVowel.test(run[at - 3] ?? '')) ||
      attachedMark.test(after[0] ?? '') ||
      silencedStart.test(after) ||
      (segmentBefore.length === 1 && consonant.test(segmentBefore))
    );
  }

  function plan(run: string): { allowed: number[]; joined: number[] } {
    const insideKept = new Set<number>();
    for (const word of kept) {
      for (let start = run.indexOf(word); start !== -1; start = run.indexOf(word, start + 1)) {
        for (let at = start + 1; at < start + word.length; at += 1) insideKept.add(at);
      }
    }
    const allowed: number[] = [];
    const joined: number[] = [];
    let segmentStart = 0;
    for (const { index } of segmenter.segment(run)) {
      if (index > 0) {
        const isJoined = insideKept.has(index) || splitsAWord(run, index, run.slice(segmentStart, index));
        (isJoined ? joined : allowed).push(index);
      }
      segmentStart = index;
    }
    return { allowed, joined };
  }

  function joinRun(run: string): string {
    const { joined } = plan(run);
    let result = '';
    let from = 0;
    for (const at of joined) {
      result += run.slice(from, at) + wordJoiner;
      from = at;
    }
    return result + run.slice(from);
  }

  function units(text: string): string[] {
    return text
      .replaceAll(wordJoiner, '')
      .split(/\s+/u)
      .flatMap((piece) => {
        const cuts = [...piece.matchAll(thaiRun)].flatMap((run) => plan(run[0]).allowed.map((at) => at + run.index));
        return [0, ...cuts].map((from, n) => piece.slice(from, cuts[n] ?? piece.length));
      })
      .filter((unit) => unit !== '');
  }

  return {
    plan,
    units,
    join: (text) =>
      keepRepeatMarkAttached(text)
        .replaceAll(wordJoiner, '')
        .replace(/(\d)–(?=\d)/gu, `$1–${wordJoiner}`)
        .replace(thaiRun, joinRun),
  };
}

/** Elements whose text runs on across their tags: a word may start in one and end in the next ("<b>งาน</b>หน้าบ้าน"). */
const inlineTags = new Set(
  'a abbr b bdi bdo cite data dfn em i kbd label mark q s samp small span strong sub sup time u var'.split(' '),
);
/** Elements whose text is not laid out as lines of the page, or is code. */
const skippedTags = new Set(['script', 'style', 'title', 'textarea', 'pre', 'code', 'template']);
/** Attributes a script writes into the page as text. data-message is left alone: it is the text a person shares. */
const writtenAttribute = /(\s(?:data-(?!message=)[\w-]+|placeholder)=")([^"]*)"/gu;

/**
 * Runs the breaker over the text of a built page: every run of text, across inline tags, so a word split by
 * `<strong>` is still kept whole; the attributes scripts write from; and `<script type="application/json">` data,
 * so text a script writes at run time is kept whole too. Other scripts, styles, the title and code are left alone.
 * @example joinThaiWordsInHtml('<p>ส่งให้<b>ผู้</b>แนะแนว</p>', createThaiLineBreaker(['ผู้แนะแนว']))
 * // '<p>ส่งให้<b>ผู้</b>\u2060แนะแนว</p>'
 */
export function joinThaiWordsInHtml(html: string, breaker: ThaiLineBreaker): string {
  const tokens = html.match(/<!--[\s\S]*?-->|<[^>]*>|[^<]+/gu) ?? [];
  let line: number[] = [];
  let skipped: { name: string; isData: boolean } | undefined;

  function joinLine(): void {
    const texts = line.map((index) => (tokens[index] ?? '').replaceAll(wordJoiner, ''));
    const joined = breaker.join(texts.join(''));
    let from = 0;
    line.forEach((index, n) => {
      const length = (texts[n] ?? '').length;
      let to = from;
      for (let kept = 0; kept < length; to += 1) if (joined[to] !== wordJoiner) kept += 1;
      tokens[index] = joined.slice(from, to);
      from = to;
    });
    line = [];
  }

  tokens.forEach((token, index) => {
    if (skipped !== undefined) {
      if (token.toLowerCase().startsWith(`</${skipped.name}`)) skipped = undefined;
      else if (skipped.isData && !token.startsWith('<')) tokens[index] = breaker.join(token);
      return;
    }
    if (!token.startsWith('<')) {
      line.push(index);
      return;
    }
    if (token.startsWith('<!--')) return;
    const name = /^<\/?([a-z][\w-]*)/iu.exec(token)?.[1]?.toLowerCase() ?? '';
    if (!inlineTags.has(name)) joinLine();
    tokens[index] = token.replace(
      writtenAttribute,
      (_all, start: string, value: string) => `${start}${breaker.join(value)}"`,
    );
    if (skippedTags.has(name) && !token.startsWith('</') && !token.endsWith('/>')) {
      skipped = { name, isData: name === 'script' && /\stype="application\/json"/u.test(token) };
    }
  });
  joinLine();
  return tokens.join('');
}
