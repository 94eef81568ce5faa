/**
 * The one conformance suite every store backend must pass. Where backends legitimately
 * differ, the expectation is a `Record<StoreDialect, T>`, so adding a dialect fails to
 * type-check until its expectations are written down.
 */
import type { StoreDialect } from '../store.ts';
import { articleCases, transactionCases } from './articleCases.ts';
import { quoteAndEntityCases, searchCases } from './queryCases.ts';
import { resolutionCases } from './resolutionCases.ts';
import { storyCases } from './storyCases.ts';
import { templateCases } from './templateCases.ts';
import type { OpenFresh } from './support.ts';

export type { OpenFresh } from './support.ts';

export function conformance(dialect: StoreDialect, open: OpenFresh): void {
  articleCases(dialect, open);
  transactionCases(dialect, open);
  storyCases(dialect, open);
  quoteAndEntityCases(dialect, open);
  searchCases(dialect, open);
  templateCases(dialect, open);
  resolutionCases(dialect, open);
}
