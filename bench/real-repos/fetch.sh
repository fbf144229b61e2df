#!/usr/bin/env bash
# Clones every repository of repos.tsv into WORK/<name>, checked out at its pinned commit.
#
#   bench/real-repos/fetch.sh WORK
#
# Clones with --no-local from the snapshot /work/.mirror/<owner>+<name>/repo when there is one (a
# full copy, so `git log -p` reads every blob), else from GitHub. A repository already at its
# commit is kept. A bench, not part of the build: CI never runs it.
set -euo pipefail
[[ $# -eq 1 ]] || { echo "usage: $0 WORK" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$1"
mkdir -p "$work"
grep -v '^#' "$here/repos.tsv" | tail -n +2 | while IFS=$'\t' read -r name url commit _language _why; do
  dest="$work/$name"
  if [[ -d "$dest/.git" && "$(git -C "$dest" rev-parse HEAD 2>/dev/null)" == "$commit" ]]; then
    continue
  fi
  rm -rf "$dest"
  slug="${url#https://github.com/}"
  mirror="/work/.mirror/${slug/\//+}/repo"
  [[ -d "$mirror" ]] && source="$mirror" || source="$url"
  git clone -q --no-local --no-checkout "$source" "$dest"
  git -C "$dest" checkout -q --detach "$commit"
  echo "$name: $(git -C "$dest" rev-parse HEAD) ($(git -C "$dest" ls-files | wc -l) files)" >&2
done
