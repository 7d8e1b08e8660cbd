// Types of table.js for tarball.test.ts (the scratch project runs the .js as a user would).
export declare const TABLE_CSV: string;
export declare function describeTable(
  data: { parseTable: (...args: never[]) => unknown; prepareSplit: (...args: never[]) => unknown },
  csv: string,
): { task: string; rows: number; features: string[]; split: number[]; firstTrainTarget: number };
