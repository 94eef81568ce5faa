import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesAgree, speakerAgreement } from './SpeakerMatcher.ts';

test('names: surname, initials and titles agree with the full name', () => {
  assert.ok(namesAgree('Galuzin', 'Mikhail Galuzin'));
  assert.ok(namesAgree('M. Galuzin', 'Mikhail Galuzin'));
  assert.ok(namesAgree('Dmitry Peskov', 'Kremlin spokesman Dmitry Peskov'));
  assert.ok(namesAgree('the Russian Foreign Ministry', 'Russian Foreign Ministry'));
});

test('names: different given names or qualifiers differ', () => {
  assert.ok(!namesAgree('Sergei Lavrov', 'Mikhail Lavrov'));
  assert.ok(!namesAgree('Russian Foreign Ministry', 'Armenian Foreign Ministry'));
  assert.ok(!namesAgree('Mikhail Galuzin', 'Sergei Lavrov'));
});

test('speaker agreement: keys decide first, a missing name is unknown', () => {
  assert.equal(speakerAgreement({ name: 'Galuzin', key: 'person:mikhail-galuzin' }, { name: 'The diplomat', key: 'person:mikhail-galuzin' }), 'same');
  assert.equal(speakerAgreement({ name: null, key: null }, { name: 'Galuzin', key: null }), 'unknown');
  assert.equal(speakerAgreement({ name: 'Putin', key: null }, { name: 'Aliyev', key: null }), 'different');
});
