import { describe, expect, it } from 'vitest';
import { codeFromTyped } from '../../../src/lib/group-links';

describe('codeFromTyped', () => {
  it('takes the code out of a whole result link pasted from a chat', () => {
    expect(codeFromTyped('https://example.org/th/result/#1gnf7-4fgmj')).toBe('1GNF74FGMJ');
    expect(codeFromTyped('http://localhost:4321/career/en/result/detail/#1E0T6WKAY7RF4RH9AFHEJFCB8')).toBe(
      '1E0T6WKAY7RF4RH9AFHEJFCB8',
    );
    expect(codeFromTyped('My result: https://example.org/th/result/#1A2B%20C3')).toBe('1A2BC3');
  });

  it('reads a bare code the way it is printed or typed', () => {
    expect(codeFromTyped(' 1e0t6-wkay7 ')).toBe('1E0T6WKAY7');
    expect(codeFromTyped('1EOT6-WKAYL')).toBe('1E0T6WKAY1');
    expect(codeFromTyped('')).toBe('');
  });
});
