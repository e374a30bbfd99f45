#!/usr/bin/env python3
"""Splits round 11's pool (round11-pool.txt) once into eval-tuning-9.tsv and eval-frozen-9.tsv: pool_split.py with this
round's settings. Run from anywhere:  python3 bench/assistant/source/round11-split.py
"""
import pool_split

if __name__ == "__main__":
    others = ("bench-police", "bench-hrss", "bench-market", "bench-civil", "bench-health", "bench-education",
              "bench-housing", "bench-medical", "bench-justice")
    pool_split.main(pool_split.Round(11, "bench-agriculture", others, "tuning-9", "frozen-9"))
