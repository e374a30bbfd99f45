#!/usr/bin/env python3
"""Splits round 9's pool (round9-pool.txt) once into eval-tuning-7.tsv and eval-frozen-7.tsv: pool_split.py with this
round's settings. Run from anywhere:  python3 bench/assistant/source/round9-split.py
"""
import pool_split

if __name__ == "__main__":
    others = ("bench-police", "bench-hrss", "bench-market", "bench-civil", "bench-health", "bench-education",
              "bench-housing")
    pool_split.main(pool_split.Round(9, "bench-medical", others, "tuning-7", "frozen-7"))
