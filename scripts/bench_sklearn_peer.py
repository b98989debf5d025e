#!/usr/bin/python3
"""The scikit-learn and numpy peer of RegViz's many-feature benchmarks (run by scripts/bench).

    /usr/bin/python3 scripts/bench_sklearn_peer.py DIR [REPEATS]

DIR holds the CSV files `regviz_features_bench --write-peer-data=DIR` wrote (the same generated data
the C++ benchmarks use). For each file: numpy.loadtxt of the file; sklearn.linear_model.lasso_path
(100 alphas, eps 1e-4, scikit-learn's default tolerance) on X standardized beforehand and y centred (the
standardization is not timed); LassoCV(cv=5) on the same X and y (100 alphas, eps 1e-4, one job, so it
also refits on all rows as RegViz's CV benchmark does). Prints a Markdown table of medians in ms.
"""
import os
import statistics
import sys
import time

import numpy as np
import sklearn
from sklearn.linear_model import LassoCV, lasso_path


def median_ms(function, repeats):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times), len(times)


def main():
    directory = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    print("scikit-learn %s, numpy %s, python %s" % (sklearn.__version__, np.__version__, sys.version.split()[0]))
    print()
    print("| data | numpy.loadtxt | lasso_path (100 alphas) | LassoCV(cv=5) |")
    print("|---|---|---|---|")
    for name in sorted(os.listdir(directory)):
        if not (name.startswith("features_") and name.endswith(".csv")):
            continue
        path = os.path.join(directory, name)
        loaded = {}

        def load():
            loaded["data"] = np.loadtxt(path, delimiter=",", skiprows=1)

        load_ms, load_runs = median_ms(load, 1 if os.path.getsize(path) > 100e6 else repeats)
        data = loaded["data"]
        X, y = data[:, :-1], data[:, -1]
        Xs = (X - X.mean(axis=0)) / X.std(axis=0)
        yc = y - y.mean()
        path_ms, path_runs = median_ms(lambda: lasso_path(Xs, yc, n_alphas=100, eps=1e-4), repeats)
        cv_ms, cv_runs = median_ms(lambda: LassoCV(cv=5, n_alphas=100, eps=1e-4).fit(Xs, y), max(1, repeats - 2))
        print("| %s (%d x %d) | %.0f (%d runs) | %.0f (%d runs) | %.0f (%d runs) |" % (
            name, X.shape[0], X.shape[1], load_ms, load_runs, path_ms, path_runs, cv_ms, cv_runs))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
