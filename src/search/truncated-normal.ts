/**
 * The truncated normal distribution as Optuna's TPE uses it (optuna/samplers/_tpe/_truncnorm.py,
 * itself following scipy.stats.truncnorm): the log of the Gaussian mass of an interval, the
 * log-density, and the quantile function (for sampling by inverse CDF) computed through
 * log Φ with Newton steps, so that intervals far in a tail keep their precision.
 *
 * erf and erfc are FreeBSD's msun s_erf.c (Sun Microsystems, 1993: "Permission to use, copy,
 * modify, and distribute this software is freely granted, provided that this notice is
 * preserved"), the same source Optuna's _erf.py ports; erfc keeps the split of x into a
 * short high part so that exp(-x²) stays accurate in the tail.
 */

const ERX = 8.45062911510467529297e-1;
const EFX = 1.28379167095512586316e-1;
const PP = [1.28379167095512558561e-1, -3.25042107247001499370e-1, -2.84817495755985104766e-2, -5.77027029648944159157e-3, -2.37630166566501626084e-5];
const QQ = [1, 3.97917223959155352819e-1, 6.50222499887672944485e-2, 5.08130628187576562776e-3, 1.32494738004321644526e-4, -3.96022827877536812320e-6];
const PA = [-2.36211856075265944077e-3, 4.14856118683748331666e-1, -3.72207876035701323847e-1, 3.18346619901161753674e-1, -1.10894694282396677476e-1, 3.54783043256182359371e-2, -2.16637559486879084300e-3];
const QA = [1, 1.06420880400844228286e-1, 5.40397917702171048937e-1, 7.18286544141962662868e-2, 1.26171219808761642112e-1, 1.36370839120290507362e-2, 1.19844998467991074170e-2];
const RA = [-9.86494403484714822705e-3, -6.93858572707181764372e-1, -1.05586262253232909814e1, -6.23753324503260060396e1, -1.62396669462573470355e2, -1.84605092906711035994e2, -8.12874355063065934246e1, -9.81432934416914548592];
const SA = [1, 1.96512716674392571292e1, 1.37657754143519042600e2, 4.34565877475229228821e2, 6.45387271733267880336e2, 4.29008140027567833386e2, 1.08635005541779435134e2, 6.57024977031928170135, -6.04244152148580987438e-2];
const RB = [-9.86494292470009928597e-3, -7.99283237680523006574e-1, -1.77579549177547519889e1, -1.60636384855821916062e2, -6.37566443368389627722e2, -1.02509513161107724954e3, -4.83519191608651397019e2];
const SB = [1, 3.03380607434824582924e1, 3.25792512996573918826e2, 1.53672958608443695994e3, 3.19985821950859553908e3, 2.55305040643316442583e3, 4.74528541206955367215e2, -2.24409524465858183362e1];
/** erf(x) = x + efx x below 2^-28; erfc(x) = 1 - x below 2^-56 (msun's thresholds). */
const TINY = 2 ** -28;
const ERFC_TINY = 2 ** -56;

function poly(coefficients: readonly number[], x: number): number {
  let sum = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) sum = sum * x + (coefficients[i] as number);
  return sum;
}

const splitView = new DataView(new ArrayBuffer(8));
/** x with the low 32 bits of its mantissa cleared (msun's SET_LOW_WORD(z, 0)). */
function highPart(x: number): number {
  splitView.setFloat64(0, x);
  splitView.setUint32(4, 0);
  return splitView.getFloat64(0);
}

/** erfc(|x|) for 1.25 <= |x| < 28, as exp(-z² - 0.5625) exp((z - x)(z + x) + R/S) / x. */
function erfcTail(ax: number): number {
  const s = 1 / (ax * ax);
  const ratio = ax < 1 / 0.35 ? poly(RA, s) / poly(SA, s) : poly(RB, s) / poly(SB, s);
  const z = highPart(ax);
  return (Math.exp(-z * z - 0.5625) * Math.exp((z - ax) * (z + ax) + ratio)) / ax;
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    if (ax < TINY) return x + EFX * x;
    const z = x * x;
    return x + x * (poly(PP, z) / poly(QQ, z));
  }
  if (ax < 1.25) {
    const s = ax - 1;
    const value = ERX + poly(PA, s) / poly(QA, s);
    return x >= 0 ? value : -value;
  }
  if (ax >= 6) return x >= 0 ? 1 : -1;
  const value = 1 - erfcTail(ax);
  return x >= 0 ? value : -value;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    if (ax < ERFC_TINY) return 1 - x;
    const z = x * x;
    const y = x * (poly(PP, z) / poly(QQ, z));
    return x < 0.25 ? 1 - (x + y) : 0.5 - (x - 0.5 + y);
  }
  if (ax < 1.25) {
    const s = ax - 1;
    const ratio = poly(PA, s) / poly(QA, s);
    return x >= 0 ? 1 - ERX - ratio : 1 + ERX + ratio;
  }
  if (ax < 28) {
    const tail = erfcTail(ax);
    return x > 0 ? tail : 2 - tail;
  }
  return x > 0 ? 0 : 2;
}

const SQRT1_2 = Math.SQRT1_2;
const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** Φ(a), the standard normal CDF, through erfc in the tails (Optuna's _ndtr_single). */
export function ndtr(a: number): number {
  const x = a * SQRT1_2;
  if (x < -SQRT1_2) return 0.5 * erfc(-x);
  if (x < SQRT1_2) return 0.5 + 0.5 * erf(x);
  return 1 - 0.5 * erfc(x);
}

/** log Φ(a); below -20 by the asymptotic series of the Mills ratio (Optuna's _log_ndtr_single). */
export function logNdtr(a: number): number {
  if (a > 6) return -ndtr(-a);
  if (a > -20) return Math.log(ndtr(a));
  const logLeft = -0.5 * a * a - Math.log(-a) - LOG_SQRT_2PI;
  let last = 0;
  let right = 1;
  let numerator = 1;
  let denominator = 1;
  const step = 1 / (a * a);
  let sign = 1;
  for (let i = 1; Math.abs(last - right) > Number.EPSILON; i++) {
    last = right;
    sign = -sign;
    denominator *= step;
    numerator *= 2 * i - 1;
    right += sign * numerator * denominator;
  }
  return logLeft + Math.log(right);
}

/** log(e^p - e^q) for p >= q. */
function logDiff(p: number, q: number): number {
  return p + Math.log1p(-Math.exp(q - p));
}

/** log(e^p + e^q). */
export function logAddExp(p: number, q: number): number {
  const max = Math.max(p, q);
  if (max === -Infinity) return -Infinity;
  return max + Math.log(Math.exp(p - max) + Math.exp(q - max));
}

/** log of the standard normal mass of [a, b] (Optuna's _log_gauss_mass): the side away from the mode is computed in log space. */
export function logGaussMass(a: number, b: number): number {
  if (b <= 0) return logDiff(logNdtr(b), logNdtr(a));
  if (a > 0) return logDiff(logNdtr(-a), logNdtr(-b));
  return Math.log1p(-ndtr(a) - ndtr(-b));
}

/** x such that log Φ(x) = y, by Newton's method from Optuna's starting guesses (_ndtri_exp). */
export function ndtriExp(y: number): number {
  const flipped = y > -1e-2;
  const z = flipped ? Math.log(-Math.expm1(y)) : y;
  let x = z < -5 ? -Math.sqrt(-2 * (z + LOG_SQRT_2PI)) : -(Math.sqrt(3) / Math.PI) * Math.log(Math.expm1(-z));
  for (let i = 0; i < 100; i++) {
    const logPhi = logNdtr(x);
    const logDensity = -0.5 * x * x - LOG_SQRT_2PI;
    const dx = (logPhi - z) * Math.exp(logPhi - logDensity);
    x -= dx;
    if (Math.abs(dx) < 1e-8 * Math.abs(x)) break;
  }
  return flipped ? -x : x;
}

/**
 * The q-quantile of the standard normal truncated to [a, b] (Optuna's _truncnorm.ppf): solves
 * Φ(c) = Φ(a) + q (Φ(b) - Φ(a)) in log space, from the left tail when a < 0 and mirrored otherwise.
 */
export function truncatedNormalQuantile(q: number, a: number, b: number): number {
  if (a === b) return Number.NaN;
  if (q === 0) return a;
  if (q === 1) return b;
  const logMass = logGaussMass(a, b);
  if (a < 0) return ndtriExp(logAddExp(logNdtr(a), Math.log(q) + logMass));
  return -ndtriExp(logAddExp(logNdtr(-b), Math.log1p(-q) + logMass));
}

/** log density at x of N(mu, sigma²) truncated to [low, high]; -Infinity outside. */
export function truncatedNormalLogPdf(x: number, mu: number, sigma: number, low: number, high: number): number {
  const a = (low - mu) / sigma;
  const b = (high - mu) / sigma;
  if (a === b) return Number.NaN;
  const z = (x - mu) / sigma;
  if (z < a || z > b) return -Infinity;
  return -0.5 * z * z - LOG_SQRT_2PI - logGaussMass(a, b) - Math.log(sigma);
}
