// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearPerson,
  endFairMode,
  fairResultKeys,
  startFairMode,
  type FairMode,
  type FairResultWords,
} from '../../../src/stores/fair';
import { keptResultCode, resultAddressFor } from '../../../src/stores/fair-result';

const words = Object.fromEntries(fairResultKeys.map((key) => [key, key])) as FairResultWords;
const mode: FairMode = { startIndex: 1, words: { th: words }, fairUrls: { th: '/th/fair/' } };
const codes = fc.stringMatching(/^[0-9A-Z]{5,40}$/u);

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => vi.restoreAllMocks());

describe("a job-fair visitor's result code", () => {
  it('outside job-fair mode, stays in the link, and nothing is kept', () => {
    fc.assert(
      fc.property(codes, fc.constantFrom('/th/result/', '/career/check/en/result/'), (code, page) => {
        expect(resultAddressFor(`${page}#${code}`)).toBe(`${page}#${code}`);
        expect(keptResultCode()).toBeUndefined();
        expect(sessionStorage.length).toBe(0);
      }),
    );
  });

  it('in job-fair mode, leaves the address and is kept for the result page of this tab', () => {
    startFairMode(mode);
    fc.assert(
      fc.property(codes, fc.constantFrom('/th/result/', '/career/check/en/result/'), (code, page) => {
        const address = resultAddressFor(`${page}#${code}`);
        expect(address).toBe(page);
        expect(keptResultCode()).toBe(code);
      }),
    );
  });

  it('goes with "Next person", a new start of the fair page, and the end of the mode', () => {
    for (const forget of [clearPerson, () => startFairMode(mode), endFairMode]) {
      startFairMode(mode);
      resultAddressFor('/th/result/#1GNF71BFK84YBW0WT0BV9VFPZJ9R');
      expect(keptResultCode()).toBe('1GNF71BFK84YBW0WT0BV9VFPZJ9R');
      forget();
      expect(keptResultCode()).toBeUndefined();
      expect(JSON.stringify({ ...sessionStorage })).not.toContain('1GNF71BFK84YBW0WT0BV9VFPZJ9R');
    }
  });

  it('stays in the link when storage refuses it, so the visitor still sees their result', () => {
    startFairMode(mode);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(resultAddressFor('/th/result/#1A2B3C4D5E')).toBe('/th/result/#1A2B3C4D5E');
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(resultAddressFor('/th/result/#1A2B3C4D5E')).toBe('/th/result/#1A2B3C4D5E');
    expect(keptResultCode()).toBeUndefined();
  });
});
