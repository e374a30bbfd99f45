#!/usr/bin/env python3
"""Splits round 10's pool (round10-pool.txt) once into eval-tuning-8.tsv and eval-frozen-8.tsv: pool_split.py with this
round's settings. Run from anywhere:  python3 bench/assistant/source/round10-split.py
"""
import pool_split

HEADER = (
    "# agency\tcategory\texpected item, or - when no item of the agency answers it\t"
    "the agency it belongs to, when one of the nine\tquestion\n"
    "# Round-10 data, written blind (without the code, its dictionaries or earlier questions), "
    "with a new catalogue bench-justice, nine agencies; split once by md5(agency|question) mod 2: "
    "0 -> tuning-8, 1 -> frozen-8. Only tuning-8 may be used to tune.\n"
)

if __name__ == "__main__":
    others = ("bench-police", "bench-hrss", "bench-market", "bench-civil", "bench-health", "bench-education",
              "bench-housing", "bench-medical")
    pool_split.main(pool_split.Round(10, "bench-justice", others, "tuning-8", "frozen-8", HEADER))
