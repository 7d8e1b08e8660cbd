"""Reference values for src/stats from scipy (an independent implementation), written to
test/stats/scipy-reference.json. Run from the repository root:

    python3 bench/stats-reference.py

Needs numpy and scipy (never a runtime dependency of losskit).
"""
import json

import numpy as np
import scipy
from scipy import special, stats

rng = np.random.default_rng(20240611)
cdf = []
for df in [1, 2, 3, 4, 5, 9, 24, 99, 1000]:
    for t in [-40.0, -6.5, -2.0, -0.3, 0.0, 0.7, 1.96, 3.1, 12.0, 85.0]:
        cdf.append({"t": t, "df": df, "cdf": float(stats.t.cdf(t, df)), "sf": float(stats.t.sf(t, df))})
quantiles = []
for df in [1, 2, 3, 4, 5, 9, 24, 99]:
    for p in [1e-9, 0.001, 0.025, 0.1, 0.5, 0.8, 0.975, 0.995, 1 - 1e-6]:
        quantiles.append({"p": p, "df": df, "quantile": float(stats.t.ppf(p, df))})
beta = []
for a, b, x in [(0.5, 0.5, 0.2), (2.0, 0.5, 0.9), (10.0, 3.0, 0.7), (0.5, 30.0, 0.01), (150.0, 0.5, 0.999), (3.3, 4.4, 0.5)]:
    beta.append({"a": a, "b": b, "x": x, "value": float(special.betainc(a, b, x))})
gamma = [{"x": x, "value": float(special.gammaln(x))} for x in [0.1, 0.5, 1.0, 1.5, 2.0, 7.25, 30.0, 171.5]]

# The corrected resampled t-test (Nadeau & Bengio 2003), computed here from its formula with
# numpy and scipy's t distribution, on random paired score vectors.
tests = []
for count, test_rows, train_rows in [(5, 200, 800), (10, 100, 900), (3, 30, 60), (25, 4128, 16512)]:
    a = rng.normal(0.8, 0.03, count)
    b = a - rng.normal(0.01, 0.02, count)
    d = a - b
    se = np.sqrt((1 / count + test_rows / train_rows) * d.var(ddof=1))
    t = d.mean() / se
    half = stats.t.ppf(0.975, count - 1) * se
    tests.append({
        "a": a.tolist(), "b": b.tolist(), "testRows": test_rows, "trainRows": train_rows,
        "mean": float(d.mean()), "sd": float(d.std(ddof=1)), "standardError": float(se), "t": float(t),
        "pValue": float(2 * stats.t.sf(abs(t), count - 1)), "halfWidth": float(half),
    })

with open("test/stats/scipy-reference.json", "w") as out:
    json.dump({"scipy": scipy.__version__, "numpy": np.__version__, "cdf": cdf, "quantiles": quantiles,
               "beta": beta, "logGamma": gamma, "tTests": tests}, out, indent=1)
    out.write("\n")
print("wrote test/stats/scipy-reference.json")
