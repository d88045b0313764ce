import type { Bilingual, Language } from '../errors.js';

/**
 * A result that explains itself: `messages` is rendered from its data when read (so that computing
 * many results stays cheap), and `toJSON` includes it, so serialised results carry their text.
 */
export abstract class Explained {
  /** The result in words, in one language. */
  protected abstract describe(language: Language): string;

  /** The result in words, in Swedish and English. */
  get messages(): Bilingual {
    return { sv: this.describe('sv'), en: this.describe('en') };
  }

  /** The data with its messages, for JSON. */
  toJSON(): object {
    return { ...this, messages: this.messages };
  }
}
