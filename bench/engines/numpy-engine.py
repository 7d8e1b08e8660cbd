"""numpy peer of `npm run bench`: idiomatic vectorised value + gradient, 'mean' reduction.

One long-lived process; the harness (bench/engines/numpy.ts) writes one JSON request a line
and reads one JSON reply a line:
  {"cmd": "prepare", "kernel", "dtype", "dims", "seed", "arrays", "options"}  -> {"ok": true}
  {"cmd": "check", "gradPath": path | null}  -> {"value": v}; gradients written as raw floats
  {"cmd": "time", "calls": k}                -> {"ms": total}, time.perf_counter around k calls
  {"cmd": "free"}
Inputs are drawn with the generator of bench/data.ts, so no data crosses the pipe.
"""
import json
import sys
import time

try:
    import numpy as np
except ImportError:
    print(json.dumps({"error": "python3 has no numpy"}), flush=True)
    sys.exit(0)

U32 = np.uint32


def fmix32_int(h):
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & 0xFFFFFFFF
    return h ^ (h >> 16)


def fmix32(h):
    h = h ^ (h >> U32(16))
    h = h * U32(0x85EBCA6B)  # uint32 arrays wrap, as Math.imul and C's uint32_t do
    h = h ^ (h >> U32(13))
    h = h * U32(0xC2B2AE35)
    return h ^ (h >> U32(16))


def draw(recipe, dtype, seed, stream):
    key = fmix32_int((seed * 0x9E3779B9 + stream) & 0xFFFFFFFF)
    u = (fmix32(np.arange(recipe["length"], dtype=U32) ^ U32(key)) >> U32(8)).astype(np.float64) * 2.0**-24
    if recipe["kind"] == "int":
        return recipe["lo"] + np.floor(recipe["count"] * u).astype(np.int64)
    x = (recipe["lo"] + (recipe["hi"] - recipe["lo"]) * u).astype(dtype)
    if recipe["kind"] == "log-softmax":
        z = x.astype(np.float64).reshape(-1, recipe["classes"])
        m = z.max(axis=1, keepdims=True)
        x = (z - m - np.log(np.exp(z - m).sum(axis=1, keepdims=True))).astype(dtype).ravel()
    return x


def sigmoid_and_softplus_neg_abs(x):
    """sigmoid(x) and log1p(exp(-|x|)) from one exp that never overflows."""
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1 / (1 + e), e / (1 + e)), np.log1p(e)


def mse(x, t):
    d = x - t
    return np.mean(d * d), [d * (2 / d.size)]


def huber(x, t, delta):
    d = x - t
    a = np.abs(d)
    loss = np.where(a <= delta, 0.5 * d * d, delta * (a - 0.5 * delta))
    return loss.mean(), [np.clip(d, -delta, delta) / d.size]


def bce_with_logits(x, t):
    p, sp = sigmoid_and_softplus_neg_abs(x)
    return np.mean(np.maximum(x, 0) - x * t + sp), [(p - t) / x.size]


def softmax_ce(x, y):
    rows = np.arange(x.shape[0])
    z = x - x.max(axis=1, keepdims=True)
    e = np.exp(z)
    s = e.sum(axis=1, keepdims=True)
    value = np.mean(np.log(s[:, 0]) - z[rows, y])
    g = e / s
    g[rows, y] -= 1
    g /= x.shape[0]
    return value, [g]


def sigmoid_focal(x, t, alpha, gamma):
    """torchvision.ops.sigmoid_focal_loss: alpha_t (1 - p_t)^gamma BCE, differentiated by hand."""
    p, sp = sigmoid_and_softplus_neg_abs(x)
    ce = np.maximum(x, 0) - x * t + sp
    pt = p * t + (1 - p) * (1 - t)
    at = alpha * t + (1 - alpha) * (1 - t)
    w = (1 - pt) ** gamma
    dpt = p * (1 - p) * (2 * t - 1)
    g = at * ((p - t) * w - ce * gamma * (1 - pt) ** (gamma - 1) * dpt) / x.size
    return np.mean(at * ce * w), [g]


def kl_div(x, t):
    """PyTorch kl_div(input=log q, target=p), elementwise 'mean'; p > 0 here."""
    return np.mean(t * (np.log(t) - x)), [-t / x.size]


def triplet_margin(a, p, n, margin, eps=1e-6):
    """torch triplet_margin_loss, p=2: d(u, v) = ||u - v + eps||."""
    dp, dn = a - p + eps, a - n + eps
    np_, nn_ = np.sqrt((dp * dp).sum(axis=1)), np.sqrt((dn * dn).sum(axis=1))
    h = np_ - nn_ + margin
    active = (h > 0).astype(a.dtype) / a.shape[0]
    cp, cn = (active / np_)[:, None] * dp, (active / nn_)[:, None] * dn
    return np.maximum(h, 0).mean(), [cp - cn, -cp, cn]


def ctc(logp, targets, blank=0):
    """CTC in the log domain, vectorised over the batch, every sequence using all T frames and
    S labels. 'mean' = mean_n(l_n / S). The gradient is losskit's: -posterior (the derivative
    with logProbs as free inputs), not torch's exp(logp) - posterior."""
    T, N, C = logp.shape
    S = targets.shape[1]
    ext = np.full((N, 2 * S + 1), blank)
    ext[:, 1::2] = targets
    lp = logp.astype(np.float64)[:, np.arange(N)[:, None], ext]  # [T, N, L]
    skip = np.zeros(ext.shape, bool)
    skip[:, 2:] = (ext[:, 2:] != blank) & (ext[:, 2:] != ext[:, :-2])
    neg = np.full((N, 1), -np.inf)
    alpha = np.full(lp.shape, -np.inf)
    alpha[0, :, :2] = lp[0, :, :2]
    for t in range(1, T):
        a = alpha[t - 1]
        a1 = np.concatenate([neg, a[:, :-1]], axis=1)
        a2 = np.where(skip, np.concatenate([neg, neg, a[:, :-2]], axis=1), -np.inf)
        alpha[t] = np.logaddexp(np.logaddexp(a, a1), a2) + lp[t]
    beta = np.full(lp.shape, -np.inf)
    beta[T - 1, :, -2:] = lp[T - 1, :, -2:]
    skip_next = np.concatenate([skip[:, 2:], np.zeros((N, 2), bool)], axis=1)
    for t in range(T - 2, -1, -1):
        b = beta[t + 1]
        b1 = np.concatenate([b[:, 1:], neg], axis=1)
        b2 = np.where(skip_next, np.concatenate([b[:, 2:], neg, neg], axis=1), -np.inf)
        beta[t] = np.logaddexp(np.logaddexp(b, b1), b2) + lp[t]
    ll = np.logaddexp(alpha[T - 1, :, -1], alpha[T - 1, :, -2])
    posterior = np.exp(alpha + beta - lp - ll[None, :, None])
    g = np.zeros((T, N, C))
    tt, nn, _ = np.indices(lp.shape)
    np.add.at(g, (tt, nn, np.broadcast_to(ext, lp.shape)), -posterior)
    return np.mean(-ll / S), [(g / (N * S)).astype(logp.dtype)]


def prepare(req):
    dtype = np.float32 if req["dtype"] == "float32" else np.float64
    arrays = [draw(r, dtype, req["seed"], i) for i, r in enumerate(req["arrays"])]
    kernel, dims, opts = req["kernel"], req["dims"], req["options"]
    if kernel in ("bce-with-logits", "sigmoid-focal"):
        arrays[1] = arrays[1].astype(dtype)  # 0/1 labels as floats, as losskit takes them
    if kernel == "mse":
        return lambda: mse(*arrays)
    if kernel == "huber":
        return lambda: huber(*arrays, opts["delta"])
    if kernel == "bce-with-logits":
        return lambda: bce_with_logits(*arrays)
    if kernel == "softmax-ce":
        x = arrays[0].reshape(dims)
        return lambda: softmax_ce(x, arrays[1])
    if kernel == "sigmoid-focal":
        return lambda: sigmoid_focal(*arrays, opts["alpha"], opts["gamma"])
    if kernel == "kl-div":
        return lambda: kl_div(*arrays)
    if kernel == "triplet-margin":
        a, p, n = (v.reshape(dims) for v in arrays)
        return lambda: triplet_margin(a, p, n, opts["margin"])
    if kernel == "ctc":
        T, N, C, S = dims
        logp, targets = arrays[0].reshape(T, N, C), arrays[1].reshape(N, S)
        return lambda: ctc(logp, targets, opts["blank"])
    raise ValueError(f"numpy: unknown kernel {kernel}")


def main():
    print(json.dumps({"numpy": np.__version__, "python": sys.version.split()[0]}), flush=True)
    fn, dtype = None, None
    for line in sys.stdin:
        req = json.loads(line)
        try:
            cmd = req["cmd"]
            if cmd == "prepare":
                fn, dtype = prepare(req), req["dtype"]
                reply = {"ok": True}
            elif cmd == "check":
                value, grads = fn()
                if req["gradPath"]:
                    np.concatenate([g.ravel() for g in grads]).astype(dtype).tofile(req["gradPath"])
                reply = {"value": float(value)}
            elif cmd == "time":
                start = time.perf_counter()
                for _ in range(req["calls"]):
                    fn()
                reply = {"ms": (time.perf_counter() - start) * 1e3}
            elif cmd == "free":
                fn = None
                reply = {"ok": True}
            else:
                reply = {"error": f"numpy: unknown request {cmd}"}
        except Exception as error:  # reported to the harness, which skips the cell
            reply = {"error": f"numpy: {type(error).__name__}: {error}"}
        print(json.dumps(reply), flush=True)


with np.errstate(all="ignore"):  # log(0) = -inf in the CTC recursion is intended
    main()
