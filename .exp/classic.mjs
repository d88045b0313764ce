import * as z from 'zod';
const text = (max) => z.string().trim().superRefine((v, ctx) => { if (v.length > max) ctx.addIssue({ code: 'custom', params: { code: 'too_long' } }); }).meta({ maxLength: max });
const date = z.string().superRefine(() => {}).meta({ format: 'date' });
const item = z.strictObject({ a: text(10), b: z.any().exactOptional(), n: z.number().superRefine(() => {}), f: z.boolean().exactOptional() });
const trip = z.strictObject({ kind: z.literal('trip'), id: text(100), d: date, items: z.array(item).max(10), e: z.enum(['a', 'b']).exactOptional() });
const other = z.strictObject({ kind: z.literal('other'), id: text(100), u: z.union([z.string(), z.number()]) });
export const activity = z.discriminatedUnion('kind', [trip, other]);
export const parse = (x) => activity.safeParse(x, { reportInput: false });
