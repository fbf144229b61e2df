#!/usr/bin/env python3
"""Precision of the model lint's findings, from the labels of findings.tsv.

    bench/model-lint/precision.py [ALL_FINDINGS_TSV]

With the CLI's current findings (findings.sh writes them), also says how many findings there are
per rule and which labelled findings the CLI no longer reports.
"""
import collections, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def rows(path):
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip() or line.startswith('repo\t'):
            continue
        yield line.rstrip('\n').split('\t')

def main():
    labels = list(rows(os.path.join(HERE, 'findings.tsv')))
    current = collections.Counter()
    present = set()
    if len(sys.argv) > 1:
        for r in rows(sys.argv[1]):
            current[r[1]] += 1
            present.add((r[0], r[1], r[2], r[3]))
    per = collections.defaultdict(collections.Counter)
    gone = []
    for repo, rule, file, line, verdict, *_ in labels:
        per[rule][verdict] += 1
        if present and (repo, rule, file, line) not in present:
            gone.append((repo, rule, file, line, verdict))
    print('rule\tfindings\tlabelled\tright\twrong\tprecision')
    tot = collections.Counter()
    for rule in sorted(set(per) | set(current)):
        c = per[rule]
        n = c['right'] + c['wrong']
        tot.update(right=c['right'], wrong=c['wrong'], findings=current[rule])
        print(f"{rule}\t{current[rule] if current else '-'}\t{n}\t{c['right']}\t{c['wrong']}\t{c['right'] / n:.2f}" if n
              else f"{rule}\t{current[rule] if current else '-'}\t0\t0\t0\t-")
    n = tot['right'] + tot['wrong'] or float('nan')
    print(f"TOTAL\t{tot['findings'] if current else '-'}\t{n}\t{tot['right']}\t{tot['wrong']}\t{tot['right'] / n:.2f}")
    if gone:
        print(f'\nlabelled findings the CLI no longer reports ({len(gone)}):')
        for g in gone:
            print('\t'.join(g))

if __name__ == '__main__':
    main()
