export const OUTPUT_SCHEMAS: Readonly<Record<string, object>> = {};
