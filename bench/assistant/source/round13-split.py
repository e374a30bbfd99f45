#!/usr/bin/env python3
"""Splits round 13's pool (round13-pool.txt) once into eval-tuning-11.tsv and eval-frozen-11.tsv: pool_split.py with this
round's settings. Run from anywhere:  python3 bench/assistant/source/round13-split.py
"""
import pool_split

if __name__ == "__main__":
    others = ("bench-police", "bench-hrss", "bench-market", "bench-civil", "bench-health", "bench-education",
              "bench-housing", "bench-medical", "bench-justice", "bench-agriculture", "bench-veterans")
    pool_split.main(pool_split.Round(13, "bench-transport", others, "tuning-11", "frozen-11"))
