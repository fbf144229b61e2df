import { test } from "node:test";
import assert from "node:assert/strict";
import { buildChatRequest, isRetryable, reply } from "../src/chat.js";
import { healthBody } from "../src/server.js";

test("a chat request caps tokens and sets a temperature", () => {
  const request = buildChatRequest("ping");
  assert.equal(request.maxTokens, 512);
  assert.equal(request.temperature, 0.2);
  assert.deepEqual(request.messages, [{ role: "user", content: "ping" }]);
});

test("a reply is the first choice of the chat completion", async () => {
  const sent = [];
  const client = {
    chat: {
      complete: async (request) => {
        sent.push(request);
        return { choices: [{ message: { content: "pong" } }] };
      },
    },
  };
  assert.equal(await reply(client, "ping"), "pong");
  assert.equal(sent[0].maxTokens, 512);
});

test("an empty message is rejected", () => {
  assert.throws(() => buildChatRequest("  "), TypeError);
});

test("429 and 5xx are retried, 4xx are not", () => {
  assert.equal(isRetryable({ statusCode: 429 }), true);
  assert.equal(isRetryable({ statusCode: 503 }), true);
  assert.equal(isRetryable({ statusCode: 401 }), false);
});

test("health is degraded above five seconds", () => {
  assert.equal(healthBody(120).status, "healthy");
  assert.equal(healthBody(6000).status, "degraded");
  assert.equal(healthBody(10, new Error("401")).status, "unhealthy");
});
