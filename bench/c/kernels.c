/*
 * The C engine of `npm run bench`: fused loops (loops.h) driven over stdin, one request a
 * line, one JSON reply a line (see bench/engines/c.ts):
 *
 *   prepare <kernel> <dtype> <d0> <d1> <param> <seed> <arrays> (<U|I> <lo> <hi|count>)...
 *       kernel: mse | huber | bce-with-logits | softmax-ce; dims [n, 1] or [rows, classes];
 *       param: huber's delta. Inputs are drawn with the generator of bench/data.ts.
 *   check <gradient file | ->   one call; writes the gradient as raw floats; {"value": v}
 *   time <calls>               {"ms": total} over `calls` calls, clock_gettime around them
 *   free
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define REAL float
#define NAME(base) base##_f32
#define EXP expf
#define LOG1P log1pf
#define FABS fabsf
#include "loops.h"
#undef REAL
#undef NAME
#undef EXP
#undef LOG1P
#undef FABS

#define REAL double
#define NAME(base) base##_f64
#define EXP exp
#define LOG1P log1p
#define FABS fabs
#include "loops.h"

/* The shared generator (bench/data.ts): u_i = (fmix32(i ^ key) >> 8) / 2^24. */
static uint32_t fmix32(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}

static double draw(char kind, double lo, double hi_or_count, uint32_t key, uint32_t i) {
  double u = (double)(fmix32(i ^ key) >> 8) * 0x1p-24;
  /* lo, hi are multiples of 2^-10 (workloads.ts): exact in double, FMA or not. */
  return kind == 'I' ? lo + floor(hi_or_count * u) : lo + (hi_or_count - lo) * u;
}

typedef double (*elementwise_f32)(const float *, const float *, float *, long, double);
typedef double (*elementwise_f64)(const double *, const double *, double *, long, double);

static struct {
  char kernel[32];
  int f64;
  long d0, d1, grad_len;
  double param;
  void *x, *t, *g;
  int *labels;
} job;

static void release(void) {
  free(job.x); free(job.t); free(job.g); free(job.labels);
  job.x = job.t = job.g = NULL;
  job.labels = NULL;
}

static int is(const char *name) { return strcmp(job.kernel, name) == 0; }

static double call(void) {
  if (is("softmax-ce")) {
    return job.f64 ? softmax_ce_f64(job.x, job.labels, job.g, job.d0, job.d1)
                   : softmax_ce_f32(job.x, job.labels, job.g, job.d0, job.d1);
  }
  elementwise_f32 f32 = is("mse") ? mse_f32 : is("huber") ? huber_f32 : bce_with_logits_f32;
  elementwise_f64 f64 = is("mse") ? mse_f64 : is("huber") ? huber_f64 : bce_with_logits_f64;
  return job.f64 ? f64(job.x, job.t, job.g, job.d0, job.param) : f32(job.x, job.t, job.g, job.d0, job.param);
}

static void *alloc_fill(long length, int as_int, int f64, char kind, double lo, double hi, uint32_t key) {
  size_t width = as_int ? sizeof(int) : f64 ? sizeof(double) : sizeof(float);
  void *p = malloc((size_t)length * width);
  if (!p) return NULL;
  for (long i = 0; i < length; i++) {
    double v = draw(kind, lo, hi, key, (uint32_t)i);
    if (as_int) ((int *)p)[i] = (int)v;
    else if (f64) ((double *)p)[i] = v;
    else ((float *)p)[i] = (float)v;
  }
  return p;
}

static int prepare(char *args) {
  char dtype[16];
  unsigned seed;
  int arrays, used;
  if (sscanf(args, "%31s %15s %ld %ld %lf %u %d%n", job.kernel, dtype, &job.d0, &job.d1, &job.param, &seed, &arrays, &used) != 7) return 0;
  if (!(is("mse") || is("huber") || is("bce-with-logits") || is("softmax-ce")) || arrays != 2) return 0;
  release();
  job.f64 = strcmp(dtype, "float64") == 0;
  int ce = is("softmax-ce");
  job.grad_len = job.d0 * (ce ? job.d1 : 1);
  args += used;
  for (int a = 0; a < arrays; a++) {
    char kind;
    double lo, hi;
    if (sscanf(args, " %c %lf %lf%n", &kind, &lo, &hi, &used) != 3) return 0;
    args += used;
    uint32_t key = fmix32((uint32_t)seed * 0x9e3779b9u + (uint32_t)a);
    long length = a == 0 || !ce ? job.grad_len : job.d0;
    void *p = alloc_fill(length, ce && a == 1, job.f64, kind, lo, hi, key);
    if (!p) return 0;
    if (a == 0) job.x = p;
    else if (ce) job.labels = p;
    else job.t = p;
  }
  job.g = calloc((size_t)job.grad_len, job.f64 ? sizeof(double) : sizeof(float));
  return job.g != NULL;
}

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec * 1e-6;
}

int main(void) {
  static char line[4096];
  volatile double sink = 0; /* keeps every call's result alive */
  setvbuf(stdout, NULL, _IOLBF, 0);
  while (fgets(line, sizeof line, stdin)) {
    line[strcspn(line, "\n")] = 0;
    if (strncmp(line, "prepare ", 8) == 0) {
      if (prepare(line + 8)) printf("{\"ok\":true}\n");
      else printf("{\"error\":\"c: cannot prepare '%s' (unknown kernel, bad request or out of memory)\"}\n", line + 8);
    } else if (strncmp(line, "check ", 6) == 0) {
      double value = call();
      const char *path = line + 6;
      if (strcmp(path, "-") != 0) {
        FILE *f = fopen(path, "wb");
        size_t width = job.f64 ? sizeof(double) : sizeof(float);
        if (!f || fwrite(job.g, width, (size_t)job.grad_len, f) != (size_t)job.grad_len) {
          printf("{\"error\":\"c: cannot write %s\"}\n", path);
          if (f) fclose(f);
          continue;
        }
        fclose(f);
      }
      printf("{\"value\":%.17g}\n", value);
    } else if (strncmp(line, "time ", 5) == 0) {
      long calls = atol(line + 5);
      double start = now_ms();
      for (long i = 0; i < calls; i++) sink += call();
      printf("{\"ms\":%.6f}\n", now_ms() - start);
    } else if (strcmp(line, "free") == 0) {
      release();
      printf("{\"ok\":true}\n");
    } else {
      printf("{\"error\":\"c: unknown request\"}\n");
    }
  }
  release();
  return sink == 12345.678 ? 1 : 0;
}
