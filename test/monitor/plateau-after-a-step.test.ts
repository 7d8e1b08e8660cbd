/**
 * A plateau read after a step down inside its window (the hundred-and-third corpus's c02: mmhuman3d's per-step loss
 * falls at an epoch's start and is flat since) names the stall since its last new best: the window's fall is that step,
 * and calling it "no fall worth having" contradicted the numbers printed beside it (-5.9 %, p = 1.9e-6).
 */
import { expect, it } from 'vitest';
import { HUNDRED_THIRD_C_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';

it('says the fall is behind the stall, not that there was none', async () => {
  const { findings } = await diagnoseCorpusRun(HUNDRED_THIRD_C_CORPUS_DIR, 'c02-mmhuman3d-log-yuchen-ji-ormr-heatmap');
  const plateau = findings.find((finding) => finding.kind === 'plateau');
  expect(plateau?.message).toMatch(/-5\.9% \+\/- [\d.]+% over the last 49 points \(Mann-Kendall z = -4\.62, p = [\d.e-]+\), but no new best beyond the noise bar \([\d.]+%\) for the last \d+ points: the fall is behind it/);
  expect(plateau?.message).not.toMatch(/no fall worth having/);
});
