import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAllowed, parseRobots } from './RobotsRules.ts';

const ROBOTS = `# comment
User-agent: *
Disallow: /private/
Allow: /private/open$
Disallow: /*.pdf$
Crawl-delay: 2

User-agent: Chorus
User-agent: OtherBot
Disallow: /no-chorus/
Allow: /
`;

test('our group wins over *, longest match, wildcards, crawl-delay', () => {
  const mine = parseRobots(ROBOTS, 'chorus');
  assert.equal(isAllowed(mine, '/private/x'), true, 'the Chorus group replaces the * group');
  assert.equal(isAllowed(mine, '/no-chorus/a'), false);
  const star = parseRobots(ROBOTS, 'somebot');
  assert.equal(isAllowed(star, '/private/x'), false);
  assert.equal(isAllowed(star, '/private/open'), true);
  assert.equal(isAllowed(star, '/private/open2'), false);
  assert.equal(isAllowed(star, '/files/a.pdf'), false);
  assert.equal(isAllowed(star, '/files/a.pdf?x'), true);
  assert.equal(star.crawlDelaySeconds, 2);
  assert.equal(isAllowed(parseRobots('', 'chorus'), '/anything'), true);
});
