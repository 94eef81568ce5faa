/**
 * Clustering scores used in the story-detection literature, shared by the benchmark and
 * the gate test. Both take a predicted and a gold label per item (items missing from
 * either side are ignored).
 * - Pairwise ("standard", Miranda et al. 2018's scorer): precision/recall over the pairs of
 *   items put in one cluster.
 * - BCubed (Bagga & Baldwin 1998): per item, precision = share of its predicted cluster with
 *   its gold label, recall = share of its gold cluster in its predicted cluster; averaged over
 *   items; F1 of the two averages.
 */
export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClusteringScores {
  pairwise: Scores;
  bcubed: Scores;
  items: number;
  predictedClusters: number;
  goldClusters: number;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

const pairs = (n: number) => (n * (n - 1)) / 2;

export function scoreClustering(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): ClusteringScores {
  const cell = new Map<string, number>();
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const items: [string, string][] = [];
  for (const [item, p] of predicted) {
    const g = gold.get(item);
    if (g === undefined) continue;
    items.push([p, g]);
    const key = `${p}\u0000${g}`;
    cell.set(key, (cell.get(key) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
  }
  let same = 0;
  for (const n of cell.values()) same += pairs(n);
  let predPairs = 0;
  for (const n of predSize.values()) predPairs += pairs(n);
  let goldPairs = 0;
  for (const n of goldSize.values()) goldPairs += pairs(n);
  // With no pairs on a side, that side made no pair errors.
  const pp = predPairs === 0 ? 1 : same / predPairs;
  const pr = goldPairs === 0 ? 1 : same / goldPairs;
  let bp = 0;
  let br = 0;
  for (const [p, g] of items) {
    const n = cell.get(`${p}\u0000${g}`)!;
    bp += n / predSize.get(p)!;
    br += n / goldSize.get(g)!;
  }
  const count = items.length;
  const bP = count === 0 ? 0 : bp / count;
  const bR = count === 0 ? 0 : br / count;
  return {
    pairwise: { precision: pp, recall: pr, f1: f1(pp, pr) },
    bcubed: { precision: bP, recall: bR, f1: f1(bP, bR) },
    items: count,
    predictedClusters: predSize.size,
    goldClusters: goldSize.size,
  };
}

/** Item → label map from clusters given as lists of items. */
export function labelsOf(clusters: readonly (readonly string[])[]): Map<string, string> {
  const labels = new Map<string, string>();
  clusters.forEach((members, i) => {
    for (const item of members) labels.set(item, `c${i}`);
  });
  return labels;
}

/** BCubed F1 between two clusterings of the same items (symmetric). */
export function bcubedAgreement(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): number {
  return scoreClustering(a, b).bcubed.f1;
}
