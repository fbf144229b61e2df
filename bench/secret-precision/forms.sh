#!/usr/bin/env bash
# Recall of the secret-scan gate on the key forms of issue 19, and its precision on the decoys:
# a project is generated with one random Mistral-shaped key per form (made at run time, never
# written in this repository) and each decoy, committed to git, and the gate is run on it with
# `history: true`. Prints, per form, whether the key was found at its file and line, and every
# finding on a decoy.
#
#   bench/secret-precision/forms.sh [JAR]     (default: target/mistral-ready.jar)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="${1:-$root/target/mistral-ready.jar}"
[[ -f "$jar" ]] || { echo "no jar at $jar: build first (mvn -B -ntp package -DskipTests)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$work/project" <<'PY'
import base64, json, os, random, string, sys
root = sys.argv[1]
rnd = random.Random(19)
ALNUM = string.ascii_letters + string.digits
def key():
    while True:
        k = "".join(rnd.choice(ALNUM) for _ in range(32))
        if any(c.isdigit() for c in k) and any(c.isupper() for c in k) and any(c.islower() for c in k):
            return k
def write(path, text, encoding="utf-8", bom=b""):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(bom + text.encode(encoding))
forms = {}  # form -> (file, line)
write("k8s/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: mistral-credentials\ntype: Opaque\ndata:\n"
      f"  api-key: {base64.b64encode(key().encode()).decode()}\n")
forms["Kubernetes Secret data: (base64)"] = ("k8s/secret.yaml", 7)
write("scripts/profile.ps1", f'# profile\r\n$env:MISTRAL_API_KEY = "{key()}"\r\n', "utf-16-le", b"\xff\xfe")
forms["UTF-16 LE PowerShell"] = ("scripts/profile.ps1", 2)
write("scripts/profile-be.ps1", f'# profile\r\n$env:MISTRAL_API_KEY = "{key()}"\r\n', "utf-16-be", b"\xfe\xff")
forms["UTF-16 BE PowerShell"] = ("scripts/profile-be.ps1", 2)
write("src/main.rs", "use mistralai_client::v1::client::Client;\n\nfn main() {\n"
      f'    let client = Client::new(Some("{key()}".to_string()), None, None, None).unwrap();\n}}\n')
forms["Rust mistralai-client Client::new"] = ("src/main.rs", 4)
write("web/chat.js", 'const r = await fetch("https://api.mistral.ai/v1/chat/completions", {\n  method: "POST",\n'
      f'  headers: {{\n    "Content-Type": "application/json",\n    Authorization: "Bearer {key()}",\n  }},\n}});\n')
forms["JS fetch, Bearer, URL lines up"] = ("web/chat.js", 5)
write("scripts/chat.py", 'API_URL = "https://api.mistral.ai/v1/chat/completions"\n\nHEADERS = {\n'
      f'    "Authorization": "Bearer {key()}",\n}}\n')
forms["Python HEADERS under the URL constant"] = ("scripts/chat.py", 4)
write("config/llm.yaml", f"llm:\n  provider: mistral\n\n  api_key: {key()}\n")
forms["YAML provider: mistral, blank, api_key:"] = ("config/llm.yaml", 4)
filler = "".join(f"function a{i}(t){{return t.map(e=>e*{i % 97})}};" for i in range(60000))
write("dist/assets/index-4f2a9c1e.js", "/* bundle */\n" + filler + 'const Mn="https://api.mistral.ai/v1",Kn="'
      + key() + '";' + filler[:900000] + "\n")
forms["3 MB minified bundle (over max-file-size)"] = ("dist/assets/index-4f2a9c1e.js", 2)
# Decoys: none of these is a key.
runs = "+".join(key() for _ in range(12))
png = "iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA10dzkAAAAOXRFWHRTb2Z0d2FyZQ+" + runs + "AAAAAElFTkSuQmCC"
write("decoys/vision.ipynb", json.dumps({"cells": [
    {"cell_type": "markdown", "metadata": {}, "attachments": {"p.png": {"image/png": png}},
     "source": ["# Mistral vision\n", f'<img alt="Mistral" src="data:image/png;base64,{png}">']},
    {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": ["from mistralai import Mistral\n"],
     "outputs": [{"output_type": "display_data", "metadata": {}, "data": {"image/png": png, "text/plain": ["Mistral"]}}]}],
    "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1))
write("decoys/betaLibrariesDocumentsUpdate.ts", 'import { MistralCore } from "../core.js";\n'
      "export function betaLibrariesDocumentsUpdate(\n  client: MistralCore,\n"
      "  request: operations.LibrariesDocumentsPatchV1Request,\n) {}\n")
write("decoys/librariesdocumentspatchv1request.md", "# LibrariesDocumentsPatchV1Request\n\n"
      'import { LibrariesDocumentsPatchV1Request } from "@mistralai/mistralai/models/operations";\n')
def integrity():
    import re
    while True:
        digest = base64.b64encode(rnd.randbytes(64)).decode()
        if any(any(c.isdigit() for c in m) and any(c.isupper() for c in m) and any(c.islower() for c in m)
               for m in re.findall(r"(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])", digest)):
            return digest
write("decoys/package-lock.json", '{\n  "packages": {\n    "node_modules/@mistralai/mistralai": {\n'
      '      "version": "1.7.1",\n      "resolved": "https://registry.npmjs.org/@mistralai/mistralai/-/mistralai-1.7.1.tgz",\n'
      f'      "integrity": "sha512-{integrity()}"\n    }}\n  }}\n}}\n')
json.dump(forms, open(os.path.join(root, "..", "forms.json"), "w"))
PY

git -C "$work/project" init -q -b main
git -C "$work/project" add -A
git -C "$work/project" -c user.name=bench -c user.email=bench@example.test commit -q -m forms
cat > "$work/history.yaml" <<'YAML'
version: 1
gates:
  - {id: secrets, type: secret-scan, with: {history: true}}
YAML
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" check -c "$work/history.yaml" --offline \
  --json "$work/report.json" "$work/project" > /dev/null 2>&1 || true
python3 - "$work/report.json" "$work/forms.json" <<'PY'
import json, sys
findings = json.load(open(sys.argv[1]))["gates"][0]["findings"]
forms = json.load(open(sys.argv[2]))
at = {(f["file"], f.get("line")) for f in findings}
found = 0
for form, (file, line) in forms.items():
    hit = (file, line) in at
    found += hit
    print(f"  {'found ' if hit else 'MISSED'} {form} ({file}:{line})")
decoys = [f for f in findings if f["file"].startswith("decoys/")]
print(f"forms found: {found} of {len(forms)}; findings on decoys: {len(decoys)}")
for f in decoys:
    print(f"  decoy: {f['rule']} {f['file']}:{f.get('line')} {f['message']}")
PY
