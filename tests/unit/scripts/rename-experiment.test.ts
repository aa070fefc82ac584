import { describe, expect, it } from 'vitest';
import { rewriteImports } from '../../../scripts/rename-experiment.mjs';

const renamed = new Map([
  ['/p/src/lib/answers.ts', '/p/src/lib/renamed-answers.ts'],
  ['/p/src/stores/quiz.ts', '/p/src/stores/renamed-quiz.ts'],
  ['/p/src/lib/qr-code.ts', '/p/src/lib/renamed-qr-code.ts'],
]);

describe('rewriteImports', () => {
  it('follows a renamed module from any folder, written with or without its extension', () => {
    const code = [
      "import { isAnswer } from './answers';",
      "import type { AnswerValue } from '../lib/answers.ts';",
      "import { $quiz } from '../../stores/quiz';",
    ].join('\n');
    expect(rewriteImports(code, '/p/src/lib/scoring.ts', renamed).split('\n')[0]).toBe(
      "import { isAnswer } from './renamed-answers';",
    );
    expect(rewriteImports(code, '/p/src/stores/groups.ts', renamed).split('\n')[1]).toBe(
      "import type { AnswerValue } from '../lib/renamed-answers.ts';",
    );
    expect(rewriteImports(code, '/p/src/components/quiz/QuizApp.svelte', renamed).split('\n')[2]).toBe(
      "import { $quiz } from '../../stores/renamed-quiz';",
    );
  });

  it('follows an on-demand import() too, and leaves packages and unrenamed modules alone', () => {
    const code = `const { qrCodeSvg } = await import("../../lib/qr-code");\nimport { atom } from 'nanostores';\nimport { fillTemplate } from '../../lib/i18n';`;
    expect(rewriteImports(code, '/p/src/components/result/ShareResult.astro', renamed)).toBe(
      `const { qrCodeSvg } = await import("../../lib/renamed-qr-code");\nimport { atom } from 'nanostores';\nimport { fillTemplate } from '../../lib/i18n';`,
    );
  });
});
