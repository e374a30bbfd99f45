#!/usr/bin/env python3
"""Splits round 11's pool (round11-pool.txt) once into eval-tuning-9.tsv and eval-frozen-9.tsv: pool_split.py with this
round's settings. Run from anywhere:  python3 bench/assistant/source/round11-split.py
"""
import pool_split

HEADER = (
    "# agency\tcategory\texpected item, or - when no item of the agency answers it\t"
    "the agency it belongs to, when one of the ten\tquestion\n"
    "# Round-11 data, written blind (without the code, its dictionaries or earlier questions), "
    "with a new catalogue bench-agriculture, ten agencies; split once by md5(agency|question) mod 2: "
    "0 -> tuning-9, 1 -> frozen-9. Only tuning-9 may be used to tune.\n"
)

if __name__ == "__main__":
    others = ("bench-police", "bench-hrss", "bench-market", "bench-civil", "bench-health", "bench-education",
              "bench-housing", "bench-medical", "bench-justice")
    pool_split.main(pool_split.Round(11, "bench-agriculture", others, "tuning-9", "frozen-9", HEADER))
