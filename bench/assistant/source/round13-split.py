#!/usr/bin/env python3
"""Splits round 13's pool (round13-pool.txt) once into eval-tuning-11.tsv and eval-frozen-11.tsv: pool_split.py with this
round's settings. Run from anywhere:  python3 bench/assistant/source/round13-split.py
"""
import pool_split

HEADER = (
    "# agency\tcategory\texpected item, or - when no item of the agency answers it\t"
    "the agency it belongs to, when one of the twelve\tquestion\n"
    "# Round-13 data, written blind (without the code, its dictionaries or earlier questions), "
    "with a new catalogue bench-transport, twelve agencies; split once by md5(agency|question) mod 2: "
    "0 -> tuning-11, 1 -> frozen-11. Only tuning-11 may be used to tune.\n"
)

if __name__ == "__main__":
    others = ("bench-police", "bench-hrss", "bench-market", "bench-civil", "bench-health", "bench-education",
              "bench-housing", "bench-medical", "bench-justice", "bench-agriculture", "bench-veterans")
    pool_split.main(pool_split.Round(13, "bench-transport", others, "tuning-11", "frozen-11", HEADER))
