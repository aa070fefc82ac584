/**
 * Every question bank ever released, so that a result link, once sent, opens for ever: a code names its bank by a
 * tag of the bank's version, and is read and scored with that bank's own items under today's rules. Pure.
 */
import type { Answers } from './answers';
import { decodeResultCode, type ResultCodeProblem } from './result-code';
import type { ScoringItem } from './scoring';

/** A bank as the result page carries it: its version and what scoring needs of its items. */
export interface ScoringBank {
  version: string;
  items: ScoringItem[];
}

export type OpenedResult =
  { ok: true; answers: Answers; bank: ScoringBank; earlier: boolean } | { ok: false; problem: ResultCodeProblem };

/**
 * Reads a result code with whichever released bank made it. `banks` starts with today's bank; a code made with any
 * later entry opens as `earlier`. A code no released bank made (a newer site's, or a forged one) is refused as
 * "other-questions"; every other problem (cut short, mistyped…) does not depend on the bank and is said at once.
 * @example openResultCode('1E0T6-WKAY7-…', [today, released20261126]) // { ok: true, bank: released20261126, earlier: true, … }
 */
export function openResultCode(code: string, banks: readonly ScoringBank[]): OpenedResult {
  for (const [index, bank] of banks.entries()) {
    const decoded = decodeResultCode(
      code,
      bank.version,
      bank.items.map((item) => item.id),
    );
    if (decoded.ok) return { ok: true, answers: decoded.answers, bank, earlier: index > 0 };
    if (decoded.problem !== 'other-questions') return decoded;
  }
  return { ok: false, problem: 'other-questions' };
}
