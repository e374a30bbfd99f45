#!/usr/bin/env python3
"""Splits round 12's pool (round12-pool.txt) once into eval-tuning-10.tsv and eval-frozen-10.tsv: pool_split.py with this
round's settings. Run from anywhere:  python3 bench/assistant/source/round12-split.py
"""
import pool_split

if __name__ == "__main__":
    others = ("bench-police", "bench-hrss", "bench-market", "bench-civil", "bench-health", "bench-education",
              "bench-housing", "bench-medical", "bench-justice", "bench-agriculture")
    pool_split.main(pool_split.Round(12, "bench-veterans", others, "tuning-10", "frozen-10"))
