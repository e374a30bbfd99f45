#!/usr/bin/env python3
"""Splits round 7's pool (round7-pool.txt) once into eval-tuning-5.tsv and eval-frozen-5.tsv: pool_split.py with this
round's settings. Run from anywhere:  python3 bench/assistant/source/round7-split.py
"""
import pool_split

HEADER = (
    "# agency\tcategory\texpected item, or - when no item of the agency answers it\t"
    "the agency it belongs to, when one of the six\tquestion\n"
    "# Round-7 data, written blind (without the code, its dictionaries or earlier questions), "
    "with a new catalogue bench-education; split once by md5(agency|question) mod 2: "
    "0 -> tuning-5, 1 -> frozen-5. Only tuning-5 may be used to tune.\n"
)

if __name__ == "__main__":
    others = ("bench-police", "bench-hrss", "bench-market", "bench-civil", "bench-health")
    pool_split.main(pool_split.Round(7, "bench-education", others, "tuning-5", "frozen-5", HEADER))
