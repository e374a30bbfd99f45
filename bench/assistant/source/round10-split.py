#!/usr/bin/env python3
"""Splits round 10's pool (round10-pool.txt) once into eval-tuning-8.tsv and eval-frozen-8.tsv: pool_split.py with this
round's settings. Run from anywhere:  python3 bench/assistant/source/round10-split.py
"""
import pool_split

if __name__ == "__main__":
    others = ("bench-police", "bench-hrss", "bench-market", "bench-civil", "bench-health", "bench-education",
              "bench-housing", "bench-medical")
    pool_split.main(pool_split.Round(10, "bench-justice", others, "tuning-8", "frozen-8"))
