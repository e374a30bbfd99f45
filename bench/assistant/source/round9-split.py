#!/usr/bin/env python3
"""Splits round 9's pool (round9-pool.txt) once into eval-tuning-7.tsv and eval-frozen-7.tsv: pool_split.py with this
round's settings. Run from anywhere:  python3 bench/assistant/source/round9-split.py
"""
import pool_split

HEADER = (
    "# agency\tcategory\texpected item, or - when no item of the agency answers it\t"
    "the agency it belongs to, when one of the eight\tquestion\n"
    "# Round-9 data, written blind (without the code, its dictionaries or earlier questions), "
    "with a new catalogue bench-medical, eight agencies; split once by md5(agency|question) mod 2: "
    "0 -> tuning-7, 1 -> frozen-7. Only tuning-7 may be used to tune.\n"
)

if __name__ == "__main__":
    others = ("bench-police", "bench-hrss", "bench-market", "bench-civil", "bench-health", "bench-education",
              "bench-housing")
    pool_split.main(pool_split.Round(9, "bench-medical", others, "tuning-7", "frozen-7", HEADER))
