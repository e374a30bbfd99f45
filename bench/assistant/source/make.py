import json, hashlib, importlib, os, sys
out = sys.argv[1]
os.makedirs(out + "/catalogues", exist_ok=True)
names = {}
for mod, qf in (("police", "q-police.txt"), ("hrss", "q-hrss.txt"), ("market", "q-market.txt")):
    m = importlib.import_module(mod)
    code, dept, loc, hours, phone = m.AG
    items = []
    codes = set()
    for t in m.ITEMS:
        c, name, basis, cond, mats, proc, tl, fee, faq = t
        assert c not in codes; codes.add(c)
        f = []
        if faq:
            q, a = faq.split("？", 1); f.append({"q": q + "？", "a": a})
        items.append(dict(code=c, name=name, department=dept, basis=basis, conditions=cond, materials=mats,
                          process=proc, timeLimit=tl, fee=fee, location=loc, hours=hours, phone=phone, faq=f))
    names[code] = (dept, codes)
    with open(f"{out}/catalogues/{code}.json", "w") as fh:
        json.dump(items, fh, ensure_ascii=False, indent=1)
rows = {"tuning": [], "frozen": []}
seen = set()
for code, qf in (("bench-police", "q-police.txt"), ("bench-hrss", "q-hrss.txt"), ("bench-market", "q-market.txt")):
    for line in open(qf, encoding="utf-8"):
        line = line.strip()
        if not line: continue
        cat, exp, q = line.split("|", 2)
        assert (code,q) not in seen, q; seen.add((code,q))
        belongs = ""
        if exp.startswith("-"):
            if ":" in exp: belongs = exp.split(":")[1]
            exp = "-"
            cat = "none"
        else:
            assert exp in names[code][1], (code, exp)
        part = "tuning" if int(hashlib.md5((code + "|" + q).encode()).hexdigest(), 16) % 5 < 2 else "frozen"
        rows[part].append("\t".join([code, cat, exp, belongs, q]))
for part, rs in rows.items():
    with open(f"{out}/eval-{part}.tsv", "w") as fh:
        fh.write("# agency<TAB>category<TAB>expected item, or - when no item of the agency answers it<TAB>the agency it belongs to, when one of the three<TAB>question\n")
        fh.write("# Split once by md5(agency|question) mod 5 < 2 -> tuning. " + ("Only this part may be used to tune dictionaries and thresholds.\n" if part == "tuning" else "FROZEN: never tune on it.\n"))
        fh.write("\n".join(rs) + "\n")
    print(part, len(rs), sum(1 for r in rs if "\t-\t" in r))
