#!/usr/bin/env python3
"""Splits round 8's pool (round8-pool.txt) once into eval-tuning-6.tsv and eval-frozen-6.tsv: pool_split.py with this
round's settings. Run from anywhere:  python3 bench/assistant/source/round8-split.py
"""
import pool_split

HEADER = (
    "# agency\tcategory\texpected item, or - when no item of the agency answers it\t"
    "the agency it belongs to, when one of the seven\tquestion\n"
    "# Round-8 data, written blind (without the code, its dictionaries or earlier questions), "
    "with a new catalogue bench-housing, seven agencies; split once by md5(agency|question) mod 2: "
    "0 -> tuning-6, 1 -> frozen-6. Only tuning-6 may be used to tune.\n"
)

if __name__ == "__main__":
    others = ("bench-police", "bench-hrss", "bench-market", "bench-civil", "bench-health", "bench-education")
    pool_split.main(pool_split.Round(8, "bench-housing", others, "tuning-6", "frozen-6", HEADER))
