#!/usr/bin/env node
// How sound the question banks are, measured: simulated people with a known true lean take the self-check twice
// (src/lib/bank-soundness.ts states the model). Prints today's bank (content/quiz/questions.yaml) beside every
// released bank of content/quiz/archive/, newest first; with --write, also writes today's figures to
// content/quiz/soundness.json for the method page (a unit test checks that file against a fresh run).
// Usage: npm run soundness [-- --write]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { format, resolveConfig } from 'prettier';
import { runnerImport } from 'vite';
import { parse } from 'yaml';
import { questionSchema, releasedBankSchema } from '../src/schemas/quiz.ts';

const root = join(import.meta.dirname, '..');
const quizFolder = join(root, 'content/quiz');
const outputFile = join(quizFolder, 'soundness.json');

const { values } = parseArgs({ options: { write: { type: 'boolean', default: false } } });

// src/lib imports its modules without file extensions, which Node alone cannot resolve: Vite's module runner
// loads them as Vitest and the build do.
const load = async (file) =>
  (await runnerImport(join(root, file), { configFile: false, root, logLevel: 'error' })).module;
const [{ soundnessReport }, { formatSoundnessTables }, { toScoringItem }] = await Promise.all([
  load('src/lib/bank-soundness.ts'),
  load('src/lib/soundness-table.ts'),
  load('src/lib/quiz-bank.ts'),
]);

// Parsed as the unit tests read the content (tests/support/quiz-bank.ts): YAML, then the build's schemas.
const readYaml = (file) => parse(readFileSync(join(quizFolder, file), 'utf8'));
const todayItems = z.array(questionSchema).parse(readYaml('questions.yaml')).map(toScoringItem);
const today = soundnessReport(todayItems);
const released = readdirSync(join(quizFolder, 'archive'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => releasedBankSchema.parse(readYaml(`archive/${name}`)))
  .filter((bank) => bank.version !== today.bank.version)
  .sort((first, second) => second.released.getTime() - first.released.getTime());

const columns = [
  { title: `today ${today.bank.version} (band ${today.bank.band})`, report: today },
  ...released.map((bank) => {
    const report = soundnessReport(bank.items.map(toScoringItem));
    const date = bank.released.toISOString().slice(0, 10);
    return { title: `${date} ${report.bank.version} (band ${report.bank.band})`, report };
  }),
];

const { model } = today;
console.log(
  `${model.peoplePerLean} simulated people per true lean (half leaning front, half back), each taking the check twice;` +
    ` seed ${model.seed}. Item offset SD ${model.itemOffsetSd}, retake noise SD ${model.occasionSd} scale points.` +
    `\nShares of first takes; a share's 95% margin of error is at most ±${today.marginOfError95} percentage points.\n`,
);
console.log(formatSoundnessTables(columns));

if (values.write) {
  const text = await format(JSON.stringify(today), { ...(await resolveConfig(outputFile)), filepath: outputFile });
  writeFileSync(outputFile, text);
  console.log(`\nWrote ${join('content/quiz', 'soundness.json')} for bank ${today.bank.version}.`);
}
