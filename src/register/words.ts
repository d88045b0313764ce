import type { LocalizedText } from '../errors.js';
import { notThis } from '../internal/guards.js';

/**
 * Internal: the vocabulary of the register read as a stream — what its checks of the two parts
 * say, in both languages side by side.
 */

/** What the checks of `RegisterParts` say. */
export const PARTS = {
  /** `parts.records` cannot be read as plain data, for `reason`. */
  recordsUnreadable: (reason: string): LocalizedText => ({
    sv: `parts.records går inte att läsa (${reason}).`,
    en: `parts.records cannot be read (${reason}).`,
  }),
  /** `parts.records` lists activities of its own. */
  recordsWithActivities: {
    sv: 'parts.records ska vara registret utan sina aktiviteter (activities: []); aktiviteterna ges i parts.activities.',
    en: 'parts.records must be the register without its activities (activities: []); they come in parts.activities.',
  } as LocalizedText,
  /** `parts.activities` is not iterable. */
  notIterable: (activities: unknown): LocalizedText => ({
    sv: `parts.activities ska gå att iterera (en lista eller en asynkron ström), ${notThis(activities).sv}.`,
    en: `parts.activities must be iterable (a list or an async stream), ${notThis(activities).en}.`,
  }),
  /** `parts` itself cannot be read. */
  unreadable: {
    sv: 'parts går inte att läsa (en getter eller ett Proxy-objekt som kastar).',
    en: 'parts cannot be read (a getter or Proxy that throws).',
  } as LocalizedText,
  /** `parts.activities` is a stream another call is reading. */
  alreadyRead: {
    sv: 'parts.activities läses redan av ett annat anrop; en ström kan bara läsas en gång.',
    en: 'parts.activities is already being read by another call; a stream can be read only once.',
  } as LocalizedText,
  /** `parts.activities` was iterable when checked, and is not when iterated. */
  notIterableNow: {
    sv: 'parts.activities går inte att iterera (en getter eller ett Proxy-objekt som svarar olika eller kastar).',
    en: 'parts.activities cannot be iterated (a getter or Proxy that answers differently or throws).',
  } as LocalizedText,
} as const;
