#!/usr/bin/env python3
"""Validate the round-5 question pool and split it once into tuning-3 / frozen-3.

Pool lines: agency|category|expected code or -|owning agency (when - and known)|question
Split: int(md5((agency + "|" + question).encode()).hexdigest(), 16) % 2
       0 -> bench/assistant/eval-tuning-3.tsv, 1 -> bench/assistant/eval-frozen-3.tsv
"""
import hashlib
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
POOL = os.path.join(HERE, "round5-pool.txt")
CATALOGUE = os.path.join(BENCH, "catalogues", "bench-civil.json")
AGENCIES = {"bench-civil", "bench-police", "bench-hrss", "bench-market"}
OWNERS = {"", "bench-police", "bench-hrss", "bench-market"}
CATEGORIES = {"colloquial", "dialect", "typo", "keyword", "long", "confusable", "field", "none"}
HEADER = (
    "# agency\tcategory\texpected item, or - when no item of the agency answers it\t"
    "the agency it belongs to, when one of the three\tquestion\n"
    "# Round-5 data, written blind (without the code, its dictionaries or earlier questions), "
    "with a new catalogue bench-civil; split once by md5(agency|question) mod 2: "
    "0 -> tuning-3, 1 -> frozen-3. Only tuning-3 may be used to tune.\n"
)


def main():
    civil = {item["code"] for item in json.load(open(CATALOGUE, encoding="utf-8"))}
    errors, rows, seen = [], [], set()
    for n, line in enumerate(open(POOL, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) != 5:
            errors.append(f"{n}: expected 5 fields, got {len(parts)}")
            continue
        agency, category, expected, owner, question = (p.strip() for p in parts)
        if agency not in AGENCIES:
            errors.append(f"{n}: unknown agency {agency}")
        if category not in CATEGORIES:
            errors.append(f"{n}: unknown category {category}")
        if not question or "\t" in question:
            errors.append(f"{n}: empty question or tab in question")
        if (category == "none") != (expected == "-"):
            errors.append(f"{n}: category none must go with expected '-' and only then")
        if expected != "-" and agency == "bench-civil" and expected not in civil:
            errors.append(f"{n}: {expected} is not an item of bench-civil")
        if expected != "-" and agency != "bench-civil":
            errors.append(f"{n}: answerable questions are only written for bench-civil")
        if owner not in OWNERS or (owner and expected != "-") or owner == agency:
            errors.append(f"{n}: bad owning agency {owner!r}")
        if (agency, question) in seen:
            errors.append(f"{n}: duplicate question for {agency}: {question}")
        seen.add((agency, question))
        rows.append((agency, category, expected, owner, question))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)

    outs = {0: [], 1: []}
    for row in rows:
        agency, question = row[0], row[4]
        part = int(hashlib.md5((agency + "|" + question).encode()).hexdigest(), 16) % 2
        # the pool's "long" is what the bench and the earlier parts call "rambling"
        outs[part].append(row if row[1] != "long" else row[:1] + ("rambling",) + row[2:])
    for part, name in ((0, "eval-tuning-3.tsv"), (1, "eval-frozen-3.tsv")):
        with open(os.path.join(BENCH, name), "w", encoding="utf-8") as f:
            f.write(HEADER)
            for row in outs[part]:
                f.write("\t".join(row) + "\n")

    for part, name in ((0, "tuning-3"), (1, "frozen-3")):
        c = Counter((r[0], r[1]) for r in outs[part])
        print(f"{name}: {len(outs[part])} questions")
        for (agency, category), k in sorted(c.items()):
            print(f"  {agency:13s} {category:11s} {k}")
    total = Counter(r[1] for r in rows)
    print("total:", len(rows), dict(sorted(total.items())))
    used = Counter(r[2] for r in rows if r[0] == "bench-civil" and r[2] != "-")
    unused = sorted(civil - set(used))
    print(f"bench-civil items asked about: {len(used)}/{len(civil)}; never asked: {unused}")


if __name__ == "__main__":
    main()
