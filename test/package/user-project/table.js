// A small user table (CSV text with a category, a gap and a target), parsed by losskit/data in
// Chromium (browser-checks.js) and in Node (tarball.test.ts): both must see the same dataset.
export const TABLE_CSV = ['id,region,rooms,price', ...Array.from({ length: 30 }, (_, i) =>
  `${i + 1},${['north', 'south', 'east'][i % 3]},${i === 7 ? '' : (2 + (i % 5) * 0.5).toFixed(1)},${(100 + 7 * i + (i % 4) * 3).toFixed(0)}`)].join('\n');

/** What the checks report of a parsed table and its seeded split. */
export function describeTable(data, csv) {
  const table = data.parseTable(csv, 'csv', 'prices.csv', { target: 'price' });
  const split = data.prepareSplit(table, { seed: 1 });
  return {
    task: table.task, rows: table.rows, features: [...table.featureNames],
    split: [split.train.rows, split.validation.rows, split.test.rows], firstTrainTarget: split.train.target[0],
  };
}
