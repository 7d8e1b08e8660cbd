/**
 * `losskit explore`: an interactive page of losses (any registry loss's value and gradient
 * with option sliders, the outlier lesson, cross-entropy against the true class, training and
 * validation curves), self-contained and offline; written to a file or served on localhost.
 */
import { patternRuns } from './patterns.js';
import { renderExplorerPage } from './page.js';
import { explorerScript } from './script.js';

export type { ExplorerData, PatternRun, PatternEpoch, PatternFinding } from './types.js';
export { servePage, type RunningServer } from './serve.js';
export { PATTERNS, patternRuns } from './patterns.js';
export { renderExplorerPage } from './page.js';

/** The whole page: trains the curve lesson's runs (a few seconds), bundles or loads the script. */
export async function buildExplorerPage(version: string, onProgress: (text: string) => void = () => {}): Promise<string> {
  const script = await explorerScript();
  const patterns = patternRuns((title) => onProgress(`training the '${title}' run\n`));
  return renderExplorerPage({ version, patterns }, script);
}
