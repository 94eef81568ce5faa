import type { RawDocument } from '../../src/model/records.ts';

/**
 * Articles built to attack the UI: markup in text and titles, script URLs, event-handler
 * attributes and bidi overrides. Rendered, they must stay inert text.
 */
export function hostileDocuments(): RawDocument[] {
  const payload = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
  const body = (n: number) =>
    [
      `Hostile Story ${payload} about harbour cranes`,
      '',
      `PORTVILLE — The harbour authority said on Monday that the new cranes ${payload} would arrive in March, a spokesperson told reporters.`,
      '',
      `“We expect the cranes to double capacity ${payload},” the harbour director Jane Quay said. Visit javascript:alert(${n}) for details \u202Egnp.exe\u202C.`,
      '',
      'The authority said the cranes would be installed at the northern terminal and tested over the summer before full use.',
    ].join('\n');
  return [1, 2].map((n) => ({
    source: `hostile-${n}.txt`,
    format: 'text',
    content: body(n),
    encoding: 'utf-8',
    given: { url: n === 1 ? 'javascript:window.__pwned=3' : 'https://example.org/cranes" onmouseover="window.__pwned=4', outlet: `<b onclick="window.__pwned=5">Outlet ${n}</b>`, publishedAt: '2024-03-04', title: `Cranes ${payload}` },
    arrival: { kind: 'api', at: '2024-03-04T00:00:00Z' },
    problems: [],
  }));
}
