import * as z from 'zod/mini';
const text = (max) => z.string().check(z.trim(), z.superRefine((v, ctx) => { if (v.length > max) ctx.addIssue({ code: 'custom', params: { code: 'too_long' } }); })).register(z.globalRegistry, { maxLength: max });
const date = z.string().check(z.superRefine(() => {}));
const item = z.strictObject({ a: text(10), b: z.exactOptional(z.any()), n: z.number().check(z.superRefine(() => {})), f: z.exactOptional(z.boolean()) });
const trip = z.strictObject({ kind: z.literal('trip'), id: text(100), d: date, items: z.array(item).check(z.maxLength(10)), e: z.exactOptional(z.enum(['a', 'b'])) });
const other = z.strictObject({ kind: z.literal('other'), id: text(100), u: z.union([z.string(), z.number()]) });
export const activity = z.discriminatedUnion('kind', [trip, other]);
export const parse = (x) => activity.safeParse(x, { reportInput: false });
