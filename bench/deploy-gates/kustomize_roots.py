#!/usr/bin/env python3
"""Lists the kustomize roots of a repository: kustomizations (not Components) that no other
kustomization of the repository names as a resource, base or component. One folder per line,
relative to REPO; `REMOTE` after a tab when it names a URL (kubectl would fetch it: the bench skips it).

    kustomize_roots.py REPO
"""
import os
import sys

import yaml

NAMES = ("kustomization.yaml", "kustomization.yml", "Kustomization")
REMOTE = ("://", "git@", "github.com/", "?ref=")


def main(repo):
    found = {}
    for folder, dirs, files in os.walk(repo):
        dirs[:] = [d for d in dirs if d != ".git"]
        for name in NAMES:
            if name in files:
                try:
                    with open(os.path.join(folder, name)) as f:
                        found[os.path.normpath(folder)] = yaml.safe_load(f) or {}
                except yaml.YAMLError:
                    found[os.path.normpath(folder)] = {}
                break
    referenced = set()
    for folder, k in found.items():
        for field in ("resources", "bases", "components"):
            for entry in k.get(field) or []:
                if isinstance(entry, str):
                    referenced.add(os.path.normpath(os.path.join(folder, entry)))
    for folder in sorted(found):
        k = found[folder]
        if folder in referenced or k.get("kind") == "Component":
            continue
        text = yaml.safe_dump(k)
        print(os.path.relpath(folder, repo) + ("\tREMOTE" if any(r in text for r in REMOTE) else ""))


if __name__ == "__main__":
    main(sys.argv[1])
