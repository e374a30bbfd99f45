#!/usr/bin/env python3
"""Validates the round-9 question pool and splits it once into tuning-7 and frozen-7.

Run from anywhere:  python3 bench/assistant/source/round9-split.py

Pool lines: agency|category|expected code or -|owning agency or empty|question
Lines starting with # and blank lines are ignored.
The split is md5(agency + "|" + question) mod 2: 0 -> eval-tuning-7.tsv, 1 -> eval-frozen-7.tsv.
Keyword questions are 2 to 6 characters long, rambling (long) ones 60 to 150.
"""
import collections
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
POOL = os.path.join(HERE, "round9-pool.txt")
CATALOGUE = os.path.join(BENCH, "catalogues", "bench-medical.json")
OUTPUTS = {0: os.path.join(BENCH, "eval-tuning-7.tsv"), 1: os.path.join(BENCH, "eval-frozen-7.tsv")}

AGENCIES = ("bench-medical", "bench-police", "bench-hrss", "bench-market", "bench-civil", "bench-health", "bench-education", "bench-housing")
OWNERS = ("", "bench-police", "bench-hrss", "bench-market", "bench-civil", "bench-health", "bench-education", "bench-housing", "bench-medical")
KEYWORD_LENGTH = (2, 6)
LONG_LENGTH = (60, 150)
CATEGORIES = ("colloquial", "dialect", "typo", "keyword", "long", "confusable", "field", "none")
WRITTEN_AS = {"long": "rambling"}

HEADER = (
    "# agency\tcategory\texpected item, or - when no item of the agency answers it\t"
    "the agency it belongs to, when one of the eight\tquestion\n"
    "# Round-9 data, written blind (without the code, its dictionaries or earlier questions), "
    "with a new catalogue bench-medical, eight agencies; split once by md5(agency|question) mod 2: "
    "0 -> tuning-7, 1 -> frozen-7. Only tuning-7 may be used to tune.\n"
)


def load_codes():
    with open(CATALOGUE, encoding="utf-8") as f:
        items = json.load(f)
    return {item["code"]: item["name"] for item in items}


def read_pool(codes):
    rows, errors, seen = [], [], {}
    with open(POOL, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            where = "line %d" % number
            if "\t" in line:
                errors.append("%s: contains a tab" % where)
                continue
            fields = line.split("|")
            if len(fields) != 5:
                errors.append("%s: %d fields instead of 5 (a | inside the question?)" % (where, len(fields)))
                continue
            agency, category, expected, owner, question = fields
            if agency not in AGENCIES:
                errors.append("%s: unknown agency %r" % (where, agency))
            if category not in CATEGORIES:
                errors.append("%s: unknown category %r" % (where, category))
            if (category == "none") != (expected == "-"):
                errors.append("%s: category %r with expected %r (none if and only if -)" % (where, category, expected))
            if expected != "-":
                if expected not in codes:
                    errors.append("%s: expected %r is not a code of bench-medical.json" % (where, expected))
                if agency != "bench-medical":
                    errors.append("%s: an answerable question asked of %s (only bench-medical has items here)" % (where, agency))
            if owner not in OWNERS:
                errors.append("%s: unknown owning agency %r" % (where, owner))
            if owner and owner == agency:
                errors.append("%s: owning agency is the asked agency %r" % (where, owner))
            if owner and expected != "-":
                errors.append("%s: owning agency %r given for an answerable question" % (where, owner))
            if category == "keyword" and not KEYWORD_LENGTH[0] <= len(question) <= KEYWORD_LENGTH[1]:
                errors.append("%s: keyword question of %d characters (%d to %d)" % ((where, len(question)) + KEYWORD_LENGTH))
            if category == "long" and not LONG_LENGTH[0] <= len(question) <= LONG_LENGTH[1]:
                errors.append("%s: long question of %d characters (%d to %d)" % ((where, len(question)) + LONG_LENGTH))
            if not question.strip():
                errors.append("%s: empty question" % where)
            elif question != question.strip():
                errors.append("%s: question has leading or trailing spaces" % where)
            key = (agency, question)
            if key in seen:
                errors.append("%s: duplicate of line %d (%s)" % (where, seen[key], agency))
            else:
                seen[key] = number
            rows.append((agency, category, expected, owner, question))
    return rows, errors


def part_of(agency, question):
    return int(hashlib.md5((agency + "|" + question).encode("utf-8")).hexdigest(), 16) % 2


def main():
    codes = load_codes()
    rows, errors = read_pool(codes)
    if errors:
        for e in errors:
            print("error: " + e, file=sys.stderr)
        print("%d error(s); nothing written" % len(errors), file=sys.stderr)
        return 1

    parts = {0: [], 1: []}
    for row in rows:
        parts[part_of(row[0], row[4])].append(row)

    for part, path in OUTPUTS.items():
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(HEADER)
            for agency, category, expected, owner, question in parts[part]:
                f.write("\t".join((agency, WRITTEN_AS.get(category, category), expected, owner, question)) + "\n")

    names = {0: "tuning-7", 1: "frozen-7"}
    print("pool: %d questions" % len(rows))
    for part in (0, 1):
        prs = parts[part]
        print("\n%s (%s): %d questions" % (names[part], os.path.relpath(OUTPUTS[part], BENCH), len(prs)))
        by_agency = collections.Counter(r[0] for r in prs)
        for agency in AGENCIES:
            print("  %-15s %4d" % (agency, by_agency[agency]))
        by_category = collections.Counter((r[0], r[1]) for r in prs)
        for agency in AGENCIES:
            if not by_agency[agency]:
                continue
            cells = ["%s %d" % (WRITTEN_AS.get(c, c), by_category[(agency, c)]) for c in CATEGORIES if by_category[(agency, c)]]
            print("  %s by category: %s" % (agency, ", ".join(cells)))
        owners = collections.Counter(r[3] for r in prs if r[2] == "-" and r[3])
        print("  none questions with an owning agency: %s" % (", ".join("%s %d" % kv for kv in sorted(owners.items())) or "0"))

    total = collections.Counter((r[0], r[1]) for r in rows)
    print("\nboth parts:")
    for agency in AGENCIES:
        cells = ["%s %d" % (WRITTEN_AS.get(c, c), total[(agency, c)]) for c in CATEGORIES if total[(agency, c)]]
        if cells:
            print("  %-15s %s" % (agency, ", ".join(cells)))

    asked = collections.Counter(r[2] for r in rows if r[2] != "-")
    never = [c for c in codes if not asked[c]]
    print("\nitems never asked about: %s" % (", ".join("%s %s" % (c, codes[c]) for c in never) if never else "none"))
    print("questions per item: min %d, max %d" % (min(asked[c] for c in codes), max(asked[c] for c in codes)))
    in_parts = {part: collections.Counter(r[2] for r in parts[part] if r[2] != "-") for part in (0, 1)}
    print("\nquestions per item (%s / %s):" % (names[0], names[1]))
    for c in codes:
        print("  %-8s %2d / %2d  %s" % (c, in_parts[0][c], in_parts[1][c], codes[c]))
    for part in (0, 1):
        missing = [c for c in codes if not in_parts[part][c]]
        print("items not asked about in %s: %s" % (names[part], ", ".join(missing) if missing else "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
