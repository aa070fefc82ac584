import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '../../../scripts/page-weight.mjs');
const registration = `<script type="module">addEventListener('load',()=>setTimeout(()=>navigator.serviceWorker.register('/sw.js',{scope:'/'}).catch(()=>{}),4e3))</script>`;
const page = (body: string) =>
  `<!doctype html><html lang="th"><head><title>t</title></head><body><h1>งาน</h1>${body}</body></html>`;

let dist = '';
afterEach(() => rmSync(dist, { recursive: true, force: true }));

/** Builds a tiny site of the given files and runs the page-weight check on it. */
function check(files: Record<string, string>) {
  dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return spawnSync(process.execPath, [script, '--dir', dist], { encoding: 'utf8' });
}

describe('the page-weight check of script-free pages', () => {
  it('passes an explainer, a job page and the 404 page that carry only the inline registration', () => {
    const result = check({
      'th/front-office/index.html': page(registration),
      'en/jobs/cashier/index.html': page(registration),
      '404.html': page(registration),
    });
    expect([result.status, result.stdout]).toEqual([0, expect.stringContaining('Every page is within budgets.json')]);
  });

  it.each([
    ['a script file', `<script type="module" src="/_astro/extra.js"></script>`],
    ['another inline script', `<script>document.title='x'</script>`],
    ['a second registration', registration],
  ])('fails one that carries %s besides', (_what, extra) => {
    const result = check({
      'th/front-office/index.html': page(registration + extra),
      '_astro/extra.js': 'console.log(1)',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\/th\/front-office\/(?: loads JavaScript|: 2 service worker registrations)/u);
  });

  it('fails a page without the registration, and a registration grown past its cap', () => {
    const grown = registration.replace('</script>', `/*${randomBytes(400).toString('base64')}*/</script>`);
    const result = check({ 'en/skills/index.html': page(''), 'th/worksheet/index.html': page(grown) });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\/en\/skills\/: 0 service worker registrations/u);
    expect(result.stderr).toMatch(/\/th\/worksheet\/: service worker registration \d+ B > 256 B/u);
  });
});

describe('the page-weight check of result pages', () => {
  // Random bytes do not compress: written as base64 (6 bits a character), n of them weigh about n in gzip.
  const noise = (bytes: number) => randomBytes(bytes).toString('base64');
  const withScript = `${registration}<script type="module" src="/_astro/result.js"></script>`;

  it('holds a result page to its own budgets: HTML over the other pages’ but within 16 KiB passes', () => {
    const result = check({
      'th/result/index.html': page(withScript + `<p hidden>${noise(14_500)}</p>`),
      '_astro/result.js': `console.log('${noise(8_000)}')`,
    });
    expect([result.status, result.stdout]).toEqual([0, expect.stringContaining('Every page is within budgets.json')]);
  });

  it('fails a result page past 9,000 B of JavaScript, and a quiz page with the same HTML as a result page', () => {
    const result = check({
      'en/result/detail/index.html': page(withScript),
      '_astro/result.js': `console.log('${noise(9_500)}')`,
      'th/quiz/index.html': page(registration + `<p hidden>${noise(14_500)}</p>`),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\/en\/result\/detail\/: JavaScript \d+ B \(without the registration\) > 9000 B/u);
    expect(result.stderr).toMatch(/\/th\/quiz\/: HTML \d+ B \(without the registration\) > 13312 B/u);
  });
});

describe('the page-weight check of plan pages', () => {
  const noise = (bytes: number) => randomBytes(bytes).toString('base64');
  const withScript = `${registration}<script type="module" src="/_astro/plan.js"></script>`;

  it('allows a plan page 10,000 B of JavaScript, over the result pages’ 9,000 B', () => {
    const result = check({
      'th/plan/index.html': page(withScript),
      '_astro/plan.js': `console.log('${noise(9_500)}')`,
    });
    expect([result.status, result.stdout]).toEqual([0, expect.stringContaining('Every page is within budgets.json')]);
  });

  it('fails a plan page past 10,000 B of JavaScript', () => {
    const result = check({
      'en/plan/index.html': page(withScript),
      '_astro/plan.js': `console.log('${noise(10_500)}')`,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\/en\/plan\/: JavaScript \d+ B \(without the registration\) > 10000 B/u);
  });
});

describe('the page-weight check of comparison pages', () => {
  it('holds a comparison page to the plan pages’ 10,000 B of JavaScript', () => {
    const noise = (bytes: number) => randomBytes(bytes).toString('base64');
    const script = `${registration}<script type="module" src="/_astro/compare.js"></script>`;
    const within = check({
      'th/compare/index.html': page(script),
      '_astro/compare.js': `console.log('${noise(9_500)}')`,
    });
    expect(within.status).toBe(0);
    rmSync(dist, { recursive: true, force: true });
    const over = check({
      'th/compare/index.html': page(script),
      '_astro/compare.js': `console.log('${noise(10_500)}')`,
    });
    expect(over.stderr).toMatch(/\/th\/compare\/: JavaScript \d+ B \(without the registration\) > 10000 B/u);
  });
});
