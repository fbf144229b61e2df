#!/usr/bin/env bash
# Clones every repository of repos.tsv at its pinned commit into DIR/<name>.
#
#   bench/model-lint/fetch.sh DIR [REPOS.tsv]
#
# REPOS.tsv defaults to the model-lint corpus next to this script; other benches pass their own.
# Takes a repository from /work/.mirror/<owner>+<name>/repo when that snapshot is there, else from
# GitHub. Snapshots lack files of 4 MiB and more (and Git LFS content): those files are checked
# out where they can be, and the ones whose content is missing are dropped from the index, so
# that git's listing is the files on disk. None of the call sites of call-sites.tsv is in such a file.
# A bench, not part of the build: CI never runs it.
set -euo pipefail
[[ $# -ge 1 && $# -le 2 ]] || { echo "usage: $0 DIR [REPOS.tsv]" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
into="$1"
repos="${2:-$here/repos.tsv}"
mkdir -p "$into"
grep -v '^#' "$repos" | tail -n +2 | while IFS=$'\t' read -r name url commit _scope _licence _why; do
  dest="$into/$name"
  if [[ -d "$dest/.git" ]] && [[ "$(git -C "$dest" rev-parse HEAD 2>/dev/null)" == "$commit" ]]; then
    echo "$name: already at $commit" >&2
    continue
  fi
  rm -rf "$dest"
  slug="${url#https://github.com/}"
  mirror="/work/.mirror/${slug/\//+}/repo"
  if [[ -d "$mirror" ]]; then
    git clone -q --no-checkout "$mirror" "$dest"
  else
    git clone -q --no-checkout "$url" "$dest"
  fi
  # check out what the clone has, and forget files whose content a snapshot lacks
  git -C "$dest" update-ref --no-deref HEAD "$commit"
  git -C "$dest" read-tree "$commit"
  git -C "$dest" ls-files -z | git -C "$dest" checkout-index -z -f --stdin 2>/dev/null || true
  git -C "$dest" ls-files -z --deleted | xargs -0 -r git -C "$dest" rm -q --cached --
  echo "$name: $(git -C "$dest" rev-parse HEAD) ($(git -C "$dest" ls-files | wc -l) files)" >&2
done
