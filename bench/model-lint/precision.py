#!/usr/bin/env python3
"""Precision of the model lint's findings, from the labels of findings.tsv.

    bench/model-lint/precision.py [--sample PREFIX] [ALL_FINDINGS_TSV]

With the CLI's current findings (findings.sh writes them), also says how many findings there are
per rule and which labelled findings the CLI no longer reports. With --sample, only the labels
whose 7th column (sample) starts with PREFIX count; the last line then also gives the total
precision weighted by each rule's number of findings (the sample is stratified per rule).
"""
import collections, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def rows(path):
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip() or line.startswith('repo\t'):
            continue
        yield line.rstrip('\n').split('\t')

def main():
    args = sys.argv[1:]
    sample = None
    if len(args) >= 2 and args[0] == '--sample':
        sample, args = args[1], args[2:]
    sys.argv[1:] = args
    labels = [r for r in rows(os.path.join(HERE, 'findings.tsv'))
              if sample is None or (len(r) > 6 and r[6].startswith(sample))]
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
    if sample and current:
        labelled = [r for r in per if per[r]['right'] + per[r]['wrong']]
        weight = sum(current[r] for r in labelled)
        if weight:
            est = sum(current[r] * per[r]['right'] / (per[r]['right'] + per[r]['wrong']) for r in labelled) / weight
            print(f"weighted by findings per rule\t{weight}\t\t\t\t{est:.2f}")
    if gone:
        print(f'\nlabelled findings the CLI no longer reports ({len(gone)}):')
        for g in gone:
            print('\t'.join(g))

if __name__ == '__main__':
    main()
