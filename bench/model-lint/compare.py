#!/usr/bin/env python3
"""Recall of the model lint's call finding against call-sites.tsv.

    bench/model-lint/compare.py CENSUS_DIR

CENSUS_DIR holds <repo>.tsv, CallCensus's output for each repo of repos.tsv. A labelled site is
seen when the census reports a call in the same file at most SLACK lines before or after it (a
call spread over lines is reported at one of them). Census calls no label is near are listed for
review: census-extra.tsv says of each reviewed one whether it is a false call.
"""
import collections, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SLACK = 3

def rows(name):
    for line in open(os.path.join(HERE, name), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        yield line.rstrip('\n').split('\t')

def main():
    census_dir = sys.argv[1]
    repos = [r[0] for r in rows('repos.tsv') if r[0] != 'name']
    sites = collections.defaultdict(list)
    for r in rows('call-sites.tsv'):
        if r[0] != 'repo':
            sites[r[0]].append((r[1], int(r[2]), r[3], r[4] if len(r) > 4 else ''))
    reviewed = {(r[0], r[1], int(r[2])): (r[3], r[4] if len(r) > 4 else '') for r in rows('census-extra.tsv') if r[0] != 'repo'}
    totals = collections.Counter()
    by_kind = collections.defaultdict(collections.Counter)
    by_type = collections.defaultdict(collections.Counter)
    unseen, extras = [], []
    print('repo\tsites\tseen\trecall\tcensus calls\tfalse calls')
    for repo in repos:
        calls = []
        path = os.path.join(census_dir, repo + '.tsv')
        for line in open(path, encoding='utf-8') if os.path.exists(path) else []:
            f, ln, sdk, callee = line.rstrip('\n').split('\t')[:4]
            calls.append((f, int(ln), sdk, callee))
        by_file = collections.defaultdict(list)
        for c in calls:
            by_file[c[0]].append(c[1])
        seen = 0
        for f, ln, kind, note in sites[repo]:
            hit = any(abs(ln - x) <= SLACK for x in by_file.get(f, []))
            seen += hit
            by_kind[kind]['sites'] += 1
            by_kind[kind]['seen'] += hit
            ext = os.path.splitext(f)[1] or f
            ext = 'application config' if os.path.basename(f).startswith('application') else ext
            by_type[ext]['sites'] += 1
            by_type[ext]['seen'] += hit
            if not hit:
                unseen.append((repo, f, ln, kind, note))
        labelled = collections.defaultdict(list)
        for f, ln, _k, _n in sites[repo]:
            labelled[f].append(ln)
        false = 0
        for f, ln, sdk, callee in calls:
            if not any(abs(ln - x) <= SLACK for x in labelled.get(f, [])):
                verdict = reviewed.get((repo, f, ln), ('unreviewed', ''))
                false += verdict[0] == 'false'
                extras.append((repo, f, ln, sdk, callee) + verdict)
        n = len(sites[repo])
        print(f'{repo}\t{n}\t{seen}\t{seen / n:.2f}\t{len(calls)}\t{false}' if n else f'{repo}\t0\t0\t-\t{len(calls)}\t{false}')
        totals.update(sites=n, seen=seen, calls=len(calls), false=false)
    print(f"TOTAL\t{totals['sites']}\t{totals['seen']}\t{totals['seen'] / totals['sites']:.2f}\t{totals['calls']}\t{totals['false']}")
    print('\nkind\tsites\tseen\trecall')
    for kind, c in sorted(by_kind.items(), key=lambda kv: -kv[1]['sites']):
        print(f"{kind}\t{c['sites']}\t{c['seen']}\t{c['seen'] / c['sites']:.2f}")
    print('\nfile type\tsites\tseen\trecall')
    for ext, c in sorted(by_type.items(), key=lambda kv: -kv[1]['sites']):
        print(f"{ext}\t{c['sites']}\t{c['seen']}\t{c['seen'] / c['sites']:.2f}")
    print(f'\nunseen sites ({len(unseen)}): repo, file, line, kind, note')
    for u in unseen:
        print('\t'.join(map(str, u)))
    print(f'\ncensus calls near no label ({len(extras)}): repo, file, line, sdk, callee, verdict, reason')
    for e in extras:
        print('\t'.join(map(str, e)))

if __name__ == '__main__':
    main()
