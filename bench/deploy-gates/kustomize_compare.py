#!/usr/bin/env python3
"""Compares kubectl kustomize's output with our Java build (KustomizeDump) for one root.

    kustomize_compare.py ROOT KUBECTL.yaml OURS.yaml

Objects are matched by kind, namespace and name; each matched object is flattened to its leaves
(JSON Pointer -> value) and the leaves are compared as text (YAML read without types, so `1` and "1" are equal). Prints one TSV line:
root, kubectl objects, our objects, matched, only kubectl, only ours, fields, equal fields, then the
first differences (at most 5) as `kind/name pointer: kubectl=.. ours=..`.
"""
import sys

import yaml


def objects(path):
    with open(path) as f:
        docs = [d for d in yaml.load_all(f, Loader=yaml.BaseLoader) if isinstance(d, dict) and d.get("kind")]
    return {(d["kind"], d.get("metadata", {}).get("namespace", ""), d.get("metadata", {}).get("name", "")): d for d in docs}


def leaves(node, pointer=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from leaves(value, pointer + "/" + str(key).replace("~", "~0").replace("/", "~1"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from leaves(value, pointer + "/" + str(i))
    else:
        yield pointer, node


def main(root, kubectl_path, ours_path):
    theirs, ours = objects(kubectl_path), objects(ours_path)
    matched = sorted(set(theirs) & set(ours))
    fields = equal = 0
    diffs = []
    for key in matched:
        a, b = dict(leaves(theirs[key])), dict(leaves(ours[key]))
        for pointer in sorted(set(a) | set(b)):
            fields += 1
            if pointer in a and pointer in b and str(a[pointer]) == str(b[pointer]):
                equal += 1
            elif len(diffs) < 5:
                diffs.append(f"{key[0]}/{key[2]} {pointer}: kubectl={a.get(pointer, '-')!s:.40} ours={b.get(pointer, '-')!s:.40}")
    only_theirs = sorted(f"{k[0]}/{k[2]}" for k in set(theirs) - set(ours))
    only_ours = sorted(f"{k[0]}/{k[2]}" for k in set(ours) - set(theirs))
    print("\t".join([root, str(len(theirs)), str(len(ours)), str(len(matched)), ",".join(only_theirs) or "-",
                     ",".join(only_ours) or "-", str(fields), str(equal), " | ".join(diffs) or "-"]))


if __name__ == "__main__":
    main(*sys.argv[1:])
