#!/usr/bin/env python3
"""Fits the weights of org.gongkai.assistant.Answerability on dumps of the TUNING parts only, and checks them by
fitting on one tuning part and scoring the other, and with each agency held out in turn, simulating Triage.

    BENCH_PARTS=tuning,tuning-2 BENCH_DUMP=/tmp/dump-PART.jsonl bench/assistant/run.sh eval dump
    python3 bench/assistant/fit-answerability.py /tmp/dump-tuning.jsonl /tmp/dump-tuning-2.jsonl

Round 4 fitted both dumps together (eval-tuning.tsv, written beside the shipped dictionary, and eval-tuning-2.tsv,
written without the code or its dictionaries) and rounded the weights to 9.81, 1.78, -1.65, 1.71, -7.05. Needs numpy.
Reads nothing but the dumps (the bench writes them for the tuning parts alone)."""
import json
import sys

import numpy as np

AGENCIES = ['bench-police', 'bench-hrss', 'bench-market', 'bench-civil', 'bench-health', 'bench-education', 'bench-housing', 'bench-medical',
            'bench-justice', 'bench-agriculture', 'bench-veterans', 'bench-transport',
            'bench-culture', 'bench-ecology']
OFFER, ANSWER, SCORE_LEAD, MARGIN, REDIRECT_LEAD = 0.3, 0.8, 0.005, 0.03, 0.08


def features(q):
    top = q['here'][0]
    words = len(q['words'])
    coverage = len(top['covered']) / words if words else 0.5
    return [top['cos'], coverage, 1.0 if q['foreign'] else 0.0, np.log1p(top['bm25'] / q['rarest'])]


def fit(questions, l2=0.05, steps=20000, rate=0.3):
    # the questions the weights decide: not those about an unlisted matter, which no score offers
    questions = [q for q in questions if not q.get('unlisted')]
    x = np.array([features(q) for q in questions])
    y = np.array([q['expected'] != '-' for q in questions], float)
    mean, sd = x.mean(0), x.std(0) + 1e-9
    z = np.hstack([(x - mean) / sd, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-z @ w))
        w -= rate * (z.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0])
    raw = w[:-1] / sd
    return np.r_[raw, w[-1] - np.sum(w[:-1] * mean / sd)]


def passes(c):
    return c['cos'] >= 0.65 or (c['cos'] >= 0.55 and c['bm25'] >= 6.0)


def decide(w, q):
    here, outside = q['here'], q['outside']
    top, other = here[0], (outside[0] if outside else None)
    elsewhere = any(x not in q['unknownAll'] for x in q['unknownHere']) or bool(q['foreignElsewhere'])
    closer = other is not None and other['cos'] > top['cos']
    answers = closer and passes(other)
    if closer and elsewhere or answers and other['cos'] - top['cos'] >= REDIRECT_LEAD:
        return 'redirect', [other['ref']]
    if q.get('belongs') and not answers:
        return 'decline', []
    # a matter of the agency's own kind that none of its items covers rules its items out (Answerability.unlisted)
    score = float('-inf') if q.get('unlisted') else float(np.dot(w[:-1], features(q)) + w[-1])
    if score < OFFER:
        return ('redirect', [other['ref']]) if answers else ('decline', [])
    second = here[1] if len(here) > 1 else None
    ahead = second is None or top['fused'] - second['fused'] >= SCORE_LEAD or top['cos'] - second['cos'] >= MARGIN
    if ahead and (passes(top) or score >= ANSWER):
        return 'answer', [top['ref']] + [c['ref'] for c in here[1:3] if passes(c)]
    return 'clarify', [c['ref'] for c in here[:3]]


def figures(w, questions):
    answerable = [q for q in questions if q['expected'] != '-']
    none = [q for q in questions if q['expected'] == '-']
    first = top3 = declined = ok = 0
    for q in answerable:
        kind, items = decide(w, q)
        first += kind != 'clarify' and items[:1] == [q['expected']]
        top3 += q['expected'] in items[:3]
        declined += not items
    for q in none:
        ok += decide(w, q)[0] in ('decline', 'redirect')
    n = len(answerable) or float('nan')
    return np.array([first / n, top3 / n, declined / n, ok / len(none) if none else float('nan')])


def main(paths):
    dumps = [[json.loads(line) for line in open(path, encoding='utf-8')] for path in paths]
    everything = [q for dump in dumps for q in dump]
    w = fit(everything)
    print('weights (cosine, coverage, foreign document, words match, bias):', np.round(w, 2))
    for path, dump in zip(paths, dumps):
        others = [q for other, d in zip(paths, dumps) if other != path for q in d]
        if others:
            print(path, 'fitted on the other parts:', np.round(figures(fit(others), dump), 3))
        print(path, 'fitted: first/top3/declined/unanswerable', np.round(figures(w, dump), 3))
        held = np.nanmean([figures(fit([q for q in everything if q['agency'] != a]), [q for q in dump if q['agency'] == a])
                           for a in AGENCIES if any(q['agency'] == a and q['expected'] != '-' for q in dump)], axis=0)
        print(path, 'each agency held out:', np.round(held, 3))


if __name__ == '__main__':
    main(sys.argv[1:])
