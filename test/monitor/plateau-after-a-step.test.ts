/**
 * A plateau read after a step down inside its window (the hundred-and-third corpus's c02: mmhuman3d's per-step loss
 * falls at an epoch's start and is flat since) names the stall since its last new best: the window's fall is that step,
 * and calling it "no fall worth having" contradicted the numbers printed beside it (-5.9 %, p = 1.9e-6).
 * Since rules-64 the run itself is read as still improving (its lowest point lies in the run's last tenth; both
 * labellers expected still-improving), so the plateau's words are checked with the last stretch's best held to the
 * last twentieth, as before rules-64.
 */
import { expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { HUNDRED_THIRD_C_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';

const RUN = 'c02-mmhuman3d-log-yuchen-ji-ormr-heatmap';

it('says the fall is behind the stall, not that there was none', async () => {
  const { history } = await diagnoseCorpusRun(HUNDRED_THIRD_C_CORPUS_DIR, RUN);
  const plateau = diagnose(history, { lastStretchBestShare: 0.05 }).find((finding) => finding.kind === 'plateau');
  expect(plateau?.message).toMatch(/-5\.9% \+\/- [\d.]+% over the last 49 points \(Mann-Kendall z = -4\.62, p = [\d.e-]+\), but no new best beyond the noise bar \([\d.]+%\) for the last \d+ points: the fall is behind it/);
  expect(plateau?.message).not.toMatch(/no fall worth having/);
});

it('is still improving with the rules as they are (rules-64), as both labellers read it', async () => {
  const { findings } = await diagnoseCorpusRun(HUNDRED_THIRD_C_CORPUS_DIR, RUN);
  expect(findings.map((finding) => finding.kind)).toContain('still-improving');
  expect(findings.map((finding) => finding.kind)).not.toContain('plateau');
});
