// First-order optimizer steps over float32 parameters, in f32x4 lanes (the trainer's WASM
// path, src/train/runner-wasm.ts). The TypeScript reference is src/train/optimizer.ts.
// L2 weight decay enters the gradient as weightDecay * w (the caller passes 0 for biases),
// as PyTorch's `weight_decay` does for SGD and Adam.

/** The gradient at byte offset `at`, plus weightDecay * p (when weightDecay is not 0). */
// @ts-ignore: decorator
@inline function decayedGradient(g: usize, at: usize, pv: v128, wd: v128, weightDecay: f32): v128 {
  const gv = v128.load(g + at);
  return weightDecay != 0 ? f32x4.add(gv, f32x4.mul(wd, pv)) : gv;
}

/**
 * Adam with bias correction, in PyTorch's arrangement (torch.optim.Adam, single-tensor path):
 *   g += weightDecay * p
 *   m = beta1 m + (1 - beta1) g;  s = beta2 s + (1 - beta2) g^2
 *   p -= stepSize * m / (sqrt(s) * invRootCorrection2 + eps)
 * with stepSize = lr / (1 - beta1^t) and invRootCorrection2 = 1 / sqrt(1 - beta2^t) computed
 * by the caller in float64 and rounded once. So are 1 - beta1 and 1 - beta2, as PyTorch, numpy
 * and TensorFlow.js take them: 1 - fround(0.999) would be 1.3e-5 off 0.001 and make every step
 * 6e-6 too long.
 */
export function adamStepF32(
  p: usize, g: usize, m: usize, s: usize, n: i32,
  beta1: f32, oneMinusBeta1: f32, beta2: f32, oneMinusBeta2: f32, stepSize: f32, invRootCorrection2: f32, eps: f32, weightDecay: f32,
): void {
  const b1 = f32x4.splat(beta1);
  const c1 = f32x4.splat(oneMinusBeta1);
  const b2 = f32x4.splat(beta2);
  const c2 = f32x4.splat(oneMinusBeta2);
  const step = f32x4.splat(stepSize);
  const root = f32x4.splat(invRootCorrection2);
  const e = f32x4.splat(eps);
  const wd = f32x4.splat(weightDecay);
  let k = 0;
  for (; k + 4 <= n; k += 4) {
    const at = <usize>k << 2;
    const pv = v128.load(p + at);
    const gv = decayedGradient(g, at, pv, wd, weightDecay);
    const mv = f32x4.add(f32x4.mul(b1, v128.load(m + at)), f32x4.mul(c1, gv));
    const sv = f32x4.add(f32x4.mul(b2, v128.load(s + at)), f32x4.mul(c2, f32x4.mul(gv, gv)));
    v128.store(m + at, mv);
    v128.store(s + at, sv);
    const denom = f32x4.add(f32x4.mul(f32x4.sqrt(sv), root), e);
    v128.store(p + at, f32x4.sub(pv, f32x4.div(f32x4.mul(step, mv), denom)));
  }
  for (; k < n; k++) {
    const at = <usize>k << 2;
    const pk = load<f32>(p + at);
    let gk = load<f32>(g + at);
    if (weightDecay != 0) gk += weightDecay * pk;
    const mk = beta1 * load<f32>(m + at) + oneMinusBeta1 * gk;
    const sk = beta2 * load<f32>(s + at) + oneMinusBeta2 * (gk * gk);
    store<f32>(m + at, mk);
    store<f32>(s + at, sk);
    store<f32>(p + at, pk - (stepSize * mk) / (Mathf.sqrt(sk) * invRootCorrection2 + eps));
  }
}

/**
 * SGD with heavy-ball momentum (torch.optim.SGD, dampening 0, no Nesterov):
 *   g += weightDecay * p;  v = momentum v + g;  p -= lr v
 */
export function sgdStepF32(p: usize, g: usize, v: usize, n: i32, learningRate: f32, momentum: f32, weightDecay: f32): void {
  const lr = f32x4.splat(learningRate);
  const mu = f32x4.splat(momentum);
  const wd = f32x4.splat(weightDecay);
  let k = 0;
  for (; k + 4 <= n; k += 4) {
    const at = <usize>k << 2;
    const pv = v128.load(p + at);
    const gv = decayedGradient(g, at, pv, wd, weightDecay);
    const vv = f32x4.add(f32x4.mul(mu, v128.load(v + at)), gv);
    v128.store(v + at, vv);
    v128.store(p + at, f32x4.sub(pv, f32x4.mul(lr, vv)));
  }
  for (; k < n; k++) {
    const at = <usize>k << 2;
    const pk = load<f32>(p + at);
    let gk = load<f32>(g + at);
    if (weightDecay != 0) gk += weightDecay * pk;
    const vk = momentum * load<f32>(v + at) + gk;
    store<f32>(v + at, vk);
    store<f32>(p + at, pk - learningRate * vk);
  }
}
