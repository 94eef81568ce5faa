/**
 * The worker pool's limits, in one place.
 */

/**
 * Longest one document may take in a worker before the worker is terminated and replaced.
 * The slowest page in the benchmark corpora takes well under a second on a loaded 2-core
 * machine, so 30 s only ever trips on a genuinely stuck document (a pathological regex, a
 * runaway loop) and never on a large but ordinary page.
 */
export const DOCUMENT_TIME_LIMIT_MS = 30_000;

/**
 * Documents kept in flight per worker by `analyzeAll`: two means a worker always has its
 * next document queued in the pool when it finishes one, while memory stays bounded
 * (results are buffered at most this many per worker to restore input order).
 */
export const IN_FLIGHT_PER_WORKER = 2;

/**
 * Consecutive start-up failures (the worker dies before its stages are loaded) after which
 * a worker slot gives up: a broken install would otherwise respawn threads forever.
 */
export const MAX_START_FAILURES = 3;

/**
 * A tiny document each worker analyses once right after loading, so the wink-nlp model
 * (loaded lazily on first use) is read before the first real document's time limit starts.
 */
export const WARM_UP_TEXT = 'Officials said on Monday that the talks in Geneva would resume.\n\n"We are ready," the minister told reporters.';
