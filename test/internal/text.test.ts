import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { foldName } from '../../src/internal/text.js';

describe('foldName', () => {
  test.prop([fc.string({ unit: 'grapheme-ascii' })])(
    'its ASCII shortcut agrees with the full Unicode fold',
    (name) => {
      const full = name
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[\s\-‐-―]+/gu, ' ')
        .trim();
      expect(foldName(name)).toBe(full);
    },
  );
});
