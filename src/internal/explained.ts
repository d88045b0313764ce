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

/** A property descriptor that gives a result its `messages` ({@link explained}). */
export type MessagesDescriptor<T> = {
  readonly enumerable: true;
  get(this: T): Bilingual;
};

/**
 * The `messages` of one kind of result: an own, enumerable getter, shared by every result of the
 * kind, that renders the words from the result's own fields when read — so computing many results
 * stays cheap, and a spread, `structuredClone` and `JSON.stringify` read it like any other field,
 * so the words travel with every copy.
 */
export function messagesFrom<T>(
  describe: (result: T, language: Language) => string,
): MessagesDescriptor<T> {
  return {
    enumerable: true,
    get(this: T): Bilingual {
      return Object.freeze({ sv: describe(this, 'sv'), en: describe(this, 'en') });
    },
  };
}

/** A result as plain data: `fields` with `messages`, frozen. */
export function explained<T extends object, R extends T & { readonly messages: Bilingual }>(
  fields: T,
  messages: MessagesDescriptor<T>,
): R {
  return Object.freeze(Object.defineProperty(fields, 'messages', messages)) as R;
}
