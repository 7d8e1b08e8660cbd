"""numpy peer of the training bench (bench/training): the same 784 -> 64 -> 10 ReLU MLP, softmax
cross-entropy and Adam as losskit's trainer, in idiomatic float32 numpy (matrix products through
numpy's BLAS, everything else vectorised, Adam updated in place).

One long-lived process; bench/training/numpy.ts writes one JSON request a line:
  {"cmd": "prepare", "features", "labels", "order", "initial" (raw file paths), "rows", "inputs",
   "hidden", "outputs", "batchSize", "learningRate", "beta1", "beta2", "epsilon"} -> {"ok": true}
  {"cmd": "epoch"} -> {"ms", "meanLoss"}: one epoch, timed with time.perf_counter
The harness sets OPENBLAS_NUM_THREADS=1 (and OMP/MKL) for the one-core comparison; the greeting
reports the BLAS, its kernel core and its thread count.
"""
import ctypes
import glob
import json
import os
import sys
import time

try:
    import numpy as np
except ImportError:
    print(json.dumps({"error": "python3 has no numpy"}), flush=True)
    sys.exit(0)


def blas_info():
    info = {"blas": "unknown"}
    try:
        blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
        info["blas"] = f"{blas.get('name')} {blas.get('version')}"
    except Exception:  # older numpy: no dict mode
        pass
    # OpenBLAS wheels expose their kernel core (e.g. SkylakeX = AVX-512) and thread count.
    for path in glob.glob(os.path.join(os.path.dirname(np.__file__), "..", "numpy.libs", "*openblas*")):
        try:
            lib = ctypes.CDLL(path)
            for prefix in ("scipy_openblas_", "openblas_"):
                for suffix in ("64_", ""):
                    core = getattr(lib, f"{prefix}get_corename{suffix}", None)
                    threads = getattr(lib, f"{prefix}get_num_threads{suffix}", None)
                    if core and threads:
                        core.restype = ctypes.c_char_p
                        info["core"] = core().decode()
                        info["threads"] = str(threads())
                        return info
        except OSError:
            pass
    return info


class Trainer:
    def __init__(self, req):
        rows, inputs, hidden, outputs = req["rows"], req["inputs"], req["hidden"], req["outputs"]
        self.x = np.fromfile(req["features"], dtype=np.float32).reshape(rows, inputs)
        self.y = np.fromfile(req["labels"], dtype=np.int32)
        self.order = np.fromfile(req["order"], dtype=np.int32)
        p = np.fromfile(req["initial"], dtype=np.float32)
        # losskit's layout: W1 [hidden x inputs], b1, W2 [outputs x hidden], b2.
        sizes = [hidden * inputs, hidden, outputs * hidden, outputs]
        parts = np.split(p, np.cumsum(sizes)[:-1])
        self.params = [parts[0].reshape(hidden, inputs).copy(), parts[1].copy(), parts[2].reshape(outputs, hidden).copy(), parts[3].copy()]
        self.m = [np.zeros_like(q) for q in self.params]
        self.v = [np.zeros_like(q) for q in self.params]
        self.t = 0
        self.batch = req["batchSize"]
        self.lr, self.beta1, self.beta2, self.eps = req["learningRate"], req["beta1"], req["beta2"], req["epsilon"]

    def step(self, idx):
        w1, b1, w2, b2 = self.params
        x, y = self.x[idx], self.y[idx]
        n = len(idx)
        rows = np.arange(n)
        z1 = x @ w1.T + b1
        h = np.maximum(z1, 0)
        z2 = h @ w2.T + b2
        z2 -= z2.max(axis=1, keepdims=True)
        e = np.exp(z2)
        s = e.sum(axis=1, keepdims=True)
        loss = float(np.mean(np.log(s[:, 0]) - z2[rows, y]))
        dz2 = e / s
        dz2[rows, y] -= 1
        dz2 /= n
        dh = dz2 @ w2
        dh[z1 <= 0] = 0
        grads = [dh.T @ x, dh.sum(axis=0), dz2.T @ h, dz2.sum(axis=0)]
        self.t += 1
        step = self.lr / (1 - self.beta1 ** self.t)
        root = 1 / (1 - self.beta2 ** self.t) ** 0.5
        for q, g, m, v in zip(self.params, grads, self.m, self.v):
            m *= self.beta1
            m += (1 - self.beta1) * g
            v *= self.beta2
            v += (1 - self.beta2) * (g * g)
            q -= step * m / (np.sqrt(v) * root + self.eps)
        return loss

    def epoch(self):
        started = time.perf_counter()
        total = 0.0
        batches = 0
        for start in range(0, len(self.order), self.batch):
            total += self.step(self.order[start:start + self.batch])
            batches += 1
        return {"ms": (time.perf_counter() - started) * 1000, "meanLoss": total / batches}


def main():
    print(json.dumps({"numpy": np.__version__, "python": sys.version.split()[0], **blas_info()}), flush=True)
    trainer = None
    for line in sys.stdin:
        req = json.loads(line)
        try:
            if req["cmd"] == "prepare":
                trainer = Trainer(req)
                reply = {"ok": True}
            elif req["cmd"] == "epoch":
                reply = trainer.epoch()
            else:
                reply = {"error": f"unknown command {req['cmd']}"}
        except Exception as error:  # reported to the harness, which marks the engine failed
            reply = {"error": f"{type(error).__name__}: {error}"}
        print(json.dumps(reply), flush=True)


main()
