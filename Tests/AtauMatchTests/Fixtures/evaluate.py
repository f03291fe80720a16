#!/usr/bin/env python3
"""Scores `atau match` on labelled pairs: precision, recall and F1 per category.

Usage: evaluate.py [--atau PATH] [--accept match|compatible] [--errors] FILE.tsv [FILE.tsv ...]

A pair counts as predicted 'same' when the verdict is `match` (or, with --accept compatible,
`match` or `compatible`). Recall is measured on positive categories, the false-positive rate on
negative ones; precision and F1 over the whole file. --errors lists every wrong pair.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--atau", default=os.path.join(ROOT, ".build", "release", "atau"))
    parser.add_argument("--accept", choices=["match", "compatible"], default="match")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    accepted = {"match"} if args.accept == "match" else {"match", "compatible"}
    for path in args.files:
        rows = []
        with open(path, encoding="utf-8") as handle:
            header = handle.readline().rstrip("\n").split("\t")
            for line in handle:
                fields = dict(zip(header, line.rstrip("\n").split("\t")))
                rows.append(fields)
        pairs = "".join(f"{r['a']}\t{r['b']}\n" for r in rows)
        run = subprocess.run([args.atau, "match", "--format", "jsonl"], input=pairs.encode(),
                             capture_output=True)
        results = {}
        for line in run.stdout.decode().splitlines():
            obj = json.loads(line)
            results[obj["line"]] = obj
        per = collections.defaultdict(lambda: collections.Counter())
        total = collections.Counter()
        wrong = []
        for number, row in enumerate(rows, start=1):
            result = results.get(number)
            predicted = result is not None and result["verdict"] in accepted
            actual = row["label"] == "match"
            outcome = ("tp" if actual else "fp") if predicted else ("fn" if actual else "tn")
            if result is None:
                outcome = "fn" if actual else "tn"
                per[row["category"]]["rejected"] += 1
            per[row["category"]][outcome] += 1
            total[outcome] += 1
            if outcome in ("fp", "fn"):
                wrong.append((row["category"], row["label"], row["a"], row["b"],
                              result["verdict"] if result else "rejected",
                              result["score"] if result else ""))
        print(f"{os.path.basename(path)}: {len(rows)} pairs, accepting {'/'.join(sorted(accepted))}")
        print(f"{'category':16} {'pairs':>5} {'recall':>7} {'false+':>7}")
        for category in sorted(per):
            c = per[category]
            n = sum(c[k] for k in ("tp", "fp", "fn", "tn"))
            positives = c["tp"] + c["fn"]
            negatives = c["fp"] + c["tn"]
            recall = f"{c['tp'] / positives:.3f}" if positives else "-"
            fpr = f"{c['fp'] / negatives:.3f}" if negatives else "-"
            print(f"{category:16} {n:5} {recall:>7} {fpr:>7}")
        tp, fp, fn = total["tp"], total["fp"], total["fn"]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  "
              f"(tp {tp}, fp {fp}, fn {fn}, tn {total['tn']})")
        if args.errors:
            for item in wrong:
                print("  " + " | ".join(str(x) for x in item))
        print()


if __name__ == "__main__":
    sys.exit(main())
