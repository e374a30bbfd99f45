"""Validates one round's question pool and splits it once into its tuning and frozen parts: the rounds' split scripts
(round6-split.py onwards) hold only what differs between rounds and run this.

Pool lines: agency|category|expected code or -|owning agency or empty|question
Lines starting with # and blank lines are ignored.
The split is md5(agency + "|" + question) mod 2: 0 -> the tuning part, 1 -> the frozen part. When the round checks
lengths, keyword questions are 2 to 6 characters long, rambling (long) ones 60 to 150.
"""
import collections
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
CATEGORIES = ("colloquial", "dialect", "typo", "keyword", "long", "confusable", "field", "none")
WRITTEN_AS = {"long": "rambling"}
KEYWORD_LENGTH = (2, 6)
LONG_LENGTH = (60, 150)


class Round:
    """What one round's split is made of.

    number: the round (its pool is round<number>-pool.txt); agency: the catalogue it brought (catalogues/<agency>.json),
    the only agency asked answerable questions; others: the agencies asked before it; tuning, frozen: the parts'
    names (eval-<name>.tsv); header: the parts' first lines when they are not the usual ones (usual_header);
    lengths: whether keyword and long questions are checked; owned: whether a question asked of another agency may
    belong to the new one (round 6's may not).
    """

    def __init__(self, number, agency, others, tuning, frozen, header=None, lengths=True, owned=True):
        self.pool = os.path.join(HERE, "round%d-pool.txt" % number)
        self.catalogue_name = agency + ".json"
        self.catalogue = os.path.join(BENCH, "catalogues", self.catalogue_name)
        self.agency = agency
        self.agencies = (agency,) + tuple(others)
        self.owners = ("",) + tuple(others) + ((agency,) if owned else ())
        self.names = {0: tuning, 1: frozen}
        self.outputs = {part: os.path.join(BENCH, "eval-%s.tsv" % name) for part, name in self.names.items()}
        self.header = header or usual_header(number, agency, len(self.agencies), tuning, frozen)
        self.lengths = lengths


NUMBERS = {7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
           15: "fifteen", 16: "sixteen"}


def usual_header(number, agency, agencies, tuning, frozen):
    """The parts' first lines since round 8: the columns, then how the round's questions were written and split."""
    count = NUMBERS[agencies]
    return (
        "# agency\tcategory\texpected item, or - when no item of the agency answers it\t"
        "the agency it belongs to, when one of the %s\tquestion\n"
        "# Round-%d data, written blind (without the code, its dictionaries or earlier questions), "
        "with a new catalogue %s, %s agencies; split once by md5(agency|question) mod 2: "
        "0 -> %s, 1 -> %s. Only %s may be used to tune.\n" % (count, number, agency, count, tuning, frozen, tuning))


def load_codes(r):
    with open(r.catalogue, encoding="utf-8") as f:
        items = json.load(f)
    return {item["code"]: item["name"] for item in items}


def read_pool(r, codes):
    rows, errors, seen = [], [], {}
    with open(r.pool, encoding="utf-8") as f:
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
            if agency not in r.agencies:
                errors.append("%s: unknown agency %r" % (where, agency))
            if category not in CATEGORIES:
                errors.append("%s: unknown category %r" % (where, category))
            if (category == "none") != (expected == "-"):
                errors.append("%s: category %r with expected %r (none if and only if -)" % (where, category, expected))
            if expected != "-":
                if expected not in codes:
                    errors.append("%s: expected %r is not a code of %s" % (where, expected, r.catalogue_name))
                if agency != r.agency:
                    errors.append("%s: an answerable question asked of %s (only %s has items here)" % (where, agency, r.agency))
            if owner not in r.owners:
                errors.append("%s: unknown owning agency %r" % (where, owner))
            if owner and owner == agency:
                errors.append("%s: owning agency is the asked agency %r" % (where, owner))
            if owner and expected != "-":
                errors.append("%s: owning agency %r given for an answerable question" % (where, owner))
            if r.lengths and category == "keyword" and not KEYWORD_LENGTH[0] <= len(question) <= KEYWORD_LENGTH[1]:
                errors.append("%s: keyword question of %d characters (%d to %d)" % ((where, len(question)) + KEYWORD_LENGTH))
            if r.lengths and category == "long" and not LONG_LENGTH[0] <= len(question) <= LONG_LENGTH[1]:
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


def split(r):
    codes = load_codes(r)
    rows, errors = read_pool(r, codes)
    if errors:
        for e in errors:
            print("error: " + e, file=sys.stderr)
        print("%d error(s); nothing written" % len(errors), file=sys.stderr)
        return 1

    parts = {0: [], 1: []}
    for row in rows:
        parts[part_of(row[0], row[4])].append(row)

    for part, path in r.outputs.items():
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(r.header)
            for agency, category, expected, owner, question in parts[part]:
                f.write("\t".join((agency, WRITTEN_AS.get(category, category), expected, owner, question)) + "\n")

    names = r.names
    print("pool: %d questions" % len(rows))
    for part in (0, 1):
        prs = parts[part]
        print("\n%s (%s): %d questions" % (names[part], os.path.relpath(r.outputs[part], BENCH), len(prs)))
        by_agency = collections.Counter(r[0] for r in prs)
        for agency in r.agencies:
            print("  %-15s %4d" % (agency, by_agency[agency]))
        by_category = collections.Counter((r[0], r[1]) for r in prs)
        for agency in r.agencies:
            if not by_agency[agency]:
                continue
            cells = ["%s %d" % (WRITTEN_AS.get(c, c), by_category[(agency, c)]) for c in CATEGORIES if by_category[(agency, c)]]
            print("  %s by category: %s" % (agency, ", ".join(cells)))
        owners = collections.Counter(r[3] for r in prs if r[2] == "-" and r[3])
        print("  none questions with an owning agency: %s" % (", ".join("%s %d" % kv for kv in sorted(owners.items())) or "0"))

    total = collections.Counter((r[0], r[1]) for r in rows)
    print("\nboth parts:")
    for agency in r.agencies:
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


def main(r):
    sys.exit(split(r))
