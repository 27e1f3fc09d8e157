"""Reference values for EvalKit's agreement statistics (Tests/EvalKitCodingTests/Agreement*.swift).

Run with:  python3 -m venv /tmp/venv && /tmp/venv/bin/pip install krippendorff scikit-learn statsmodels
           /tmp/venv/bin/python reference.py
(run from this folder: it also rewrites krippendorff-2011-c.csv and random-5-coders.csv next to it).

Each case is reliability data: one list per coder, one entry per unit, None when the coder gave no value.
  percent agreement  computed here from its definition (pairs of coders agreeing within a unit, averaged
                     over units with two or more values)
  Cohen's kappa      sklearn.metrics.cohen_kappa_score on the units both coders rated (two coders only)
  Fleiss' kappa      statsmodels.stats.inter_rater.fleiss_kappa on the units every coder rated
  alpha              krippendorff.alpha(reliability_data=..., level_of_measurement="nominal")
A statistic that is undefined (nan, or a ValueError from the package) or that does not apply prints None.
The printed output is pasted at the end of this file.
"""

import itertools
from importlib.metadata import version
import math
import random
import warnings

import krippendorff
import numpy as np
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

warnings.simplefilter("ignore")


def undefined_as_none(value):
    value = float(value)
    return None if math.isnan(value) else value


def percent_agreement(data):
    shares = []
    for unit in zip(*data):
        values = [v for v in unit if v is not None]
        if len(values) < 2:
            continue
        pairs = list(itertools.combinations(values, 2))
        shares.append(sum(a == b for a, b in pairs) / len(pairs))
    return sum(shares) / len(shares) if shares else None


def cohen(data):
    if len(data) != 2:
        return None
    pairs = [(a, b) for a, b in zip(*data) if a is not None and b is not None]
    if not pairs:
        return None
    return undefined_as_none(cohen_kappa_score([a for a, _ in pairs], [b for _, b in pairs]))


def fleiss(data):
    if len(data) < 2:
        return None
    complete = [unit for unit in zip(*data) if all(v is not None for v in unit)]
    if not complete:
        return None
    domain = sorted({v for unit in complete for v in unit})
    codes = np.array([[domain.index(v) for v in unit] for unit in complete])
    table, _ = aggregate_raters(codes, n_cat=len(domain))
    return undefined_as_none(fleiss_kappa(table, method="fleiss"))


def alpha(data):
    domain = sorted({v for coder in data for v in coder if v is not None})
    matrix = [[np.nan if v is None else float(domain.index(v)) for v in coder] for coder in data]
    try:
        return undefined_as_none(krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal"))
    except ValueError:
        return None


def expand(table, prefix):
    """Subjects x categories count table (Fleiss' layout) -> one coder per column of ratings."""
    rows = [[category for category, count in enumerate(counts) for _ in range(count)] for counts in table]
    return [[f"{prefix}{row[coder]}" for row in rows] for coder in range(len(rows[0]))]


N = None
CASES = {
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example A: binary, 2 observers,
    # 10 units; the paper gives alpha = 0.095.
    "krippendorff2011A": [[0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]],
    # Example B: nominal, 2 observers, 12 units; the paper gives alpha = 0.692.
    "krippendorff2011B": [list("aabbdcccedda"), list("babbbccceddd")],
    # Example C: nominal, 4 observers, 12 units, missing values; the paper gives alpha = 0.743.
    "krippendorff2011C": [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
        [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
    ],
    # The krippendorff package's docstring example: 3 coders, 15 units (two with no value at all);
    # the docstring gives nominal alpha = 0.691358.
    "packageDocstring": [
        [N, N, N, N, N, 3, 4, 1, 2, 1, 1, 3, 3, N, 3],
        [1, N, 2, 1, 3, 3, 4, 3, N, N, N, N, N, N, N],
        [N, N, 2, 1, 3, 4, 4, N, 2, 1, 1, 3, 3, N, 4],
    ],
    # Two coders, three codes, three units with one value missing: Cohen's kappa as scikit-learn has it.
    "twoCodersWithMissing": [
        [None if v == "-" else v for v in line.split()]
        for line in [
            "pos neg neu pos pos neg neu neu pos neg pos pos neg neu - pos neg neg pos neu",
            "pos neg pos pos neg neg neu - pos neg pos neu neg neu neu pos - neg pos pos",
        ]
    ],
    # Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories; kappa = 0.210.
    "fleissWikipedia": expand(
        [
            [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
            [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
        ],
        "category",
    ),
    # Fleiss (1971), 30 patients, 6 psychiatrists, 5 diagnoses (statsmodels' test data); kappa = 0.430.
    "fleiss1971": [list(column) for column in zip(*[
        [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5], [2, 2, 2, 4, 4, 4],
        [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4], [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5],
        [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4], [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5],
        [3, 3, 3, 3, 3, 5], [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
        [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4], [1, 4, 4, 4, 4, 5],
        [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4], [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
    ])],
    # Degenerate cases.
    "twoCodersAllYes": [["yes"] * 4, ["yes"] * 4],
    "threeCodersAllYesWithMissing": [["yes", "yes", N, "yes", "yes"], ["yes", N, "yes", "yes", "yes"], ["yes"] * 5],
    "singleUnitDisagreeing": [["a"], ["b"]],
    "singleUnitAgreeing": [["a"], ["a"]],
    "allMissing": [[N, N, N], [N, N, N]],
    "oneCoder": [["a", "b", "a", "c"]],
    "noUnitRatedTwice": [["a", N, "b"], [N, "a", N]],
    # Each coder used one value throughout, but not the same one: p_e = 0, so Cohen's kappa is defined.
    "codersUseDifferentSingleValues": [["a", "a", "a"], ["b", "b", "b"]],
    # Fleiss' kappa counts only unit 1 (the one every coder rated); alpha counts units 1-4.
    "fleissFromOneCompleteUnit": [["a", "a", "b", N], ["a", "b", N, "b"], ["b", N, "b", "a"]],
}


def random_case():
    """5 coders, 200 units, 4 codes, about a quarter of the ratings missing; also written as CSV."""
    generator = random.Random(20240611)
    codes = ["red", "green", "blue", "grey"]
    data = [[] for _ in range(5)]
    for _ in range(200):
        truth = generator.choice(codes)
        for coder in range(5):
            if generator.random() < 0.25:
                data[coder].append(None)
            elif generator.random() < 0.7:
                data[coder].append(truth)
            else:
                data[coder].append(generator.choice(codes))
    with open("random-5-coders.csv", "w", newline="") as file:
        file.write("unit,coder,value\r\n")
        for unit in range(200):
            for coder in range(5):
                value = data[coder][unit]
                if value is None and (unit + coder) % 2 == 0:
                    continue  # a missing row and an empty value both mean "no value"
                file.write(f"u{unit + 1},c{coder + 1},{value or ''}\r\n")
    return data


def write_krippendorff_c():
    """Example C as another tool might write it: columns in another order, a capitalised header, a quoted coder
    name holding a comma, CRLF line ends, and missing values both as empty cells and as absent rows."""
    names = ['"Observer, A"', "B", "C", "D"]
    lines = ["Value,Coder,Unit"]
    for unit in range(12):
        for coder in range(4):
            value = CASES["krippendorff2011C"][coder][unit]
            if value is not None:
                lines.append(f"{value},{names[coder]},unit {unit + 1}")
            elif coder == 0:
                lines.append(f",{names[coder]},unit {unit + 1}")
    with open("krippendorff-2011-c.csv", "w", newline="") as file:
        file.write("\r\n".join(lines) + "\r\n")


write_krippendorff_c()
# Observers B and D of example C, as `evalkit agreement --coders B,D` selects them from krippendorff-2011-c.csv.
CASES["krippendorff2011CObserversBD"] = [CASES["krippendorff2011C"][1], CASES["krippendorff2011C"][3]]
CASES["random5Coders"] = random_case()
CASES["random5CodersFirstTwo"] = CASES["random5Coders"][:2]

print(f"krippendorff {version('krippendorff')}, scikit-learn {version('scikit-learn')}, "
      f"statsmodels {version('statsmodels')}, numpy {version('numpy')}")
for name, data in CASES.items():
    units = len(data[0])
    print(f"{name}: units={units} coders={len(data)} percent={percent_agreement(data)!r} "
          f"cohen={cohen(data)!r} fleiss={fleiss(data)!r} alpha={alpha(data)!r}")




# Output (python 3.11):
# krippendorff 0.9.0, scikit-learn 1.9.1, statsmodels 0.15.0, numpy 2.4.6
# krippendorff2011A: units=10 coders=2 percent=0.6 cohen=0.09090909090909094 fleiss=0.04761904761904766 alpha=0.09523809523809534
# krippendorff2011B: units=12 coders=2 percent=0.75 cohen=0.6842105263157895 fleiss=0.6785714285714286 alpha=0.6919642857142858
# krippendorff2011C: units=12 coders=4 percent=0.8181818181818182 cohen=None fleiss=0.6414565826330533 alpha=0.743421052631579
# packageDocstring: units=15 coders=3 percent=0.7777777777777778 cohen=None fleiss=0.24999999999999986 alpha=0.691358024691358
# twoCodersWithMissing: units=20 coders=2 percent=0.7647058823529411 cohen=0.6284153005464481 fleiss=0.6273972602739726 alpha=0.6383561643835616
# fleissWikipedia: units=10 coders=14 percent=0.378021978021978 cohen=None fleiss=0.20993070442195522 alpha=0.21557405653322692
# fleiss1971: units=30 coders=6 percent=0.5555555555555556 cohen=None fleiss=0.43024452006014074 alpha=0.4334098282820289
# twoCodersAllYes: units=4 coders=2 percent=1.0 cohen=None fleiss=None alpha=None
# threeCodersAllYesWithMissing: units=5 coders=3 percent=1.0 cohen=None fleiss=None alpha=None
# singleUnitDisagreeing: units=1 coders=2 percent=0.0 cohen=0.0 fleiss=-1.0 alpha=0.0
# singleUnitAgreeing: units=1 coders=2 percent=1.0 cohen=None fleiss=None alpha=None
# allMissing: units=3 coders=2 percent=None cohen=None fleiss=None alpha=None
# oneCoder: units=4 coders=1 percent=None cohen=None fleiss=None alpha=None
# noUnitRatedTwice: units=3 coders=2 percent=None cohen=None fleiss=None alpha=None
# codersUseDifferentSingleValues: units=3 coders=2 percent=0.0 cohen=0.0 fleiss=-1.0 alpha=-0.6666666666666665
# fleissFromOneCompleteUnit: units=4 coders=3 percent=0.3333333333333333 cohen=None fleiss=-0.5000000000000001 alpha=-0.19999999999999996
# krippendorff2011CObserversBD: units=12 coders=2 percent=0.9 cohen=0.8701298701298701 fleiss=0.869281045751634 alpha=0.8758169934640523
# random5Coders: units=200 coders=5 percent=0.5978003384094748 cohen=None fleiss=0.4137349698505012 alpha=0.452763573533959
# random5CodersFirstTwo: units=200 coders=2 percent=0.5652173913043478 cohen=0.41854585903529173 fleiss=0.41721988547103833 alpha=0.4197537120559468
