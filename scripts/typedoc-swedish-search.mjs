// @ts-check
/**
 * A TypeDoc plugin: a search that speaks Swedish. TypeDoc builds its search index with lunr's
 * trimmer, which strips what JavaScript's `\W` calls non-word characters from both ends of each word
 * — and to `\W`, å, ä and ö are not letters, so "återrapportering" was indexed as "terrapportering"
 * and a search for it found nothing. The trimmer is replaced, before the index is built, by one that
 * strips only what is neither a letter nor a digit in any script. The query side needs no change:
 * TypeDoc searches each word as `*word*`, which lunr does not trim.
 */
import lunr from 'lunr';

/** Trims what is neither a letter nor a digit from both ends of a token, in any script. */
function unicodeTrimmer(token) {
  return token.update((text) =>
    text.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}]+$/u, ''),
  );
}
lunr.Pipeline.registerFunction(unicodeTrimmer, 'trimmer-unicode');

/** @param {import('typedoc').Application} _app */
export function load(_app) {
  lunr.trimmer = unicodeTrimmer;
}
