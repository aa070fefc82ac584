import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteUrlProblem } from '../../../scripts/check-site-url.mjs';

const script = join(import.meta.dirname, '../../../scripts/check-site-url.mjs');
const run = (siteUrl: string | undefined) => {
  const env = { ...process.env };
  delete env.SITE_URL;
  if (siteUrl !== undefined) env.SITE_URL = siteUrl;
  return spawnSync(process.execPath, [script], { env, encoding: 'utf8' });
};

describe('the deploy build without SITE_URL', () => {
  it('stops, and says what to set and why', () => {
    const result = run(undefined);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/SITE_URL is not set/u);
    expect(result.stderr).toMatch(/SITE_URL=https:\/\/example\.org npm run build/u);
    expect(result.stderr).toMatch(/localhost:4321/u);
  });

  it('goes on with a site address', () => {
    const result = run('https://career.example.org');
    expect([result.status, result.stderr]).toEqual([0, '']);
  });
});

describe('siteUrlProblem', () => {
  it.each(['https://example.org', 'https://example.org/', 'http://localhost:4321'])('accepts %s', (value) => {
    expect(siteUrlProblem(value)).toBeUndefined();
  });

  it.each([
    ['', /not set/u],
    ['   ', /not set/u],
    ['example.org', /not a web address/u],
    ['ftp://example.org', /must start with https:\/\//u],
    ['https://user.github.io/career-check/', /BASE_PATH=\/career-check\//u],
    ['https://example.org/?x=1', /origin only/u],
  ])('refuses "%s", saying why', (value, reason) => {
    expect(siteUrlProblem(value)).toMatch(reason);
  });
});
