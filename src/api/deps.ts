import type { RawDocument } from '../model/records.ts';
import type { ChorusStore } from '../store/store.ts';

/** What one ingestion call did: the same summary the CLI prints. */
export interface IngestSummary {
  added: number;
  duplicates: number;
  rejected: { source: string; reason: string }[];
  stories: number;
}

/** What the HTTP layer needs from the library; injected so tests run in-process on a real store. */
export interface ApiDependencies {
  store: ChorusStore;
  /** Runs the pipeline on raw documents and stores the results. */
  ingest(documents: readonly RawDocument[]): Promise<IngestSummary>;
  /** Write endpoints require `Authorization: Bearer <token>` when set. */
  token?: string | undefined;
  /** True when the server listens on loopback only: writes are then allowed without a token. */
  loopbackOnly: boolean;
  /** Whether URL ingestion is available (arrives with the network-ingest work). */
  fetchUrls?: ((urls: readonly string[]) => Promise<IngestSummary>) | undefined;
}
