// The parts of scripts/bench.mjs that measure the host and drive the quiz, kept apart from it so they can be loaded
// without building the site or running Lighthouse.
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';

/** The middle value. The bench takes odd numbers of runs, so a median is always a figure one run really had. */
export function median(numbers) {
  return [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
}

/**
 * Lighthouse's own measure of how fast this host runs JavaScript (its reports call it "CPU/Memory Power"), taken
 * `samples` times, each in a fresh page. One sample swings by a factor of 2-4 on a busy 2-core machine, so the
 * bench calibrates on the median.
 */
export async function measureBenchmarkIndex(context, samples) {
  const measure = `(${pageFunctions.computeBenchmarkIndex.toString()})()`;
  const values = [];
  for (let sample = 0; sample < samples; sample++) {
    const page = await context.newPage();
    try {
      values.push(await page.evaluate(measure));
    } finally {
      await page.close();
    }
  }
  return { median: median(values), samples: values };
}

/**
 * The CPU slowdown that turns this host into Lighthouse's reference mid-tier phone: Lighthouse's default of 4x is
 * meant for a desktop with a benchmark index of about 1,533, and a slower host needs less. The breakpoints are those
 * of the calculator Lighthouse's docs/throttling.md points to ("Calibrating the CPU slowdown",
 * https://lighthouse-cpu-throttling-calculator.vercel.app/): index 150 is 1x, 800 is 2x, 1300 is 3x, and above
 * that each 233 more adds 1x. A host slower than the phone cannot be sped up, so the floor is 1x.
 */
export function cpuSlowdownFor(benchmarkIndex) {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  if (benchmarkIndex >= 150) return 1 + (benchmarkIndex - 150) / 650;
  return 1;
}

/** Waits until the page has drawn two frames and then sat idle a moment, so the work of a click has finished. */
const settle = (page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)))),
  );

/** The middle of an element, after scrolling it into view, for a mouse click that is nothing but the click. */
async function centreOf(locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} has no box`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Run in the page before its own scripts (page.addInitScript): keeps every long task (over 50 ms) in
 * window.benchLongTasks, with its start on the page's clock.
 */
function recordLongTasks() {
  const tasks = [];
  window.benchLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Answers the whole quiz at `quizUrl` once, with the CPU slowed `cpuSlowdown` times, as a person on a slow phone
 * would: Start, then for each question a choice and Next (Finish on the last). Returns each step's longest task in
 * ms, or 0 when no task of that step went over 50 ms (the Long Tasks API reports nothing shorter).
 *
 * The questions come from the data the page carries (script#quiz-props) and from the radio inputs named after them,
 * so the driver follows whatever the bank holds. Positions are taken before a step and the click is a bare mouse
 * click: Playwright's own checks on an element run in the page, and they would count as the step's work. A DevTools
 * trace would show tasks under 50 ms too, but on this 2-core machine tracing made a run take about 40% longer and
 * pushed many more of the quiz's tasks over 50 ms: it measured itself.
 */
export async function answerQuizOnce(browser, quizUrl, cpuSlowdown) {
  // Blocked service worker: the last answer opens the result page, and a worker would answer that request itself.
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
  try {
    const page = await openQuizWatched(context, quizUrl, cpuSlowdown);
    const props = JSON.parse((await page.locator('script#quiz-props').textContent()) ?? '{}');
    const questionIds = (props.bank?.questions ?? []).map((question) => question.id);
    if (questionIds.length === 0) throw new Error(`${quizUrl}: script#quiz-props holds no questions`);

    const radiosOf = (id) => page.locator(`input[type="radio"][name=${JSON.stringify(id)}]`);
    // Page-clock times between the steps: a long task belongs to the step it started in.
    const boundaries = [];
    const markBoundary = async () => {
      await settle(page);
      boundaries.push(await page.evaluate(() => performance.now()));
    };

    // Start is enabled once the quiz has hydrated; the page's load before that is not an interaction.
    const start = await centreOf(
      page.getByRole('button', { name: props.strings['quiz.intro.start'], disabled: false }),
    );
    await markBoundary();
    await page.mouse.click(start.x, start.y);
    await radiosOf(questionIds[0]).first().waitFor();

    for (const [index, id] of questionIds.entries()) {
      // Moving focus to the new question's heading may scroll the page, so positions are taken once it is done.
      await settle(page);
      const radios = radiosOf(id);
      const choice = radios.nth(index % (await radios.count()));
      const submit = await centreOf(page.locator('button[type="submit"]'));
      const choiceBox = await choice.boundingBox();
      if (!choiceBox || choiceBox.y < 0) throw new Error(`${quizUrl}: the answers to "${id}" are off screen`);
      await markBoundary();
      await page.mouse.click(choiceBox.x + choiceBox.width / 2, choiceBox.y + choiceBox.height / 2);
      await radios.and(page.locator(':checked')).waitFor();
      const next = questionIds[index + 1];
      // The last Next opens the result page: its request is watched for before the click.
      const resultOpened = next
        ? undefined
        : page.waitForEvent('requestfailed', (request) => new URL(request.url()).pathname.includes('/result/'));
      await page.mouse.click(submit.x, submit.y);
      await (next ? radiosOf(next).first().waitFor() : resultOpened);
    }
    await markBoundary();

    // Long-task entries reach the observer a little after their task; give the last ones time to arrive.
    await page.waitForTimeout(200);
    const tasks = await page.evaluate(() => window.benchLongTasks);
    const labels = ['start', ...questionIds.map((id, index) => `${index + 1}. ${id}`)];
    return longestTaskPerStep(tasks, boundaries, labels);
  } finally {
    await context.close();
  }
}

/**
 * A page of `context` with the CPU slowed, recording long tasks from the start, and with the result page's load
 * stopped: loading it is a page load, which Lighthouse measures; what counts here is the quiz's own work on the last
 * click. Opened at `quizUrl`.
 */
async function openQuizWatched(context, quizUrl, cpuSlowdown) {
  const page = await context.newPage();
  const devtools = await context.newCDPSession(page);
  await devtools.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.addInitScript(recordLongTasks);
  await page.route(
    (url) => url.pathname.includes('/result/'),
    (route) => route.abort('aborted'),
  );
  await page.goto(quizUrl, { waitUntil: 'networkidle' });
  return page;
}

/**
 * Each step's longest task in ms (0 when none went over 50 ms): a task belongs to the step it started in, between
 * `boundaries[step]` and `boundaries[step + 1]`.
 * @example longestTaskPerStep([{ startTime: 15, duration: 70.4 }], [0, 10, 20], ['start', '1. a']) // [{ step: 'start', longestTaskMs: 0 }, { step: '1. a', longestTaskMs: 70 }]
 */
export function longestTaskPerStep(tasks, boundaries, labels) {
  return labels.map((label, step) => ({
    step: label,
    longestTaskMs: Math.round(
      Math.max(
        0,
        ...tasks
          .filter((task) => task.startTime >= boundaries[step] && task.startTime < boundaries[step + 1])
          .map((task) => task.duration),
      ),
    ),
  }));
}

/**
 * A chat of `people` result links as a LINE export looks: a line per message, some greetings between, a few links
 * sent twice. Every person answers at random, so no two are alike and the summary has several outcomes to count.
 */
export function groupChat(bankVersion, items, people, encode) {
  const lines = ['[LINE] Chat history', 'Saved on: 2026/11/28 10:30', ''];
  // A small seeded random number generator (mulberry32): the same chat every run, and no two people alike.
  let state = 20261128;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  for (let person = 0; person < people; person++) {
    const answers = {};
    for (const item of items) answers[item.id] = 1 + Math.floor(random() * 5);
    const code = encode(
      bankVersion,
      items.map((item) => item.id),
      answers,
    );
    const time = `${String(9 + Math.floor(person / 60)).padStart(2, '0')}:${String(person % 60).padStart(2, '0')}`;
    lines.push(`${time}\tPerson ${person + 1}\thttps://career-check.example.org/th/result/#${code}`);
    if (person % 50 === 0) lines.push(`${time}\tTeacher\tThank you, keep sending your links`);
    if (person % 97 === 3) lines.push(`${time}\tPerson ${person + 1}\tsent again ${code}`);
  }
  return lines.join('\n');
}

/**
 * Pastes a chat of 1,000 people into the group page with the CPU slowed, presses the button, and measures how long
 * the summary takes to show and the longest task (drawing a frame included) from the press until the table's first
 * page is drawn.
 */
export async function summarizeGroupOnce(browser, groupUrl, cpuSlowdown, encode, people) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(recordLongTasks);
    await page.addInitScript(() => {
      const tasks = window.benchLongTasks;
      // The drawing of a long animation frame (style, layout, paint) counts as well, however the Long Tasks API
      // splits it: a big table costs most there.
      new PerformanceObserver((list) => {
        for (const frame of list.getEntries())
          if (frame.renderStart > 0)
            tasks.push({
              startTime: frame.renderStart,
              duration: frame.startTime + frame.duration - frame.renderStart,
            });
      }).observe({ type: 'long-animation-frame', buffered: true });
    });
    await page.goto(groupUrl, { waitUntil: 'networkidle' });
    const data = JSON.parse((await page.locator('script#group-data').textContent()) ?? '{}');
    const today = data.banks?.[0];
    if (!today) throw new Error(`${groupUrl}: script#group-data holds no question bank`);
    // Pasting is the person's work, not the page's: the text goes in before the CPU is slowed.
    await page.locator('#group-text').fill(groupChat(today.version, today.items, people, encode));
    const devtools = await context.newCDPSession(page);
    await devtools.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await settle(page);
    const button = await centreOf(page.locator('[data-group-form] button[type="submit"]'));
    // The moments of the press and of the summary appearing, on the page's own clock: a round trip from here would
    // add its own delay.
    const touched = await page.evaluate(() => {
      const summary = document.querySelector('[data-group-result]');
      new MutationObserver((_changes, observer) => {
        if (summary && !summary.hidden) {
          window.benchSummaryShownAt = performance.now();
          observer.disconnect();
        }
      }).observe(summary, { attributes: true, attributeFilter: ['hidden'] });
      document.addEventListener('click', (event) => (window.benchPressedAt = event.timeStamp), {
        capture: true,
        once: true,
      });
      return performance.now();
    });
    // A finger rests on the screen for a moment: a click sent as one instant would fold the touch and the press
    // into one task that no person's tap makes.
    await page.mouse.move(button.x, button.y);
    await page.mouse.down();
    await page.waitForTimeout(80);
    await page.mouse.up();
    await page.locator('[data-group-result]:not([hidden])').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-group-status]')?.textContent === '');
    await settle(page);
    await page.waitForTimeout(200);
    const { pressed, shown, tasks, range } = await page.evaluate(() => ({
      pressed: window.benchPressedAt,
      shown: window.benchSummaryShownAt,
      tasks: window.benchLongTasks,
      range: document.querySelector('[data-group-range]')?.textContent ?? '',
    }));
    // The table shows its first page, and says it holds everyone.
    const rows = await page.locator('[data-group-rows] tr').count();
    if (rows === 0 || !range.replace(/\D/gu, '').endsWith(String(people)))
      throw new Error(`${groupUrl}: ${rows} rows shown, and "${range}" for ${people} people`);
    return {
      summaryMs: Math.round(shown - pressed),
      longestTaskMs: Math.round(
        Math.max(0, ...tasks.filter((task) => task.startTime >= touched).map((task) => task.duration)),
      ),
    };
  } finally {
    await context.close();
  }
}
