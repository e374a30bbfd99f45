#!/usr/bin/env python3
"""Splits round 6's pool (round6-pool.txt) once into eval-tuning-4.tsv and eval-frozen-4.tsv: pool_split.py with this
round's settings. Run from anywhere:  python3 bench/assistant/source/round6-split.py
"""
import pool_split

HEADER = (
    "# agency\tcategory\texpected item, or - when no item of the agency answers it\t"
    "the agency it belongs to, when one of the four\tquestion\n"
    "# Round-6 data, written blind (without the code, its dictionaries or earlier questions), "
    "with a new catalogue bench-health; split once by md5(agency|question) mod 2: "
    "0 -> tuning-4, 1 -> frozen-4. Only tuning-4 may be used to tune.\n"
)

if __name__ == "__main__":
    others = ("bench-police", "bench-hrss", "bench-market", "bench-civil")
    pool_split.main(pool_split.Round(6, "bench-health", others, "tuning-4", "frozen-4", HEADER,
                                     lengths=False, owned=False))
