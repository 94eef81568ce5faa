import assert from 'node:assert/strict';
import { test } from 'node:test';
import { agreedProposal, chooseTitle, cleanTitle, domainName, dropTagline, looksTruncated, misDecoded } from './TitleChooser.ts';

const og = (value: string) => ({ value, fromTitleElement: false });
const titleEl = (value: string) => ({ value, fromTitleElement: true });

test('site names are stripped repeatedly, whole when they hold separators, and by domain', () => {
  assert.equal(cleanTitle('Critics’ Choice 2025 – Artlyst - Artlyst', ['Artlyst']), 'Critics’ Choice 2025');
  assert.equal(cleanTitle('Gym guide: what to know - Urge Fitness | Gyms in PA', ['Urge Fitness | Gyms in PA']), 'Gym guide: what to know');
  assert.equal(cleanTitle('GAME CHANGER | Newegg.com', [domainName('https://www.newegg.com/x')!]), 'GAME CHANGER');
  assert.equal(cleanTitle('"What is Git?"', []), 'What is Git?');
  assert.equal(cleanTitle('Brexit - a timeline', []), 'Brexit - a timeline');
});

test('domain names: registrable label, also under two-letter second levels', () => {
  assert.equal(domainName('https://www.theguardian.com/world/x'), 'theguardian');
  assert.equal(domainName('https://news.bbc.co.uk/x'), 'bbc');
  assert.equal(domainName('http://localhost/x'), undefined);
});

test('an <h1> equal to the leading part of a title settles the site part', () => {
  const c = chooseTitle([titleEl('Learn More: Academic Tutoring | The Partnership for Student Success')], ['Learn More: Academic Tutoring'], []);
  assert.deepEqual(c, { title: 'Learn More: Academic Tutoring', from: -1 });
  // A one-word heading is a section name, not the headline.
  assert.equal(chooseTitle([og('Webcams - Yosemite National Park (U.S. National Park Service)')], ['Webcams'], [])?.title, 'Webcams - Yosemite National Park (U.S. National Park Service)');
});

test('a truncated headline is replaced by the candidate that continues it', () => {
  assert.ok(looksTruncated('Four readers find solutions (Including'));
  const c = chooseTitle([og('Four readers find solutions (Including'), og('Four readers find solutions (Including one trick) - Site')], [], ['Site']);
  assert.deepEqual(c, { title: 'Four readers find solutions (Including one trick)', from: 1 });
});

test('an <h1> that swallowed furniture loses; a rewritten one wins; a mis-decoded one loses', () => {
  assert.equal(chooseTitle([og('Top Strategies for Blockchain')], ['Top Strategies for Blockchain Posted on July 1, 2024 by x'], [])?.title, 'Top Strategies for Blockchain');
  assert.equal(chooseTitle([og('Best Agencies in 2025 | Site')], ['Blog: Best Agencies in 2025'], ['Site'])?.title, 'Best Agencies in 2025');
  assert.equal(chooseTitle([og('Software Price Guide & Hourly Rates')], ['2025 Software Price Guide & Hourly Rates'], [])?.title, '2025 Software Price Guide & Hourly Rates');
  assert.equal(chooseTitle([og('The seven secrets hotel owners keep')], ['Seven secrets hotel owners keep'], [])?.title, 'Seven secrets hotel owners keep');
  assert.equal(chooseTitle([og('Event Planning: A Beginner’s Guide')], ['Event Planning: A Beginner?s Guide'], [])?.title, 'Event Planning: A Beginner’s Guide');
});

test('a long <h1> is the headline even when the declared title was rewritten for search', () => {
  const h1 = 'I tried the harbour ferry for a week and it replaced my car';
  assert.equal(chooseTitle([og('Harbour Ferry Review With Photos | Site')], [h1], ['Site'])?.title, h1);
  assert.equal(chooseTitle([og('Harbour Ferry Review With Photos | Site')], ['Ferry news'], ['Site'])?.title, 'Harbour Ferry Review With Photos');
});

test('a short tagline after a pipe or spaced hyphen is dropped; colons and long parts stay', () => {
  assert.equal(dropTagline('Best Residential Movers in NYC 2025 | Top 19 Companies'), 'Best Residential Movers in NYC 2025');
  assert.equal(dropTagline('15 Language Learning Apps Compared - Personally Tested'), '15 Language Learning Apps Compared');
  assert.equal(dropTagline('Designing The Future: 7 Interior Design Trends'), 'Designing The Future: 7 Interior Design Trends');
  assert.equal(dropTagline('Review - Samsung Galaxy S24'), 'Review - Samsung Galaxy S24');
  assert.equal(dropTagline('Harbour wall approved - council says the works start in spring next year'), 'Harbour wall approved - council says the works start in spring next year');
});

test('a heading ending in a colon is not the headline; a bracketed site name is stripped', () => {
  assert.equal(chooseTitle([{ value: 'Harbour wall approved after floods', fromTitleElement: true }], ['A message from our editor-in-chief, with thanks to our readers:'], [])?.title, 'Harbour wall approved after floods');
  assert.equal(cleanTitle('The Fold-and-Cut Problem (Erik Demaine)', ['erikdemaine'], true), 'The Fold-and-Cut Problem');
});

test('a "?" may stand for a short run of mis-decoded characters; a real question differs elsewhere', () => {
  assert.ok(misDecoded('Event Planning? A Beginner? Guide', 'Event Planning: A Beginner’s Guide'));
  assert.ok(!misDecoded('Is the ferry late? Ask the crew', 'Why the ferry is late'));
  assert.ok(!misDecoded('Same title', 'Same title'));
  assert.equal(chooseTitle([og('Event Planning: A Beginner’s Guide')], ['Event Planning? A Beginner? Guide'], [])?.title, 'Event Planning: A Beginner’s Guide');
});

test('a lone first declared title yields to two sources that agree', () => {
  assert.equal(agreedProposal(['Yoga Lesson Cost', 'Average Yoga Lesson Prices', 'Average Yoga Lesson Prices']), 1);
  assert.equal(agreedProposal(['Yoga Lesson Cost', 'Average Yoga Lesson Prices', 'Other']), 0);
  assert.equal(agreedProposal(['', 'A', 'A', 'B']), 1);
  assert.equal(agreedProposal(['', '']), -1);
  // og:title and twitter:title in one tag (or filled from one field) are one store, not two.
  assert.equal(agreedProposal(['Preferred', 'A title', 'A title', 'Title element'], ['meta', 'meta', 'meta', 'title-element']), 0);
  assert.equal(agreedProposal(['Yoga Lesson Cost', 'Average Yoga Lesson Prices', 'Average Yoga Lesson Prices'], ['json-ld', 'meta', 'title-element']), 1);
});

test('a heading that is the site name is skipped; a declared title adding only a count or year is fuller', () => {
  const long = 'The Best Trails and Quiet Streets in Springfield for Cycling';
  assert.equal(chooseTitle([og('Our Favourite Cycling Spots')], ['Harbor Gazette', long], ['Harbor Gazette'])?.title, long);
  assert.equal(chooseTitle([og('Recent Trends in Pottery'), titleEl('8 Recent Trends in Pottery - Claywork')], ['Recent Trends in Pottery'], ['Claywork'])?.title, '8 Recent Trends in Pottery');
  assert.equal(chooseTitle([og('Best Tutoring Platforms'), titleEl('Best Tutoring Platforms 2025')], ['Best Tutoring Platforms'], [])?.title, 'Best Tutoring Platforms 2025');
  // More words than numbers: a different title, not a fuller one.
  assert.equal(chooseTitle([og('Best Hammocks of 2026'), titleEl('Best Hammocks of 2026, Tested & Reviewed')], ['Best Hammocks of 2026'], [])?.title, 'Best Hammocks of 2026');
});
