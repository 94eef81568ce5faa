import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDateline, outletFromChrome } from './OutletFinder.ts';

test('datelines: wire tag, city with credit, city alone, outlet-name prefix', () => {
  assert.deepEqual(findDateline('Yerevan /Mediamax/. Russian Deputy Foreign Minister said'), { dateline: 'Yerevan', outlet: 'Mediamax', strength: 'own' });
  assert.deepEqual(findDateline('YEREVAN (Armenpress) — Immediately after'), { dateline: 'YEREVAN', outlet: 'Armenpress', strength: 'credit' });
  assert.deepEqual(findDateline('MOSCOW — \u00a0Armenia is no longer'), { dateline: 'MOSCOW', outlet: null, strength: null });
  assert.deepEqual(findDateline('WASHINGTON, March 4 (Reuters) - Former'), { dateline: 'WASHINGTON', outlet: 'Reuters', strength: 'credit' });
  assert.deepEqual(findDateline('PanARMENIAN.Net - Armenia could ruin'), { dateline: null, outlet: 'PanARMENIAN.Net', strength: 'own' });
});

test('ordinary first sentences name no outlet', () => {
  assert.deepEqual(findDateline('Armenia could ruin its military ties with Russia.'), { dateline: null, outlet: null, strength: null });
  assert.deepEqual(findDateline('Officials - including the minister - met on Monday.'), { dateline: null, outlet: null, strength: null });
  assert.deepEqual(findDateline('The U.S. - China talks resumed.'), { dateline: null, outlet: null, strength: null });
});

test('outlet from the page’s own chrome', () => {
  assert.equal(outletFromChrome(['Get notified of the latest updates from MassisPost.']), 'MassisPost');
  assert.equal(outletFromChrome(['Ad for subscribing to The Armenian Report']), 'The Armenian Report');
  assert.equal(outletFromChrome(['© 2024 The Harbour Ledger. All rights reserved.']), 'The Harbour Ledger');
  assert.equal(outletFromChrome(['Copyright © 2019 Jpost Inc. All rights reserved']), 'Jpost');
  assert.equal(outletFromChrome(['Subscribe to our newsletter', '© 2024 All rights reserved']), null);
});
