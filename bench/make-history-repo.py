#!/usr/bin/env python3
"""Writes a `git fast-import` stream for a repository of N commits, for bench/secret-history.

    make-history-repo.py COMMITS PLANTED_FILE | git fast-import --quiet

Each commit adds or rewrites one of 500 source files (about 40 lines of code). A dozen commits
add a Mistral key that a later commit deletes again, so the keys live only in the history; they
are listed, one per line, in PLANTED_FILE.
"""
import random
import string
import sys

ALNUM = string.ascii_letters + string.digits
WORDS = "client request response model config handler service retry timeout stream chunk message".split()


def key32():
    while True:
        key = "".join(random.choice(ALNUM) for _ in range(32))
        if any(c.isdigit() for c in key) and any(c.isupper() for c in key) and any(c.islower() for c in key):
            return key


def code(lines):
    out = []
    for _ in range(lines):
        a, b, c = random.sample(WORDS, 3)
        out.append(random.choice([
            f"const {a}_{b} = {random.randint(0, 99999)};",
            f"function {a}{b.title()}({c}) {{ return {c}; }}",
            f"// {a} {b} {c} {random.randint(0, 999)}",
        ]))
    return out


def main():
    commits = int(sys.argv[1])
    planted_path = sys.argv[2]
    random.seed()
    files = {f"src/mod{i:03d}.ts": code(40) for i in range(500)}
    plant_at = set(random.sample(range(10, commits - 10), 12))
    pending_removal = {}
    planted = []
    out = sys.stdout
    for n in range(commits):
        if n in plant_at:
            path = random.choice(list(files))
            key = key32()
            files[path] = files[path][:20] + ["", f'const client = new Mistral({{ apiKey: "{key}" }});', ""] + files[path][20:]
            pending_removal[n + random.randint(1, 8)] = (path, key)
            planted.append(key)
        elif n in pending_removal:
            path, key = pending_removal.pop(n)
            files[path] = [line for line in files[path] if key not in line]
        else:
            path = random.choice(list(files))
            body = files[path]
            body[random.randrange(len(body))] = code(1)[0]
            if random.random() < 0.3:
                body.extend(code(3))
        data = ("\n".join(files[path]) + "\n").encode()
        out.write(f"commit refs/heads/main\nmark :{n + 1}\n")
        out.write(f"author Bench <bench@example.invalid> {1700000000 + n * 60} +0000\n")
        out.write(f"committer Bench <bench@example.invalid> {1700000000 + n * 60} +0000\n")
        message = f"change {n}".encode()
        out.write(f"data {len(message)}\n{message.decode()}\n")
        if n > 0:
            out.write(f"from :{n}\n")
        if n == 0:
            for other, lines in files.items():
                blob = ("\n".join(lines) + "\n").encode()
                out.write(f"M 100644 inline {other}\ndata {len(blob)}\n")
                out.flush()
                sys.stdout.buffer.write(blob)
                out.write("\n")
        else:
            out.write(f"M 100644 inline {path}\ndata {len(data)}\n")
            out.flush()
            sys.stdout.buffer.write(data)
            out.write("\n")
    out.flush()
    with open(planted_path, "w") as planted_file:
        planted_file.write("\n".join(planted) + "\n")


if __name__ == "__main__":
    main()
