#!/usr/bin/env python3
"""Scores a RapidFuzz baseline on the labelled pairs, for comparison with `atau match`.

Usage: baseline_rapidfuzz.py FILE.tsv [FILE.tsv ...]
Needs: pip install rapidfuzz anyascii

Each name is put into ASCII with anyascii (so that Cyrillic and Latin can be compared at all)
and lower-cased; the score is rapidfuzz.fuzz.token_sort_ratio. The threshold is chosen on the
first file (the development set) to maximise F1 and then applied unchanged to the others, as a
tuned matcher would be. Prints precision, recall, F1, the share of hard negatives (relatives,
near surnames) accepted, and pairs per second.
"""
import sys
import time

from anyascii import anyascii
from rapidfuzz import fuzz


def load(path):
    with open(path, encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        return [dict(zip(header, line.rstrip("\n").split("\t"))) for line in handle]


def scores(rows):
    start = time.perf_counter()
    values = [fuzz.token_sort_ratio(anyascii(r["a"]).lower(), anyascii(r["b"]).lower()) for r in rows]
    return values, len(rows) / (time.perf_counter() - start)


def measure(rows, values, threshold):
    tp = fp = fn = 0
    hard = hard_accepted = 0
    for row, value in zip(rows, values):
        predicted = value >= threshold
        actual = row["label"] == "match"
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
        if row["category"] in ("relatives", "near-surnames"):
            hard += 1
            hard_accepted += predicted
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, hard_accepted / hard if hard else 0.0


def main(paths):
    sets = [(path, load(path)) for path in paths]
    dev_rows = sets[0][1]
    dev_values, _ = scores(dev_rows)
    threshold = max(range(0, 101), key=lambda t: measure(dev_rows, dev_values, t)[2])
    print(f"token_sort_ratio on anyascii(name).lower(), threshold {threshold} (best F1 on {paths[0]})")
    for path, rows in sets:
        values, rate = scores(rows)
        precision, recall, f1, hard = measure(rows, values, threshold)
        print(f"{path}: precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  "
              f"hard negatives accepted {hard:.1%}  ({rate:,.0f} pairs/s)")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
