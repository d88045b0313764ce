import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { foldName, wordsOf } from '../../src/internal/text.js';

describe('foldName', () => {
  test.prop([fc.string({ unit: 'grapheme-ascii' })])(
    'its ASCII shortcut agrees with the full Unicode fold',
    (name) => {
      const full = name
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[\s\-‐-―]+/gu, ' ')
        .trim();
      expect(foldName(name)).toBe(full);
    },
  );

  it('folds compatibility forms as NFKC does: full-width letters are the plain ones', () => {
    expect(foldName('ＭＡＤＩＳＯＮ')).toBe('madison');
    expect(foldName('Ｐõｌｔｓａｍａａ')).toBe('poltsamaa');
    expect(foldName('枝幸町')).toBe('枝幸町');
  });

  test.prop([fc.string({ unit: 'grapheme' })])('a name folds as its NFKC form folds', (name) => {
    expect(foldName(name)).toBe(foldName(name.normalize('NFKC')));
  });
});

describe('wordsOf', () => {
  it('splits a folded name at anything that is not a letter or digit', () => {
    expect(wordsOf('Madison, WI 53703')).toEqual(['madison', 'wi', '53703']);
    expect(wordsOf('Esashi-chō (Sōya)')).toEqual(['esashi', 'cho', 'soya']);
    expect(wordsOf(' -- ')).toEqual([]);
  });
});
