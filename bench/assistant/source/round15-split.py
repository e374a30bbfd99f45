#!/usr/bin/env python3
"""Splits round 15's pool (round15-pool.txt) once into eval-tuning-13.tsv and eval-frozen-13.tsv: pool_split.py with this
round's settings. Run from anywhere:  python3 bench/assistant/source/round15-split.py
"""
import pool_split

if __name__ == "__main__":
    others = ("bench-police", "bench-hrss", "bench-market", "bench-civil", "bench-health", "bench-education",
              "bench-housing", "bench-medical", "bench-justice", "bench-agriculture", "bench-veterans",
              "bench-transport", "bench-culture")
    pool_split.main(pool_split.Round(15, "bench-ecology", others, "tuning-13", "frozen-13"))
