import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { SCHEMA_PATH, schemaText } from '../../scripts/build-schema.ts';
import { ARTICLES, STORIES, STORYLINES } from '../store/conformance/records.ts';
import { reportSchema } from './contract.ts';
import type { Report } from './records.ts';

const report: Report = { version: 1, articles: ARTICLES, stories: STORIES, storylines: STORYLINES };

test('docs/output.schema.json is generated from the zod contract (run scripts/build-schema.ts after changing it)', () => {
  assert.equal(readFileSync(SCHEMA_PATH, 'utf8'), schemaText());
});

test('a report validates against the JSON Schema file and the zod schema', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
  assert.equal(validate(report), true, JSON.stringify(validate.errors));
  assert.equal(reportSchema.safeParse(report).success, true);
});

test('the schema rejects what breaks the contract', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
  assert.equal(validate({ ...report, version: 2 }), false);
  const badDate = { ...report, articles: [{ ...ARTICLES[0]!, dates: [{ text: 'May', value: 'May 2024', granularity: 'month', certainty: 'stated', relation: 'point', span: [0, 3], event: null, stage: 'nlp' }] }] };
  assert.equal(validate(badDate), false);
  const extra = { ...report, stories: [{ ...STORIES[0]!, surprise: true }] };
  assert.equal(validate(extra), false);
});
