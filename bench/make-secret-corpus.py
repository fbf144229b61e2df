#!/usr/bin/env python3
"""Writes a synthetic source tree with planted secrets, for bench/secret-scan.

    make-secret-corpus.py DIR [FILES] [MEGABYTES]

Files look like code (identifiers, strings, numbers, comments); about 1 in 50 mentions Mistral,
so the keyword pre-filter has real work to do. Planted keys are written, one per line, to
DIR/../planted.txt (outside the scanned tree). Keys are random at every run.
"""
import os
import random
import string
import sys

ALNUM = string.ascii_letters + string.digits
WORDS = ("client request response model config handler service token_count retry timeout "
         "stream chunk message content user assistant system latency budget cache session").split()


def key32():
    while True:
        key = "".join(random.choice(ALNUM) for _ in range(32))
        if any(c.isdigit() for c in key) and any(c.isupper() for c in key) and any(c.islower() for c in key):
            return key


def filler_line(mentions_mistral):
    words = random.sample(WORDS, 4)
    shapes = [
        f"const {words[0]}_{words[1]} = {random.randint(0, 99999)};",
        f"function {words[0]}{words[1].title()}({words[2]}, {words[3]}) {{ return {words[2]}; }}",
        f"// {' '.join(words)} {random.randint(0, 999)}",
        f"log.info(\"{words[0]} {words[1]} took %d ms\", {words[2]}Ms);",
        f"{words[0]}.{words[1]}({words[2]}: \"{''.join(random.choice(string.ascii_lowercase) for _ in range(12))}\")",
    ]
    line = random.choice(shapes)
    if mentions_mistral and random.random() < 0.05:
        line += "  // mistral-small-2506"
    return line


def planted_line(index):
    key = key32()
    forms = [
        (f'MISTRAL_API_KEY = "{key}"', key),
        (f'const client = new Mistral({{ apiKey: "{key}" }});', key),
        (f'curl -H "Authorization: Bearer {key}" https://api.mistral.ai/v1/models', key),
        (f'spring.ai.mistralai.api-key={key}', key),
    ]
    return forms[index % len(forms)]


def main():
    root = sys.argv[1]
    files = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000
    megabytes = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    random.seed()
    per_file = megabytes * 1024 * 1024 // files
    planted_in = set(random.sample(range(files), 12))
    planted = []
    for i in range(files):
        directory = os.path.join(root, f"pkg{i % 100:02d}", f"mod{(i // 100) % 20:02d}")
        os.makedirs(directory, exist_ok=True)
        mentions = i % 50 == 0 or i in planted_in
        lines, size = [], 0
        if mentions:
            lines.append("import { Mistral } from \"@mistralai/mistralai\";")
        while size < per_file:
            line = filler_line(mentions)
            lines.append(line)
            size += len(line) + 1
        if i in planted_in:
            line, key = planted_line(len(planted))
            lines.insert(len(lines) // 2, "")
            lines.insert(len(lines) // 2 + 1, line)
            lines.insert(len(lines) // 2 + 2, "")
            planted.append(key)
        with open(os.path.join(directory, f"file{i:05d}.ts"), "w") as out:
            out.write("\n".join(lines) + "\n")
    with open(os.path.join(os.path.dirname(os.path.abspath(root)), "planted.txt"), "w") as out:
        out.write("\n".join(planted) + "\n")


if __name__ == "__main__":
    main()
