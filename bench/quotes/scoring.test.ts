import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../../src/model/records.ts';
import { sameSpeaker, scoreArticle, scores, type GoldQuote } from './scoring.ts';

const gold = (start: number, end: number, speaker: string | null, kind: GoldQuote['kind'] = 'direct'): GoldQuote => ({ start, end, text: '', kind, speaker, speakerMention: null, cue: null, via: [] });
const pred = (start: number, end: number, speaker: string | null, kind: Quote['kind'] = 'direct'): Quote => ({
  text: '', kind, speaker, speakerEntity: null, speakerMention: null, speakerSpan: null, cue: null, via: [], span: [start, end], stage: 'quotes',
});

test('overlap thresholds follow the Gender Gap Tracker rule', () => {
  const g = [gold(0, 100, 'Mikhail Galuzin')];
  const half = [pred(50, 100, 'Galuzin')];
  assert.equal(scoreArticle(g, half, 0.3).found, 1);
  assert.equal(scoreArticle(g, half, 0.8).found, 0);
  const s = scores(scoreArticle(g, half, 0.3));
  assert.equal(s.f1, 1);
  assert.equal(s.speakerAccuracy, 1);
});

test('scare quotes are left out, and a speaker on one is counted', () => {
  const c = scoreArticle([gold(0, 10, null, 'scare')], [pred(0, 10, 'Someone', 'partial')], 0.3);
  assert.equal(c.gold, 0);
  assert.equal(c.scareWithSpeaker, 1);
});

test('speaker names compare after normalisation and by surname', () => {
  assert.ok(sameSpeaker('Galuzin', 'Mikhail Galuzin'));
  assert.ok(sameSpeaker('the Kremlin', 'Kremlin'));
  assert.ok(!sameSpeaker('Sergei Lavrov', 'Mikhail Galuzin'));
});

test('a scare quote inside a gold reported clause is not counted as attributed', () => {
  const g = [gold(0, 100, 'Jane Roe', 'indirect'), gold(40, 50, null, 'scare')];
  const c = scoreArticle(g, [pred(0, 100, 'Jane Roe', 'indirect')], 0.3);
  assert.equal(c.scareWithSpeaker, 0);
  assert.equal(c.scareWithSpeakerAny, 1);
});

test('a generational suffix does not make a different speaker', () => {
  assert.ok(sameSpeaker('William H. Pryor, Jr.', 'William H. Pryor'));
});

test('an organisation and its acronym are the same speaker', () => {
  assert.ok(sameSpeaker('U.S. Department of Agriculture', 'USDA'));
  assert.ok(sameSpeaker('FCDO', 'Foreign Commonwealth Development Office'));
  assert.ok(!sameSpeaker('USDA', 'Food and Drug Administration'));
});
