#!/usr/bin/env python3
"""Pairs every attested spelling with every spelling of every other person and counts how many
pairs `atau match` calls the same person: a precision stress test on real names.

Usage: cross_people.py [--atau PATH] [--list N]

Reads provenance/attested.tsv (person id, spelling, source). Every pair of spellings of two
different person ids is a negative (father and son, namesakes and strangers alike), except that
a name without a patronymic can be either of two namesakes (Gennady Golovkin, father or son):
such pairs are counted but cannot be told apart by any matcher.
"""
import argparse
import collections
import itertools
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--atau", default=os.path.join(ROOT, ".build", "release", "atau"))
    parser.add_argument("--list", type=int, default=20, help="how many accepted pairs to print")
    args = parser.parse_args()
    spellings = []
    with open(os.path.join(HERE, "provenance", "attested.tsv"), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            person, spelling = line.rstrip("\n").split("\t")[:2]
            spellings.append((person, spelling))
    pairs = [(a, b) for a, b in itertools.combinations(spellings, 2) if a[0] != b[0]]
    text = "".join(f"{a[1]}\t{b[1]}\n" for a, b in pairs)
    run = subprocess.run([args.atau, "match"], input=text.encode(), capture_output=True)
    verdicts = collections.Counter()
    accepted = []
    for (a, b), line in zip(pairs, run.stdout.decode().splitlines()):
        verdict = line.split("\t")[2]
        verdicts[verdict] += 1
        if verdict != "no-match":
            accepted.append(f"  {verdict:10} {a[0]} '{a[1]}' ~ {b[0]} '{b[1]}'")
    total = len(pairs)
    print(f"{len(spellings)} spellings, {total} pairs of different people")
    for verdict in ("match", "compatible", "no-match"):
        print(f"  {verdict:10} {verdicts[verdict]:7}  ({verdicts[verdict] / total:.5%})")
    print("\n".join(accepted[: args.list]))


if __name__ == "__main__":
    main()
