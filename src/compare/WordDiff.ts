/**
 * Word-level diff between two renderings (LCS over tokens), for showing per quote family how
 * each outlet's wording differs from the canonical one.
 *
 * Tokens are whitespace-separated chunks with their trailing whitespace; two tokens are the
 * same when their words match ignoring case, punctuation and quote/apostrophe style, so
 * "security," and "security" do not show as a change. `same` parts carry `b`'s spelling:
 * joining the `same` and `added` parts gives `b` exactly; `same` and `removed` give `a`'s
 * words (with `b`'s punctuation on the shared ones).
 */
import type { DiffPart } from '../model/records.ts';
import { MAX_DIFF_CELLS } from './constants.ts';

interface Token {
  text: string;
  key: string;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(/\s*\S+\s*/g)) {
    const raw = match[0];
    const core = raw.trim();
    const key = core.toLowerCase().replace(/[’‘`]/g, "'").replace(/[^\p{L}\p{N}']+/gu, '').replace(/^'+|'+$/g, '');
    out.push({ text: raw, key: key.length > 0 ? key : core });
  }
  return out;
}

/** Word-level diff turning `a` into `b`: `removed` = only in `a`, `added` = only in `b`. */
export function wordDiff(a: string, b: string): DiffPart[] {
  const ta = tokenize(a);
  const tb = tokenize(b);
  let start = 0;
  while (start < ta.length && start < tb.length && ta[start]!.key === tb[start]!.key) start++;
  let endA = ta.length;
  let endB = tb.length;
  while (endA > start && endB > start && ta[endA - 1]!.key === tb[endB - 1]!.key) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  for (let i = 0; i < start; i++) push(parts, 'same', tb[i]!.text);
  for (const part of middle(ta.slice(start, endA), tb.slice(start, endB))) push(parts, part.op, part.text);
  for (let j = endB; j < tb.length; j++) push(parts, 'same', tb[j]!.text);
  return parts;
}

function middle(a: Token[], b: Token[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n * m > MAX_DIFF_CELLS) {
    return [...a.map((t) => ({ op: 'removed' as const, text: t.text })), ...b.map((t) => ({ op: 'added' as const, text: t.text }))];
  }
  // suffix LCS table: dp[i][j] = LCS of a[i..], b[j..]
  const width = m + 1;
  const dp = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * width + j] =
        a[i]!.key === b[j]!.key ? dp[(i + 1) * width + j + 1]! + 1 : Math.max(dp[(i + 1) * width + j]!, dp[i * width + j + 1]!);
    }
  }
  const out: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i]!.key === b[j]!.key) {
      out.push({ op: 'same', text: b[j]!.text });
      i++;
      j++;
    } else if (dp[(i + 1) * width + j]! >= dp[i * width + j + 1]!) {
      out.push({ op: 'removed', text: a[i]!.text });
      i++;
    } else {
      out.push({ op: 'added', text: b[j]!.text });
      j++;
    }
  }
  for (; i < n; i++) out.push({ op: 'removed', text: a[i]!.text });
  for (; j < m; j++) out.push({ op: 'added', text: b[j]!.text });
  return out;
}

/** Appends, merging with the previous part when the operation is the same. */
function push(parts: DiffPart[], op: DiffPart['op'], text: string): void {
  const last = parts[parts.length - 1];
  if (last && last.op === op) last.text += text;
  else parts.push({ op, text });
}
