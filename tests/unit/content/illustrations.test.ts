// The pictures the content uses: every one exists, is a clean hand-written SVG that works for both languages, and
// stays small enough for a phone on mobile data, alone and with the other pictures of its page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  illustrationGzipMax,
  illustrationFolder,
  jobPictureFile,
  pagePicturesGzipMax,
  svgSize,
} from '../../../src/lib/illustrations';
import { explainerSchema } from '../../../src/schemas/explainer';
import { pathSchema } from '../../../src/schemas/quiz';
import { bankPaths } from '../../support/quiz-bank';
import { readExplainerFiles } from '../../support/content-files';

const folder = join(import.meta.dirname, '../../../public', illustrationFolder);
const files = readdirSync(folder).filter((name) => !name.startsWith('.'));
const read = (file: string) => readFileSync(join(folder, file), 'utf8');
const gzipBytes = (file: string) => gzipSync(readFileSync(join(folder, file)), { level: 9 }).length;

const explainers = readExplainerFiles().map((file) => ({ id: file.id, data: explainerSchema.parse(file.frontmatter) }));

/** The pictures a page shows: its own, and on a path's page the picture of each of its example jobs. */
function picturesOf(id: string): string[] {
  const explainer = explainers.find((each) => each.id === id);
  const route = `${id.split('/')[1]}/`;
  const path = bankPaths.find((each) => each.explainer === route);
  return [
    ...(explainer?.data.illustration ? [explainer.data.illustration.file] : []),
    ...(path?.jobs.map((job) => jobPictureFile(job.id)) ?? []),
  ];
}

describe('illustrations', () => {
  it('holds only SVG files', () => {
    expect(files.filter((file) => !file.endsWith('.svg'))).toEqual([]);
  });

  it.each(files)('%s is at most 6 KiB gzip', (file) => {
    expect(gzipBytes(file)).toBeLessThanOrEqual(illustrationGzipMax);
  });

  it.each(files)('%s has its size, no words, and nothing from elsewhere', (file) => {
    const svg = read(file);
    const size = svgSize(svg);
    expect(size.width).toBeGreaterThan(0);
    expect(svg).toMatch(/<svg\b[^>]*\bviewBox="/u);
    // Words would need translating and Thai shaping: captions and alt text live in content/ instead.
    expect(svg).not.toMatch(/<(text|tspan|foreignObject)\b/u);
    // Nothing that runs, and nothing fetched: an <img> would not load it anyway, and it would fail the CSP.
    expect(svg).not.toMatch(/<script\b|<image\b|\bhref="(?!#)|url\((?!#)|@import/u);
    // No editor leftovers.
    expect(svg).not.toMatch(/inkscape|sodipodi|<metadata\b|data-name=|<!DOCTYPE/iu);
  });

  it('has a picture for every explainer page that names one, the same file in both languages', () => {
    for (const { id, data } of explainers) {
      if (data.illustration) expect([id, files.includes(data.illustration.file)]).toEqual([id, true]);
      const otherId = id.startsWith('th/') ? id.replace(/^th\//u, 'en/') : id.replace(/^en\//u, 'th/');
      const counterpart = explainers.find((each) => each.id === otherId);
      expect([id, counterpart?.data.illustration?.file]).toEqual([id, data.illustration?.file]);
    }
  });

  it('gives the home page and the two side pages a picture', () => {
    for (const id of ['th/index', 'en/index', 'th/front-office', 'en/front-office', 'th/back-office', 'en/back-office'])
      expect([id, explainers.find((each) => each.id === id)?.data.illustration?.file]).not.toEqual([id, undefined]);
  });

  it('has a picture for every example job of content/quiz/paths.yaml', () => {
    const jobs = bankPaths.flatMap((path) => path.jobs.map((job) => jobPictureFile(job.id)));
    expect(jobs).toHaveLength(11);
    expect(jobs.filter((file) => !files.includes(file))).toEqual([]);
  });

  it('refuses two jobs of a path with one id, which would show the same picture for both', () => {
    const job = {
      id: 'cashier',
      name: { th: 'แคชเชียร์', en: 'Cashier' },
      summary: { th: 'รับชำระเงิน', en: 'Takes payments.' },
    };
    const path = { id: 'front', name: { th: 'งานหน้าบ้าน', en: 'Front office' }, explainer: 'front-office/' };
    expect(pathSchema.safeParse({ ...path, jobs: [job] }).success).toBe(true);
    expect(pathSchema.safeParse({ ...path, jobs: [job, job] }).success).toBe(false);
  });

  it.each(explainers.map((each) => each.id))('%s shows at most 20 KiB gzip of pictures', (id) => {
    const total = picturesOf(id).reduce((sum, file) => sum + gzipBytes(file), 0);
    expect(total).toBeLessThanOrEqual(pagePicturesGzipMax);
  });
});
