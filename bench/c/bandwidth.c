/*
 * Single-thread memory bandwidth probe: `bandwidth <n floats>` prints one JSON line with the
 * best of several repetitions of
 *   read         sum over one array                       (4n bytes)
 *   copy         memcpy                                   (8n bytes: read + write)
 *   read2write1  c[i] = a[i] - b[i], mse's traffic        (12n bytes)
 * in GB/s (1e9 bytes). Counts the bytes a kernel asks for, not write-allocate reads; the
 * read2write1 rate is therefore the speed limit of an elementwise value+gradient loop.
 * Built with -O3 -march=native -ffast-math so the sum is vectorised.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 100000000L;
  float *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b), *c = malloc(n * sizeof *c);
  if (!a || !b || !c) {
    printf("{\"error\":\"bandwidth: cannot allocate 3 x %ld floats\"}\n", n);
    return 1;
  }
  /* Touch every page first: the first write to fresh memory costs a page fault, not bandwidth. */
  for (long i = 0; i < n; i++) { a[i] = (float)(i & 1023); b[i] = 1.0f; c[i] = 0.0f; }
  double best_read = 1e30, best_copy = 1e30, best_triad = 1e30;
  volatile float sink = 0;
  for (int rep = 0; rep < 5; rep++) {
    double t0 = now_s();
    float s = 0;
    for (long i = 0; i < n; i++) s += a[i];
    sink += s;
    double t1 = now_s();
    memcpy(c, a, n * sizeof *a);
    double t2 = now_s();
    for (long i = 0; i < n; i++) c[i] = a[i] - b[i];
    double t3 = now_s();
    sink += c[rep];
    if (t1 - t0 < best_read) best_read = t1 - t0;
    if (t2 - t1 < best_copy) best_copy = t2 - t1;
    if (t3 - t2 < best_triad) best_triad = t3 - t2;
  }
  double bytes = 4.0 * (double)n;
  printf("{\"n\":%ld,\"readGBs\":%.2f,\"copyGBs\":%.2f,\"read2write1GBs\":%.2f}\n",
         n, bytes / best_read / 1e9, 2 * bytes / best_copy / 1e9, 3 * bytes / best_triad / 1e9);
  free(a); free(b); free(c);
  return sink == 0.5f ? 1 : 0;
}
