/**
 * The group's CSV: a row per person in the table's order, with the name typed, the result, the skills and every
 * answer, for a spreadsheet. Formulas are neutralised by src/lib/csv.ts.
 */
import { csvRecords, toCsv } from '../../lib/csv';
import type { GroupPerson } from '../../lib/group-summary';
import { groupResultCode } from '../../lib/result-code';
import type { GroupPageData } from './group-page-data';
import { inSlices } from './slices';
import type { Say } from './summary-view';

/** People whose rows are written between two looks at the clock. */
const peoplePerStep = 10;

export interface CsvWords extends Pick<GroupPageData, 'banks' | 'skills'> {
  say: Say;
}

/** One column per question: today's bank first, in its order, then any question only an earlier bank asked. */
function questionColumns(banks: GroupPageData['banks']): { ids: string[]; titles: string[] } {
  const today = banks[0];
  const ids = [...(today?.items.map((item) => item.id) ?? [])];
  for (const bank of banks.slice(1)) for (const item of bank.items) if (!ids.includes(item.id)) ids.push(item.id);
  const titles = ids.map((id) => {
    const number = today?.items.findIndex((item) => item.id === id) ?? -1;
    return number >= 0 ? `${number + 1} ${id}` : id;
  });
  return { ids, titles };
}

/**
 * Writes the CSV of `people` and hands it to the browser as a download. Five thousand people's rows took a slow phone
 * one task of 300 ms: they are written a slice at a time (csvRecords), and the file is made from the parts.
 * @example await downloadGroupCsv(table.ordered, labels, words)
 */
export async function downloadGroupCsv(
  people: readonly GroupPerson[],
  labels: Readonly<Record<string, string>>,
  words: CsvWords,
): Promise<void> {
  const { say } = words;
  const questions = questionColumns(words.banks);
  const nameOf = new Map(words.skills.map((skill) => [skill.id, skill.name]));
  const names = (ids: readonly string[]) => ids.map((id) => nameOf.get(id) ?? id).join('; ');
  const header = [
    say('group.table.label'),
    say('group.table.code'),
    say('group.csv.bank'),
    say('group.table.outcome'),
    say('group.table.front'),
    say('group.table.back'),
    say('group.table.gap'),
    say('group.csv.notes'),
    say('group.csv.develop'),
    say('group.csv.strengths'),
    say('group.csv.otherStrengths'),
    say('group.csv.mismatch'),
    ...questions.titles,
  ];
  const rowOf = (person: GroupPerson) => [
    labels[person.code] ?? '',
    groupResultCode(person.code),
    person.bankVersion,
    say(`result.verdict.${person.result.outcome}`),
    person.result.scores.front,
    person.result.scores.back,
    Math.abs(person.result.difference),
    person.result.notes.join('; '),
    names(person.result.toDevelop),
    names(person.result.strengths),
    names(person.result.otherStrengths),
    // Each side's average rating of its own skills, front first, when they disagree with the side chosen.
    person.result.mismatch
      ? `${person.result.mismatch.means.front.toFixed(1)} / ${person.result.mismatch.means.back.toFixed(1)}`
      : '',
    ...questions.ids.map((id) => person.answers[id] ?? null),
  ];
  // Each slice's text is made into a Blob as it is written: one Blob of the whole text would encode megabytes in
  // the last task.
  const parts = [new Blob([toCsv(header, [])])];
  let next = 0;
  await inSlices(
    () => {
      parts.push(new Blob([csvRecords(header.length, people.slice(next, next + peoplePerStep).map(rowOf))]));
      next += peoplePerStep;
      return next >= people.length;
    },
    () => true,
  );
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob(parts, { type: 'text/csv;charset=utf-8' }));
  link.download = `${say('group.csv.file')}-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
