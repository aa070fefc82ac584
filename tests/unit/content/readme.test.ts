import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeResultCode } from '../../../src/lib/result-code';
import { bankItems } from '../../support/quiz-bank';

const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');

describe('the README', () => {
  it('gives the length of a result code of today’s question bank', () => {
    const ids = bankItems.map((item) => item.id);
    // Every answer the same or all different: the length depends on the number of questions only.
    const lengths = new Set(
      ([1, 3, 5] as const).map(
        (answer) => encodeResultCode('any', ids, Object.fromEntries(ids.map((id) => [id, answer]))).length,
      ),
    );
    expect(lengths.size).toBe(1);
    const stated = /The code, (\d+) characters of/u.exec(readme)?.[1];
    expect(Number(stated)).toBe([...lengths][0]);
  });

  it('gives the number of questions in today’s bank', () => {
    const stated = /hold a (\d+)-question self-check/u.exec(readme)?.[1];
    expect(Number(stated)).toBe(bankItems.length);
  });
});
