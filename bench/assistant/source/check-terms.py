#!/usr/bin/env python3
"""Checks the shipped normalisation dictionary, src/main/resources/assistant/terms.tsv.

Fails (exit 1) on:
  - a line that is neither a comment (# ...) nor blank and has not exactly one tab;
  - an empty variant or standard;
  - a variant of one character (apart from the few listed in GRANDFATHERED, which were
    in the file before this check existed; they are reported as warnings);
  - a variant written twice (with the same or another standard);
  - a guard (a variant equal to its standard, which keeps shorter entries out of it) with no shorter variant written
    inside it, since it would guard nothing (a variant only overlapping it is not counted);
  - an entry whose standard term the dictionary would rewrite again: the standard is run
    through the same replacement as org.gongkai.assistant.Terms.normalise (longest
    variants first, no overlapping replacements, an entry skipped where its standard
    is already written around the variant), and it must come out unchanged.
Warns on characters outside the BMP (Java counts them as two chars, this script as one), and on a name the
guides write that the dictionary would rewrite (a variant inside it: 销户口 inside 死亡注销户口): the demo's
service items and the remits table's matters, so that a question quoting one keeps it. (Not the evaluation's
catalogues: they are evaluation data.)

Usage: check-terms.py [path/to/terms.tsv]   (stdlib only)
"""

import sys
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[3] / "src/main/resources/assistant/terms.tsv"
RESOURCES = Path(__file__).resolve().parents[3] / "src/main/resources/assistant"

# One-character variants that were shipped before this check; left for whoever owns the file to decide on.
GRANDFATHERED = {"伢", "咋", "啥", "俺", "娃", "崽", "冇"}


def read(path):
	"""(line number, variant, standard) for each entry; errors for malformed lines."""
	entries, errors = [], []
	for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
		if line.startswith("#") or not line.strip():
			continue
		if line.count("\t") != 1:
			errors.append(f"line {n}: {line.count(chr(9))} tabs, expected exactly one: {line!r}")
			continue
		variant, standard = (part.strip() for part in line.split("\t"))
		if not variant or not standard:
			errors.append(f"line {n}: empty variant or standard: {line!r}")
			continue
		entries.append((n, variant, standard))
	return entries, errors


def ordered(entries):
	"""As Terms orders them: longest variant first, file order among equals (a stable sort)."""
	return sorted(entries, key=lambda e: -len(e[1]))


def standard_around(text, start, end, standard):
	lo = max(0, end - len(standard))
	hi = min(len(text), start + len(standard))
	return standard in text[lo:hi]


def normalise(text, terms):
	"""Terms.normalise; also returns which entries fired."""
	out = text
	replaced, fired = [], []
	for entry in terms:
		_, variant, standard = entry
		start = 0
		while True:
			at = out.find(variant, start)
			if at < 0:
				break
			end = at + len(variant)
			if any(at < s[1] and end > s[0] for s in replaced):
				start = at + 1
				continue
			if variant == standard:
				replaced.append([at, end])
				start = end
				continue
			if standard_around(out, at, end, standard):
				start = at + 1
				continue
			out = out[:at] + standard + out[end:]
			delta = len(standard) - len(variant)
			for span in replaced:
				if span[0] >= end:
					span[0] += delta
					span[1] += delta
			replaced.append([at, at + len(standard)])
			fired.append(entry)
			start = at + len(standard)
	return out, fired


def check(path):
	entries, errors = read(path)
	warnings = []
	seen = {}
	for n, variant, standard in entries:
		if len(variant) == 1:
			message = f"line {n}: one-character variant {variant!r} → {standard!r}"
			(warnings if variant in GRANDFATHERED else errors).append(message + (" (grandfathered)" if variant in GRANDFATHERED else ""))
		if variant == standard and not any(v != s and v in variant and len(v) < len(variant) for _, v, s in entries):
			errors.append(f"line {n}: a guard with no shorter variant inside it: {variant!r}")
		if variant in seen:
			m, other = seen[variant]
			kind = "duplicate" if other == standard else f"conflict ({other!r} vs {standard!r})"
			errors.append(f"line {n}: variant {variant!r} already on line {m}: {kind}")
		else:
			seen[variant] = (n, standard)
		if any(ord(c) > 0xFFFF for c in variant + standard):
			warnings.append(f"line {n}: character outside the BMP in {variant!r} / {standard!r}")
	terms = ordered(entries)
	for n, variant, standard in entries:
		out, fired = normalise(standard, terms)
		if out != standard:
			by = ", ".join(f"{v!r}→{s!r} (line {m})" for m, v, s in fired)
			errors.append(f"line {n}: standard {standard!r} of {variant!r} is rewritten again to {out!r} by {by}")
	for name in guide_names():
		out, fired = normalise(name, terms)
		if out != name:
			by = ", ".join(f"{v!r}→{s!r} (line {m})" for m, v, s in fired)
			warnings.append(f"a guide's name {name!r} is rewritten to {out!r} by {by}")
	return entries, errors, warnings


def guide_names():
	"""The demo's item names and the remits table's matters."""
	import json
	demo = json.loads((RESOURCES / "demo-service-items.json").read_text(encoding="utf-8"))
	names = [item["name"] for items in demo.values() for item in items]
	for line in (RESOURCES / "remits.tsv").read_text(encoding="utf-8").splitlines():
		if line and not line.startswith("#"):
			names.append(line.split("\t")[2])
	return names


def main():
	path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
	entries, errors, warnings = check(path)
	for w in warnings:
		print("warning:", w)
	for e in errors:
		print("error:", e)
	print(f"{path}: {len(entries)} entries, {len(errors)} errors, {len(warnings)} warnings")
	return 1 if errors else 0


if __name__ == "__main__":
	sys.exit(main())
