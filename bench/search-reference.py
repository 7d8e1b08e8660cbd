"""Reference values for losskit's TPE and successive-halving code, computed by Optuna itself.

Run with Optuna's source on PYTHONPATH (numpy needed; no network):
    PYTHONPATH=/path/to/optuna python3 bench/search-reference.py > test/search/optuna-reference.json
The fixture records Optuna version; test/search/optuna-reference.test.ts checks losskit against it.
"""
import json
import math

import numpy as np
import optuna
from optuna.distributions import CategoricalDistribution, FloatDistribution, IntDistribution
from optuna.pruners._successive_halving import _is_trial_promotable_to_next_rung
from optuna.samplers._tpe import _truncnorm
from optuna.samplers._tpe.parzen_estimator import _ParzenEstimator, _ParzenEstimatorParameters
from optuna.samplers._tpe.sampler import _split_trials, default_gamma, default_weights
from optuna.study._study_direction import StudyDirection
from optuna.trial import TrialState, create_trial

PARAMETERS = _ParzenEstimatorParameters(
    prior_weight=1.0, consider_magic_clip=True, consider_endpoints=False, weights=default_weights, multivariate=False
)
rng = np.random.RandomState(0)


def dist_json(d):
    if isinstance(d, CategoricalDistribution):
        return {"kind": "categorical", "choices": list(d.choices)}
    kind = "int" if isinstance(d, IntDistribution) else "float"
    out = {"kind": kind, "low": d.low, "high": d.high, "log": d.log}
    if kind == "int":
        out["step"] = d.step
    return out


def parzen_case(name, dist, observations, points):
    internal = np.asarray([dist.to_internal_repr(v) for v in observations], dtype=float)
    pe = _ParzenEstimator({"x": internal}, {"x": dist}, PARAMETERS)
    mixture = pe._mixture_distribution
    internal_points = np.asarray([dist.to_internal_repr(v) for v in points], dtype=float)
    component = mixture.distributions[0]
    case = {
        "name": name, "distribution": dist_json(dist), "observations": list(observations), "points": list(points),
        "weights": mixture.weights.tolist(), "logPdf": pe.log_pdf({"x": internal_points}).tolist(),
    }
    if hasattr(component, "mu"):
        case["mus"] = component.mu.tolist()
        case["sigmas"] = component.sigma.tolist()
    return case


cases = []
cases.append(parzen_case("float, 4 observations", FloatDistribution(0, 1), [0.2, 0.5, 0.55, 0.9], [0.0, 0.1, 0.5, 0.7, 1.0]))
cases.append(parzen_case("float, no observation (prior only)", FloatDistribution(-2, 3), [], [-2.0, 0.0, 2.5]))
cases.append(parzen_case("float, one observation", FloatDistribution(-2, 3), [2.9], [-1.0, 2.9, 3.0]))
cases.append(parzen_case("float log", FloatDistribution(1e-4, 1e-1, log=True), [1e-3, 2e-3, 5e-2], [1e-4, 1e-3, 3e-3, 0.09]))
obs30 = rng.uniform(0, 10, size=30).tolist()
cases.append(parzen_case("float, 30 observations (weight ramp)", FloatDistribution(0, 10), obs30, [0.5, 3.3, 9.9]))
cases.append(parzen_case("int", IntDistribution(1, 10), [2, 3, 3, 8], [1, 3, 5, 10]))
cases.append(parzen_case("int log", IntDistribution(1, 64, log=True), [2, 4, 32], [1, 4, 7, 64]))
cases.append(parzen_case("int step 2", IntDistribution(0, 10, step=2), [2, 4], [0, 4, 10]))
cases.append(parzen_case("categorical", CategoricalDistribution(["mse", "mae", "huber"]), ["mae", "mae", "huber"], ["mse", "mae", "huber"]))
cases.append(parzen_case("categorical, no observation", CategoricalDistribution(["a", "b"]), [], ["a", "b"]))

gammas = {str(n): default_gamma(n) for n in [0, 1, 9, 10, 11, 100, 249, 250, 251, 1000]}
weights = {str(n): default_weights(n).tolist() for n in [0, 3, 25, 26, 30]}

ppf = []
for a, b in [(-1.0, 1.0), (-3.0, 0.5), (0.5, 4.0), (8.0, 9.0), (-12.0, -11.0), (-0.2, 30.0)]:
    for q in [0.001, 0.25, 0.5, 0.9, 0.999]:
        ppf.append({"q": q, "a": a, "b": b, "x": float(_truncnorm.ppf(np.asarray([q]), a, b)[0])})

# Trial split: complete by value, then pruned by (furthest step, value there), NaN last.
def trial(number, state, value=None, intermediate=None):
    t = create_trial(state=state, value=value, params={"x": 0.1 * number},
                     distributions={"x": FloatDistribution(0, 10)}, intermediate_values=intermediate or {})
    t.number = number
    return t

class FakeStudy:
    direction = StudyDirection.MINIMIZE
    directions = [StudyDirection.MINIMIZE]
    def _is_multi_objective(self):
        return False

trials = [
    trial(0, TrialState.COMPLETE, 0.5, {1: 0.9, 3: 0.5}),
    trial(1, TrialState.PRUNED, None, {1: 0.3}),
    trial(2, TrialState.PRUNED, None, {1: 0.8, 3: 0.7}),
    trial(3, TrialState.COMPLETE, 0.2, {1: 0.4, 3: 0.2}),
    trial(4, TrialState.PRUNED, None, {1: float("nan")}),
    trial(5, TrialState.PRUNED, None, {1: 0.35, 3: 0.6}),
    trial(6, TrialState.COMPLETE, 0.9, {1: 1.0, 3: 0.9}),
]
splits = []
for n_below in range(0, 8):
    below, above = _split_trials(FakeStudy(), trials, n_below)
    splits.append({"nBelow": n_below, "below": [t.number for t in below], "above": [t.number for t in above]})
history = [{"number": t.number, "state": t.state.name.lower(), **({"value": t.value} if t.value is not None else {}),
            "intermediate": [[k, (v if not math.isnan(v) else None)] for k, v in sorted(t.intermediate_values.items())]} for t in trials]

promotion = []
for value, competing in [(0.5, [0.5]), (0.5, [0.4, 0.5]), (0.2, [0.1, 0.2, 0.2]), (0.2, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]),
                         (0.3, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]), (0.6, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])]:
    for direction in [StudyDirection.MINIMIZE, StudyDirection.MAXIMIZE]:
        promotion.append({"value": value, "competing": competing, "direction": direction.name.lower(),
                          "promotable": bool(_is_trial_promotable_to_next_rung(value, list(competing), 3, direction))})

print(json.dumps({
    "source": f"optuna {optuna.__version__} (github.com/optuna/optuna), computed by bench/search-reference.py",
    "parzen": cases, "gamma": gammas, "weights": weights, "ppf": ppf,
    "split": {"history": history, "cases": splits}, "promotion": promotion,
}, indent=1))
