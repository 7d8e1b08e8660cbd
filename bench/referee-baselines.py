"""Independent baselines for `losskit compare` on the real tables in test/tables/: ordinary
least squares (California housing) and logistic regression by Newton's method (Titanic), with
the preprocessing a careful data scientist would do, written from scratch in numpy (no
losskit code, no scikit-learn):

  - rows dropped only when the target is missing;
  - numeric columns: training-median imputation plus a 0/1 missing indicator, then
    standardisation with the training mean and std;
  - text columns with few values: one-hot, with a category for missing values;
  - identifiers (PassengerId) and free text (Name, Ticket, Cabin) left out.

Each model is scored by 5-fold cross-validation (stratified for Titanic), repeated over
`REPEATS` shuffles, and the mean and standard deviation over folds are printed. Run from the
repository root:

    python3 bench/referee-baselines.py

Needs numpy only. Never a runtime dependency of losskit.
"""
import csv
import math

import numpy as np

FOLDS = 5
REPEATS = 3
MISSING = {"", "NA", "N/A", "NaN", "nan", "null", "NULL", "?", "."}


def read(path):
    with open(path, newline="") as handle:
        rows = list(csv.DictReader(handle))
    return rows


def number(cell):
    return math.nan if cell.strip() in MISSING else float(cell)


def design(rows, numeric, categorical, train):
    """Feature matrix with imputation, indicators and one-hot columns fitted on `train` rows."""
    columns = []
    for name in numeric:
        values = np.array([number(row[name]) for row in rows])
        missing = np.isnan(values)
        median = np.nanmedian(values[train])
        columns.append(np.where(missing, median, values))
        if missing.any():
            columns.append(missing.astype(float))
    for name in categorical:
        cells = [row[name].strip() for row in rows]
        categories = sorted({c for c in cells if c not in MISSING})
        for category in categories:
            columns.append(np.array([float(c == category) for c in cells]))
        if any(c in MISSING for c in cells):
            columns.append(np.array([float(c in MISSING) for c in cells]))
    x = np.column_stack(columns)
    mean = x[train].mean(axis=0)
    std = x[train].std(axis=0)
    std[std == 0] = 1
    return (x - mean) / std


def folds(y, count, rng, stratified):
    """Fold index of each row: shuffled, and dealt class by class when stratified."""
    order = rng.permutation(len(y))
    assignment = np.empty(len(y), dtype=int)
    if not stratified:
        assignment[order] = np.arange(len(y)) % count
        return assignment
    dealt = 0
    for label in np.unique(y):
        rows = order[y[order] == label]
        assignment[rows] = (dealt + np.arange(len(rows))) % count
        dealt += len(rows)
    return assignment


def least_squares(x, y):
    a = np.column_stack([np.ones(len(x)), x])
    coefficients, *_ = np.linalg.lstsq(a, y, rcond=None)
    return lambda z: np.column_stack([np.ones(len(z)), z]) @ coefficients


def logistic(x, y, l2=1e-6, steps=50):
    """Logistic regression by Newton's method (IRLS), a tiny ridge for separable columns."""
    a = np.column_stack([np.ones(len(x)), x])
    w = np.zeros(a.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(a @ w)))
        gradient = a.T @ (p - y) + l2 * w
        hessian = (a * (p * (1 - p))[:, None]).T @ a + l2 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return lambda z: 1 / (1 + np.exp(-(np.column_stack([np.ones(len(z)), z]) @ w)))


def average_precision(y, score):
    """Area under the precision-recall curve as scikit-learn's average_precision_score (ties grouped)."""
    order = np.argsort(-score, kind="mergesort")
    y, score = y[order], score[order]
    distinct = np.r_[np.nonzero(np.diff(score))[0], len(y) - 1]
    tp = np.cumsum(y)[distinct]
    fp = 1 + distinct - tp
    precision = tp / (tp + fp)
    recall = tp / y.sum()
    return float(np.sum(np.diff(np.r_[0, recall]) * precision))


def roc_auc(y, score):
    """Mann-Whitney U with average ranks for ties."""
    order = np.argsort(score, kind="mergesort")
    ranks = np.empty(len(score))
    sorted_scores = score[order]
    i = 0
    while i < len(score):
        j = i
        while j + 1 < len(score) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    positives = y.sum()
    negatives = len(y) - positives
    return float((ranks[y == 1].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def report(name, scores):
    print(f"  {name:<12}" + "  ".join(f"{metric} {np.mean(v):.4g} ± {np.std(v, ddof=1):.2g} (sd over {len(v)} folds)" for metric, v in scores.items()))


def housing():
    rows = [row for row in read("test/tables/california-housing.csv") if row["median_house_value"].strip() not in MISSING]
    y = np.array([float(row["median_house_value"]) for row in rows])
    numeric = ["longitude", "latitude", "housing_median_age", "total_rooms", "total_bedrooms", "population", "households", "median_income"]
    scores = {"R2": [], "RMSE": [], "MAE": [], "mean-R2": []}
    for repeat in range(REPEATS):
        assignment = folds(y, FOLDS, np.random.default_rng(repeat), stratified=False)
        for k in range(FOLDS):
            train, test = assignment != k, assignment == k
            x = design(rows, numeric, ["ocean_proximity"], train)
            predict = least_squares(x[train], y[train])
            error = y[test] - predict(x[test])
            total = ((y[test] - y[test].mean()) ** 2).sum()
            scores["R2"].append(1 - (error ** 2).sum() / total)
            scores["RMSE"].append(math.sqrt((error ** 2).mean()))
            scores["MAE"].append(np.abs(error).mean())
            scores["mean-R2"].append(1 - ((y[test] - y[train].mean()) ** 2).sum() / total)
    print(f"California housing: {len(rows)} rows, least squares, {FOLDS}-fold CV x {REPEATS}")
    report("ols", scores)


def titanic():
    rows = read("test/tables/titanic.csv")
    y = np.array([float(row["Survived"]) for row in rows])
    scores = {"accuracy": [], "ROC-AUC": [], "PR-AUC": [], "log-loss": []}
    prior = {"accuracy": [], "PR-AUC": [], "log-loss": []}
    for repeat in range(REPEATS):
        assignment = folds(y, FOLDS, np.random.default_rng(repeat), stratified=True)
        for k in range(FOLDS):
            train, test = assignment != k, assignment == k
            x = design(rows, ["Pclass", "Age", "SibSp", "Parch", "Fare"], ["Sex", "Embarked"], train)
            p = logistic(x[train], y[train])(x[test])
            scores["accuracy"].append(np.mean((p > 0.5) == y[test]))
            scores["ROC-AUC"].append(roc_auc(y[test], p))
            scores["PR-AUC"].append(average_precision(y[test], p))
            clipped = np.clip(p, 1e-15, 1 - 1e-15)
            scores["log-loss"].append(-np.mean(y[test] * np.log(clipped) + (1 - y[test]) * np.log(1 - clipped)))
            rate = y[train].mean()
            prior["accuracy"].append(np.mean(y[test] == (rate > 0.5)))
            prior["PR-AUC"].append(y[test].mean())
            prior["log-loss"].append(-np.mean(y[test] * np.log(rate) + (1 - y[test]) * np.log(1 - rate)))
    print(f"Titanic: {len(rows)} rows, logistic regression (Newton), stratified {FOLDS}-fold CV x {REPEATS}")
    report("logistic", scores)
    report("class prior", prior)


if __name__ == "__main__":
    housing()
    titanic()
