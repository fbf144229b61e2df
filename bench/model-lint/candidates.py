#!/usr/bin/env python3
"""Broad search for possible Mistral call sites, the labeller's starting point (not the ground truth).

    bench/model-lint/candidates.py CORPUS_DIR [--propose] [REPO...]

Reads repos.tsv (name, url, commit, scope, licence, why), walks each repo's scope (git-tracked files
that exist), and prints TSV: repo, file (relative to the repo), line, text. For .ipynb it reads only
code cells and prints the line of the .ipynb file where the source line is written.
"""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXTS = ('.py', '.ipynb', '.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.java')
SPRING = re.compile(r'(^|/)application[^/]*\.(properties|ya?ml)$')
SKIP = re.compile(r'(^|/)(node_modules|\.venv|venv|site-packages|target|build|dist)/|\.min\.js$|\.d\.ts$')
# Broad on purpose: anything that may be a request to Mistral or a Mistral model object.
HIT = re.compile(r'''
    \.(chat|fim|agents|embeddings|ocr|classifiers|audio|conversations|transcriptions)\s*\.\s*\w+\s*\(  # sdk namespaces
  | \b(complete|stream|parse|create|start|append|restart|moderate|moderate_chat|classify|process)(_async|Async)?\s*\(
  | \bnew\s+(Mistral|MistralClient|OpenAI|ChatMistralAI|MistralAIEmbeddings|MistralAI)\b
  | \b(Mistral|MistralClient|MistralAsyncClient|AsyncOpenAI|OpenAI|ChatMistralAI|MistralAIEmbeddings|MistralAI|MistralAIEmbedding|MistralChatGenerator|MistralTextEmbedder|MistralDocumentEmbedder)\s*\(
  | \bchat(Stream)?\s*\(
  | MistralAi\w*\s*\.\s*builder\s*\( | new\s+MistralAi\w+\s*\( | MistralAiApi | MistralAi\w*Options
  | \bmistral\s*\(\s*['"] | createMistral | @ai-sdk/mistral
  | litellm | ["']mistral/ | \bLLM\s*\(\s*model | base_url | baseURL | api\.mistral\.ai | codestral\.mistral\.ai
  | \bspring\.ai\.mistralai | \bmistralai\s*: | langchain4j\.mistral | mistral-ai\s*:
''', re.X)

def notebook_lines(raw):
    """(line, text) of each code-cell source line, line being where it is written in the .ipynb."""
    out, pos, line = [], 0, 1
    # a minimal JSON reader that remembers the line of each string
    def ws():
        nonlocal pos, line
        while pos < len(raw) and raw[pos] in ' \t\r\n':
            if raw[pos] == '\n': line += 1
            pos += 1
    def value():
        nonlocal pos, line
        ws(); c = raw[pos]
        if c == '{':
            pos += 1; obj = {}
            ws()
            if raw[pos] == '}': pos += 1; return obj
            while True:
                ws(); k = value()[0]; ws(); pos += 1  # ':'
                obj[k] = value(); ws()
                if raw[pos] == ',': pos += 1; continue
                pos += 1; return obj
        if c == '[':
            pos += 1; arr = []
            ws()
            if raw[pos] == ']': pos += 1; return arr
            while True:
                arr.append(value()); ws()
                if raw[pos] == ',': pos += 1; continue
                pos += 1; return arr
        if c == '"':
            start_line, j = line, pos + 1
            while raw[j] != '"':
                j += 2 if raw[j] == '\\' else 1
            s = json.loads(raw[pos:j + 1]); pos = j + 1
            return (s, start_line)
        m = re.compile(r'-?[0-9.eE+-]+|true|false|null').match(raw, pos)
        pos = m.end(); return None
    nb = value()
    for cell in nb.get('cells', []) if isinstance(nb, dict) else []:
        if not isinstance(cell, dict) or cell.get('cell_type', (None,))[0] != 'code':
            continue
        src = cell.get('source', [])
        parts = [src] if isinstance(src, tuple) else src
        for text, ln in parts:
            for piece in text.split('\n'):   # a single-string source is written on one raw line
                out.append((ln, piece))
    return out

def files(repo_dir, scope):
    listed = subprocess.run(['git', '-C', repo_dir, 'ls-files', '-z', '--', scope or '.'],
                            capture_output=True, text=True).stdout.split('\0')
    for f in listed:
        if f and (f.endswith(EXTS) or SPRING.search(f)) and not SKIP.search(f) and os.path.isfile(os.path.join(repo_dir, f)):
            yield f

# Narrower patterns, each with the kind it proposes; the labeller reads every proposal.
KINDS = [
    ('fim', re.compile(r'\.fim\s*\.\s*(complete|stream)(_async|Async)?\s*\(')),
    ('agents', re.compile(r'\.agents\s*\.\s*(complete|stream|create|update)(_async|Async)?\s*\(')),
    ('conversations', re.compile(r'\.conversations\s*\.\s*(start|append|restart|run|start_stream|append_stream|restart_stream|run_stream|startStream|appendStream|restartStream|runStream)(_async|Async)?\s*\(')),
    ('embeddings', re.compile(r'\.embeddings\s*\.\s*create(_async|Async)?\s*\(|\bclient\.embeddings\s*\(|MistralAIEmbeddings?\s*\(|MistralAiEmbeddingModel\s*\.\s*builder|new\s+MistralAiEmbeddingModel\b|\bembed(Many)?\s*\(\s*\{')),
    ('ocr', re.compile(r'\.ocr\s*\.\s*process(_async|Async)?\s*\(|MistralOcrApi|new\s+MistralAiOcr')),
    ('moderation', re.compile(r'\.classifiers\s*\.\s*\w+\s*\(|MistralAiModeration\w*\s*\.\s*builder|new\s+MistralAiModeration\w*\(')),
    ('audio', re.compile(r'\.audio\s*\.\s*\w+\s*\.\s*(complete|stream|create)(_async|Async)?\s*\(')),
    ('chat', re.compile(r'\.chat\s*\.\s*(complete|stream|parse|parse_stream|parseStream)(_async|Async)?\s*\(|\.chat(_stream|Stream)?\s*\(\s*($|model|messages|\{|\*\*)')),
    ('framework-openai', re.compile(r'\.chat\s*\.\s*completions\s*\.\s*create\s*\(')),
    ('framework-langchain', re.compile(r'\bChatMistralAI\s*\(')),
    ('framework-langchain4j', re.compile(r'MistralAi(Streaming)?ChatModel\s*\.\s*(builder|withApiKey)\s*\(')),
    ('framework-spring-ai', re.compile(r'new\s+MistralAiChatModel\s*\(|MistralAiChatModel\s*\.\s*builder|chatCompletionEntity\s*\(|chatCompletionStream\s*\(')),
    ('framework-llamaindex', re.compile(r'(?<![\w.])MistralAI\s*\(')),
    ('framework-haystack', re.compile(r'Mistral(Chat|Text|Document)\w*\s*\(')),
    ('framework-litellm', re.compile(r'["\']mistral/|litellm\.\w*completion\s*\(')),
    ('framework-crewai', re.compile(r'\bLLM\s*\(\s*model\s*=')),
    ('framework-vercel-ai', re.compile(r'\b(generateText|streamText|generateObject|streamObject)\s*\(\s*\{')),
    ('http', re.compile(r'api\.mistral\.ai/v1/\w+|codestral\.mistral\.ai/v1/\w+')),
]

def propose(text):
    for kind, rx in KINDS:
        if rx.search(text):
            return kind
    return None

def main():
    strict = len(sys.argv) > 2 and sys.argv[2] == '--propose'
    if strict:
        del sys.argv[2]
    corpus, wanted = sys.argv[1], set(sys.argv[2:])
    for row in open(os.path.join(HERE, 'repos.tsv'), encoding='utf-8'):
        if row.startswith('#') or not row.strip() or row.startswith('name\t'):
            continue
        name, _url, _sha, scope = row.rstrip('\n').split('\t')[:4]
        if wanted and name not in wanted:
            continue
        for f in sorted(files(os.path.join(corpus, name), '' if scope == '.' else scope)):
            raw = open(os.path.join(corpus, name, f), encoding='utf-8', errors='replace').read()
            try:
                lines = notebook_lines(raw) if f.endswith('.ipynb') else list(enumerate(raw.split('\n'), 1))
            except Exception as e:  # a notebook that is not JSON
                print(f'{name}\t{f}\t0\tUNREADABLE {e}'); continue
            for ln, text in lines:
                if re.match(r'\s*(#|//|\*)', text):
                    continue
                if strict:
                    kind = propose(text)
                    if kind:
                        print(f'{name}\t{f}\t{ln}\t{kind}\t{text.strip()[:140]}')
                elif HIT.search(text):
                    print(f'{name}\t{f}\t{ln}\t{text.strip()[:160]}')

if __name__ == '__main__':
    main()
