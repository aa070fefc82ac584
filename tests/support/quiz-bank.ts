// The real question bank and skills model, read and validated the way the build reads them.
import { z } from 'astro/zod';
import { toScoringItem, type BankItem, type BankPath, type BankSkill } from '../../src/lib/quiz-bank';
import type { AnswerValue, ScoringItem } from '../../src/lib/scoring';
import { pathSchema, questionSchema, releasedBankSchema, skillSchema } from '../../src/schemas/quiz';
import { readYaml } from './content-files';

export const bankItems: BankItem[] = z.array(questionSchema).parse(readYaml('quiz/questions.yaml'));
export const bankSkills: BankSkill[] = z.array(skillSchema).parse(readYaml('quiz/skills.yaml'));
export const bankPaths: BankPath[] = z.array(pathSchema).parse(readYaml('quiz/paths.yaml'));
export const scoringItems: ScoringItem[] = bankItems.map(toScoringItem);

/** The bank released on 2026-11-26 (28 questions), kept so that links made with it still open. */
export const releasedBank20261126 = releasedBankSchema.parse(readYaml('quiz/archive/0d1b8e00.yaml'));

/** The bank released on 2026-11-28 (33 questions), in use until bank 3 replaced four of its tasks and four self-ratings. */
export const releasedBank20261128 = releasedBankSchema.parse(readYaml('quiz/archive/579c4367.yaml'));

/**
 * Answers of someone who clearly leans one way: high on that side's preferences, the task of that side in every
 * scenario, and low on the other side's preferences. Self-ratings vary (so the answers are never all alike).
 * `strength` 2 answers 5/1, strength 1 answers 4/2.
 */
export function leaningAnswers(path: 'front' | 'back', strength: 1 | 2 = 2): Record<string, AnswerValue> {
  const high = (3 + strength) as AnswerValue;
  const low = (3 - strength) as AnswerValue;
  return Object.fromEntries(
    scoringItems.map((item, index) => {
      if (item.kind === 'scenario') return [item.id, item.a.path === path ? low : high];
      if (item.kind === 'self-rating') return [item.id, ([2, 4, 3, 5, 1] as const)[index % 5] ?? 3];
      return [item.id, item.path === path ? high : low];
    }),
  );
}
