/*
 * The C floors: single-thread fused value+gradient loops, 'mean' reduction, the same
 * formulas as losskit. Included once per precision by kernels.c with
 *   REAL           float or double
 *   NAME(base)     base##_f32 / base##_f64
 *   EXP, LOG1P, FABS   the libm functions of that precision
 * Sums accumulate in double for both precisions, as losskit does, so the floors pay for the
 * same accuracy. Built with -O3 -march=native -fopenmp-simd, and again adding -ffast-math,
 * which lets gcc call glibc's vector exp/log1p (libmvec) as well.
 */

/* With THREADS defined (engine c-fast-math-mt, built with -fopenmp), the element loops and
 * cross-entropy's row loop are also split across OpenMP threads: the floor for losskit/threads. */
#ifndef FOR_SUM
#ifdef THREADS
#define FOR_SUM _Pragma("omp parallel for simd reduction(+:sum)")
#define FOR_ROWS _Pragma("omp parallel for reduction(+:total)")
#else
#define FOR_SUM _Pragma("omp simd reduction(+:sum)")
#define FOR_ROWS
#endif
#endif

/* Hint: `#pragma omp simd reduction(+:sum)` (built with -fopenmp-simd, no OpenMP runtime)
 * lets gcc reorder that one sum, so plain -O3 vectorises the loop; without it only
 * -ffast-math could. Selects are written `a < b ? a : b` (minps) rather than as branches or
 * fminf (a libm call without -ffast-math). */

/* l = (x - t)^2, dl/dx = 2 (x - t) / n. */
static double NAME(mse)(const REAL *restrict x, const REAL *restrict t, REAL *restrict g, long n, double unused) {
  (void)unused;
  const REAL scale = (REAL)(2.0 / (double)n);
  double sum = 0;
  FOR_SUM
  for (long i = 0; i < n; i++) {
    REAL e = x[i] - t[i];
    sum += (double)(e * e);
    g[i] = scale * e;
  }
  return sum / (double)n;
}

/* l = e^2 / 2 if |e| <= delta else delta (|e| - delta / 2) = q (|e| - q / 2), q = min(|e|, delta);
 * dl/dx = clamp(e, -delta, delta) / n. */
static double NAME(huber)(const REAL *restrict x, const REAL *restrict t, REAL *restrict g, long n, double delta_) {
  const REAL delta = (REAL)delta_;
  const REAL scale = (REAL)(1.0 / (double)n);
  double sum = 0;
  FOR_SUM
  for (long i = 0; i < n; i++) {
    REAL e = x[i] - t[i], a = FABS(e);
    REAL q = a < delta ? a : delta;
    REAL c = e < delta ? e : delta;
    sum += (double)(q * (a - (REAL)0.5 * q));
    g[i] = scale * (c > -delta ? c : -delta);
  }
  return sum / (double)n;
}

/* max(x, 0) - x t + log1p(exp(-|x|)) never overflows exp; dl/dx = (sigmoid(x) - t) / n,
 * with sigmoid from the same e = exp(-|x|): 1 / (1 + e) for x >= 0, e / (1 + e) below. */
static double NAME(bce_with_logits)(const REAL *restrict x, const REAL *restrict t, REAL *restrict g, long n, double unused) {
  (void)unused;
  const REAL scale = (REAL)(1.0 / (double)n);
  double sum = 0;
  FOR_SUM
  for (long i = 0; i < n; i++) {
    REAL z = x[i], y = t[i];
    REAL e = EXP(-FABS(z)), inv = (REAL)1 / ((REAL)1 + e);
    sum += (double)((z > 0 ? z : (REAL)0) - z * y + LOG1P(e));
    g[i] = scale * ((z >= 0 ? inv : e * inv) - y);
  }
  return sum / (double)n;
}

/* Per row of logits z (C classes) with class y: l = logsumexp(z) - z_y,
 * dl/dz = (softmax(z) - onehot(y)) / N. Two passes over the row in memory (max; then exp
 * written into g and summed); the rescale pass re-reads g while the row is still in cache. */
static double NAME(softmax_ce)(const REAL *restrict x, const int *restrict y, REAL *restrict g, long rows, long classes) {
  const double inv_rows = 1.0 / (double)rows;
  double total = 0;
  FOR_ROWS
  for (long r = 0; r < rows; r++) {
    const REAL *restrict z = x + r * classes;
    REAL *restrict gr = g + r * classes;
    REAL m = z[0];
#pragma omp simd reduction(max:m)
    for (long c = 1; c < classes; c++) m = z[c] > m ? z[c] : m;
    double s = 0;
#pragma omp simd reduction(+:s)
    for (long c = 0; c < classes; c++) {
      REAL e = EXP(z[c] - m);
      gr[c] = e;
      s += (double)e;
    }
    total += (double)m + log(s) - (double)z[y[r]];
    const REAL f = (REAL)(inv_rows / s);
#pragma omp simd
    for (long c = 0; c < classes; c++) gr[c] *= f;
    gr[y[r]] -= (REAL)inv_rows;
  }
  return total * inv_rows;
}
