import { describe, expect, it } from 'vitest';
import {
  FACTS,
  policySchema,
  RULE_FIELDS,
  schemaFacts,
  VALUES,
  vocabularyPage,
} from '../../scripts/vocabulary.js';

describe('the rule vocabulary’s reference is generated from the policy file’s schema', () => {
  it('has words for every field of a rule, every value and every fact the schema has, and no others', () => {
    const schema = policySchema() as {
      properties: {
        rules: {
          items: { properties: Record<string, { enum?: string[]; items?: { enum?: string[] } }> };
        };
      };
    };
    const rule = schema.properties.rules.items.properties;
    expect(Object.keys(RULE_FIELDS).sort()).toEqual(Object.keys(rule).sort());
    for (const [field, values] of Object.entries(VALUES))
      expect(Object.keys(values).sort(), field).toEqual(
        [...(rule[field]?.enum ?? rule[field]?.items?.enum ?? [])].sort(),
      );
    const facts = schemaFacts(policySchema());
    expect([...facts.keys()].sort()).toEqual(Object.keys(FACTS).sort());
    for (const [fact, fields] of facts)
      expect(Object.keys(FACTS[fact]?.fields ?? {}).sort(), fact).toEqual([...fields].sort());
  });

  it('lists each kind with the shape it is judged in, and each fact with its fields', () => {
    const page = vocabularyPage();
    expect(page).toContain(
      '| `decision` | `organiser` | `board`, `council` | `before_departure`, `before_booking` |',
    );
    expect(page).toContain('| `cost` | `compare`: ');
    expect(page).toContain('| `reportBackThreshold` |');
  });
});
