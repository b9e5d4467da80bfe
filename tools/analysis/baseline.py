#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Innkeep contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Simple baselines on the evaluation sets, for docs/analysis.md.

Usage:  /usr/bin/python3 tools/analysis/baseline.py [--repo ROOT]

For every tests/data/analysis/<set>.tsv prints accuracy and balanced accuracy of
  - majority: always the most frequent label of the set;
  - lexicon:  sum of the weights of the lower-cased tokens found in
              resources/analysis/lexicon/<lang>.tsv (+ emoji.tsv), positive when the sum >= 0
              (the issue's rule); no negation, no stemming, single words only.
Python standard library only.
"""

import argparse
import os
import re
import sys

TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*|[^\w\s]", re.UNICODE)


def read_lexicon(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            term, weight = line.rstrip("\n").split("\t")
            out[term] = float(weight)
    return out


def read_set(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            label, sep, text = line.rstrip("\n").partition("\t")
            if not sep or label not in ("pos", "neg"):
                raise SystemExit("%s:%d: expected pos|neg<TAB>text" % (path, number))
            rows.append((label, text))
    return rows


def scores(rows, predict):
    hits = {"pos": [0, 0], "neg": [0, 0]}
    for label, text in rows:
        hits[label][1] += 1
        hits[label][0] += predict(text) == label
    total = sum(h[1] for h in hits.values())
    accuracy = sum(h[0] for h in hits.values()) / total
    recalls = [h[0] / h[1] for h in hits.values() if h[1]]
    return accuracy, sum(recalls) / len(recalls)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repo", default=os.path.normpath(os.path.join(os.path.dirname(
        os.path.abspath(__file__)), "..", "..")))
    args = ap.parse_args()
    sets = os.path.join(args.repo, "tests/data/analysis")
    lexicons = os.path.join(args.repo, "resources/analysis/lexicon")
    emoji = read_lexicon(os.path.join(lexicons, "emoji.tsv"))
    print("%-16s %6s  %-17s %-17s" % ("set", "n", "majority acc/bal", "lexicon acc/bal"))
    for name in sorted(os.listdir(sets)):
        if not name.endswith(".tsv"):
            continue
        rows = read_set(os.path.join(sets, name))
        lang = name.split("-")[0]
        lexicon = read_lexicon(os.path.join(lexicons, lang + ".tsv"))
        pos = sum(1 for r in rows if r[0] == "pos")
        majority = "pos" if pos * 2 >= len(rows) else "neg"

        def lexicon_label(text):
            total = 0.0
            for token in TOKEN.findall(text.lower()):
                total += lexicon.get(token, 0.0) + 5.0 * emoji.get(token, 0.0)
            return "pos" if total >= 0 else "neg"

        m = scores(rows, lambda _text: majority)
        x = scores(rows, lexicon_label)
        print("%-16s %6d  %.3f / %.3f     %.3f / %.3f" % (name[:-4], len(rows), m[0], m[1],
                                                         x[0], x[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
