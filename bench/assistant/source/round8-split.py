#!/usr/bin/env python3
"""Splits round 8's pool (round8-pool.txt) once into eval-tuning-6.tsv and eval-frozen-6.tsv: pool_split.py with this
round's settings. Run from anywhere:  python3 bench/assistant/source/round8-split.py
"""
import pool_split

if __name__ == "__main__":
    others = ("bench-police", "bench-hrss", "bench-market", "bench-civil", "bench-health", "bench-education")
    pool_split.main(pool_split.Round(8, "bench-housing", others, "tuning-6", "frozen-6"))
