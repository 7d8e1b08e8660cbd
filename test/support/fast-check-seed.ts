/**
 * Every property test draws from one seed when FC_SEED is set, so a CI run can be replayed bit
 * for bit (`FC_SEED=N npm test`); unset, each run draws a fresh seed and keeps exploring.
 * .ci/run sets it from the commit: the same commit always runs the same cases, so a red or green
 * CI is reproducible on any machine, and every new commit explores new ones.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== undefined && seed !== '') {
  const value = Number(seed);
  if (!Number.isSafeInteger(value)) throw new Error(`FC_SEED must be an integer, got '${seed}'`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: value | 0 });
}
