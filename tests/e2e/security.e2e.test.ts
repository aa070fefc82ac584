// The site is safe to open from any link a stranger sends: a strict Content-Security-Policy on every page, and
// nothing in a URL (fragment or query) ever reaches the page as HTML, runs, or is stored.
import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWatchedPage, untilQuiet } from './support/browser';
import { pageUrl } from './support/site';
import { readable, spelled } from './support/words';

const everyPage = ['', '404.html'].concat(
  ...['th', 'en'].map((locale) =>
    [
      '',
      'front-office/',
      'back-office/',
      'skills/',
      'jobs/',
      'jobs/cashier/',
      'quiz/',
      'result/',
      'result/detail/',
      'counsellors/',
      'group/',
      'paper/',
      'fair/',
      'counsellors/guide/',
      'counsellors/poster/',
      'counsellors/handout/',
      'worksheet/',
    ].map((route) => `${locale}/${route}`),
  ),
);

/** Records every CSP violation the page reports, and every dialog a script tries to open. */
async function watchViolations(page: Page): Promise<{ violations: string[]; dialogs: string[] }> {
  const watched = { violations: [] as string[], dialogs: [] as string[] };
  await page.exposeFunction('reportViolation', (text: string) => watched.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    );
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/iu.test(message.text())) watched.violations.push(message.text());
  });
  page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return watched;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the Content-Security-Policy', () => {
  it('is sent as a header with the other protections, and repeated in every page', async () => {
    const response = await fetch(pageUrl('th/quiz/'));
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/u);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    for (const path of everyPage) {
      const html = await (await fetch(pageUrl(path))).text();
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/u.exec(html)?.[1] ?? '';
      expect([path, meta.includes("default-src 'self'"), /unsafe-inline|unsafe-eval/u.test(meta)]).toEqual([
        path,
        true,
        false,
      ]);
      // No inline style, and one inline script that runs: the service worker's registration, allowed by its hash in
      // the header and in the page's policy. Everything else is a file the policy allows.
      const inline = [
        ...html.matchAll(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/gu),
      ];
      expect([path, inline.length, inline[0]?.[1]]).toEqual([
        path,
        1,
        expect.stringContaining('serviceWorker.register'),
      ]);
      const hash = `'sha256-${createHash('sha256')
        .update(inline[0]?.[1] ?? '')
        .digest('base64')}'`;
      expect([path, policy.includes(hash), meta.includes(hash)]).toEqual([path, true, true]);
      expect([path, html.match(/<style|\sstyle="/gu)]).toEqual([path, null]);
    }
  });

  it('reports no violation on any page, and the islands still work', async () => {
    const tab = await openWatchedPage(browser);
    const { page, context } = tab;
    const watched = await watchViolations(page);
    for (const path of everyPage) {
      await page.goto(pageUrl(path));
      await untilQuiet(tab);
    }
    await page.goto(pageUrl('th/quiz/'));
    await page.getByRole('button', { name: spelled('เริ่มทำ') }).click();
    await page.locator('progress[value="1"]').waitFor();
    await page.goto(pageUrl('en/result/#1A2B3'));
    await page.locator('[data-result-state="problem"]:not([hidden])').waitFor();
    await page.goto(pageUrl('en/counsellors/'));
    expect(await page.locator('[data-copy-url]').first().isVisible()).toBe(true);
    expect(watched.violations).toEqual([]);
    await context.close();
  });

  it('blocks a script injected into the page', async () => {
    const { page, context } = await openWatchedPage(browser);
    const watched = await watchViolations(page);
    await page.goto(pageUrl('th/result/'));
    const { ran, blocked } = await page.evaluate(async () => {
      // Each refusal is reported once the browser has decided not to run it: waiting for both reports is waiting
      // for both decisions, and a script that ran would have run before its report could come.
      const blocked: string[] = [];
      const bothRefused = new Promise<void>((resolve, reject) => {
        const deadline = setTimeout(() => reject(new Error(`refusals reported: ${blocked.join(', ')}`)), 10_000);
        document.addEventListener('securitypolicyviolation', (event) => {
          blocked.push(event.effectiveDirective);
          if (blocked.includes('script-src-elem') && blocked.includes('script-src-attr')) {
            clearTimeout(deadline);
            resolve();
          }
        });
      });
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      const image = document.createElement('div');
      image.innerHTML = '<img src="data:," onerror="window.injected = true">';
      document.body.append(image);
      await bothRefused;
      return { ran: (window as unknown as { injected?: boolean }).injected ?? false, blocked };
    });
    expect(ran).toBe(false);
    expect(blocked).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
    expect(watched.violations.length).toBeGreaterThanOrEqual(2);
    await context.close();
  });
});

describe('hostile links', () => {
  const hostile = [
    ['HTML', '<img src=x onerror=alert(1)>'],
    ['a script URL', 'javascript:alert(document.domain)'],
    ['a closing script tag', '</script><script>alert(1)</script>'],
    ['10 KB', 'A'.repeat(10_240)],
    ['right-to-left override and zero-width characters', '\u202E1E0T6\u200BVVMRJ\u2066A5WZ1'],
    ['full-width and Thai digits', '１２３๑๒๓ＡＢＣ'],
    ['an encoded NUL and bad escapes', '%00%E0%A4%A%ZZ'],
  ] as const;

  it.each(hostile)('a result fragment with %s shows the message, runs nothing, stores nothing', async (_name, text) => {
    const { page, context, errors } = await openWatchedPage(browser);
    const watched = await watchViolations(page);
    for (const path of ['en/result/', 'th/result/detail/']) {
      await page.goto(`${pageUrl(path)}#${text.startsWith('%') ? text : encodeURIComponent(text)}`);
      await page.locator('[data-result-state="problem"]:not([hidden])').waitFor();
      expect(readable(await page.getByRole('alert').innerText())).not.toBe('');
      // What was in the link appears nowhere in the page as markup.
      // The only pictures are the site's own job pictures, which the page is built with.
      expect(await page.locator('main iframe, main object').count()).toBe(0);
      const pictures = await page
        .locator('main img')
        .evaluateAll((images) => images.map((image) => new URL((image as HTMLImageElement).src).pathname));
      for (const picture of pictures) expect(picture).toMatch(/^\/illustrations\/job-[a-z-]+\.svg$/u);
      expect(await page.evaluate(() => Object.keys(localStorage).length + Object.keys(sessionStorage).length)).toBe(0);
    }
    expect(watched.dialogs).toEqual([]);
    expect(watched.violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a query string with HTML or script changes nothing on any page', async () => {
    const { page, context, errors } = await openWatchedPage(browser);
    const watched = await watchViolations(page);
    const query = `?q=${encodeURIComponent('"><img src=x onerror=alert(1)>')}&next=javascript:alert(1)`;
    for (const path of everyPage) {
      const response = await page.goto(`${pageUrl(path)}${query}`);
      expect([path, response?.status()]).toEqual([path, 200]);
      expect([path, await page.locator('img[src="x"]').count()]).toEqual([path, 0]);
    }
    expect(watched.dialogs).toEqual([]);
    expect(watched.violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
