#!/usr/bin/env python3
"""Two loopback stand-ins for the canary demo: the app's health endpoint and a Prometheus.

    fake_services.py HEALTH_PORT PROMETHEUS_PORT

/health answers healthy twice, then unhealthy (a canary that breaks at its third sample).
/api/v1/query and /api/v1/query_range answer like Prometheus: 14 5xx errors from Mistral in the
last minute (over the 10 a minute of the checklist's table); every other query gets 0, so the
other checks pass. Stops on SIGTERM or Ctrl-C.
"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

health_calls = 0
lock = threading.Lock()


class Health(BaseHTTPRequestHandler):
    def do_GET(self):
        global health_calls
        with lock:
            health_calls += 1
            calls = health_calls
        if calls <= 2:
            status, body = 200, {"status": "healthy", "provider": "mistral", "latency_ms": 120}
        else:
            status, body = 503, {"status": "unhealthy", "provider": "mistral", "error": "Mistral API error: 503"}
        send(self, status, body)

    def log_message(self, *args):
        pass


class Prometheus(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlparse(self.path)
        query = parse_qs(url.query).get("query", [""])[0]
        value = "14" if '"5.."' in query else "0"
        now = time.time()
        if url.path == "/api/v1/query":
            data = {"resultType": "vector", "result": [{"metric": {}, "value": [now, value]}]}
        elif url.path == "/api/v1/query_range":
            data = {"resultType": "matrix",
                    "result": [{"metric": {}, "values": [[now - 60 * i, value] for i in range(5, -1, -1)]}]}
        else:
            send(self, 404, {"status": "error", "errorType": "not_found", "error": "unknown path"})
            return
        send(self, 200, {"status": "success", "data": data})

    def log_message(self, *args):
        pass


def send(handler, status, body):
    payload = json.dumps(body).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(payload)))
    handler.end_headers()
    handler.wfile.write(payload)


def main():
    health_port, prometheus_port = int(sys.argv[1]), int(sys.argv[2])
    servers = [ThreadingHTTPServer(("127.0.0.1", health_port), Health),
               ThreadingHTTPServer(("127.0.0.1", prometheus_port), Prometheus)]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"health on http://127.0.0.1:{health_port}/health, Prometheus on http://127.0.0.1:{prometheus_port}",
          flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
