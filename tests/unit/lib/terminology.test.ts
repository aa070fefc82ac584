import { describe, expect, it } from 'vitest';
import { findAvoidedTerms } from '../../../src/lib/terminology';

const terms = [
  { concept: 'supplier', avoid: { th: ['ผู้ขายสินค้า'], en: ['vendor', 'vendors'] } },
  { concept: 'front-office', avoid: { th: [], en: ['front of house'] } },
];

describe('findAvoidedTerms', () => {
  it('finds a Thai variant inside running Thai text, with no spaces around it', () => {
    expect(findAvoidedTerms('โทรหาผู้ขายสินค้าทุกวัน', terms)).toEqual([{ concept: 'supplier', variant: 'ผู้ขายสินค้า' }]);
  });

  it('finds an English variant as a whole word or phrase, in any case', () => {
    expect(findAvoidedTerms('Vendors call. Work at the Front of House.', terms)).toEqual([
      { concept: 'supplier', variant: 'vendors' },
      { concept: 'front-office', variant: 'front of house' },
    ]);
  });

  it('does not find an English variant inside a longer word', () => {
    expect(findAvoidedTerms('The vendoring tool; a revendor.', terms)).toEqual([]);
  });

  it('finds nothing in text that keeps to the list', () => {
    expect(findAvoidedTerms('โทรหาผู้ขาย แล้วเขียนอีเมลถึงผู้ขาย. Call the supplier.', terms)).toEqual([]);
  });
});
