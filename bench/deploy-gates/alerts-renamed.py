#!/usr/bin/env python3
"""Real status alerts, renamed to the checklist's metric, one project each.

   bench/deploy-gates/alerts-renamed.py CORPUS_DIR OUT_DIR

Takes every alerting rule of awesome-prometheus-alerts/dist/rules and kube-prometheus/manifests whose
expr has a positive matcher selecting 5xx, 429 or 401, renames the metric that carries the matcher to
mistral_requests_total (so the mistral preset watches it) and writes one rule file per rule under
OUT_DIR/<n>/alerts/. Prints one line per project: n, the alert it stands for, source file, alert name.
alerts.sh runs the gate on each, so real expression shapes (ratios, guards, odd windows) meet the
threshold reading. A bench, not part of the build.
"""
import glob, os, re, sys
import yaml

corpus, out = sys.argv[1], sys.argv[2]
MATCHER = re.compile(r'([a-zA-Z_:][\w:]*)\s*\{([^}]*)\}')
CLASSES = [("api-down", re.compile(r'(status|code|status_code|response_code|http_response_status_code)\s*=~?\s*"\^?\(?(\?:)?5')),
           ("rate-limited", re.compile(r'(status|code|status_code|response_code)\s*=~?\s*"429')),
           ("auth-failure", re.compile(r'(status|code|status_code|response_code)\s*=~?\s*"401'))]

def rules():
    files = sorted(glob.glob(f"{corpus}/awesome-prometheus-alerts/dist/rules/**/*.yml", recursive=True))
    files += sorted(glob.glob(f"{corpus}/kube-prometheus/manifests/*prometheusRule.yaml"))
    for path in files:
        for doc in yaml.safe_load_all(open(path)):
            if not isinstance(doc, dict):
                continue
            groups = doc.get("groups") or (doc.get("spec") or {}).get("groups") or []
            for group in groups:
                for rule in group.get("rules") or []:
                    if "alert" in rule:
                        yield os.path.relpath(path, corpus), rule

n = 0
for path, rule in rules():
    expr = str(rule.get("expr", ""))
    for alert, status in CLASSES:
        hit = next((m for m in MATCHER.finditer(expr) if status.search(m.group(2))), None)
        if hit is None:
            continue
        renamed = re.sub(r'(?<![\w:])' + re.escape(hit.group(1)) + r'(?![\w:])', "mistral_requests_total", expr)
        n += 1
        target = os.path.join(out, str(n), "alerts")
        os.makedirs(target, exist_ok=True)
        copy = {k: v for k, v in rule.items() if k in ("alert", "for", "labels")}
        copy["expr"] = renamed
        with open(os.path.join(target, "mistral.rules.yml"), "w") as f:
            yaml.safe_dump({"groups": [{"name": "renamed", "rules": [copy]}]}, f, sort_keys=False, width=1000)
        print(f"{n}\t{alert}\t{path}\t{rule['alert']}")
        break
