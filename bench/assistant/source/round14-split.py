#!/usr/bin/env python3
"""Splits round 14's pool (round14-pool.txt) once into eval-tuning-12.tsv and eval-frozen-12.tsv: pool_split.py with this
round's settings. Run from anywhere:  python3 bench/assistant/source/round14-split.py
"""
import pool_split

if __name__ == "__main__":
    others = ("bench-police", "bench-hrss", "bench-market", "bench-civil", "bench-health", "bench-education",
              "bench-housing", "bench-medical", "bench-justice", "bench-agriculture", "bench-veterans",
              "bench-transport")
    pool_split.main(pool_split.Round(14, "bench-culture", others, "tuning-12", "frozen-12"))
