import { describe, expect, it } from 'vitest';
import { explainerRouteFromId, findMissingCounterparts } from '../../../src/lib/explainers';

describe('explainerRouteFromId', () => {
  it('maps index to the language home and other files to a folder route', () => {
    expect(explainerRouteFromId('th/index')).toEqual({ locale: 'th', route: '' });
    expect(explainerRouteFromId('en/back-office')).toEqual({ locale: 'en', route: 'back-office/' });
  });

  it('rejects files outside a language folder', () => {
    expect(() => explainerRouteFromId('fr/index')).toThrow('content/explainers/<th|en>/<page>.md');
    expect(() => explainerRouteFromId('index')).toThrow();
    expect(() => explainerRouteFromId('th/deep/page')).toThrow();
  });
});

describe('findMissingCounterparts', () => {
  it('finds nothing when every page exists in both languages', () => {
    expect(findMissingCounterparts(['th/index', 'en/index', 'en/skills', 'th/skills'])).toEqual([]);
  });

  it('names the missing translation of a page', () => {
    expect(findMissingCounterparts(['th/index', 'en/index', 'th/skills', 'en/quiz'])).toEqual(['en/skills', 'th/quiz']);
  });
});
