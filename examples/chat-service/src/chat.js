// Builds the chat request this service sends to Mistral.
// Deliberately not production-ready: the model is a floating `-latest` alias,
// which the example checklist's `pinned-models` gate reports.

export const MODEL = "mistral-large-latest";

export function buildChatRequest(userText, { temperature = 0.2, maxTokens = 512 } = {}) {
  if (typeof userText !== "string" || userText.trim() === "") {
    throw new TypeError("userText must be a non-empty string");
  }
  return {
    model: MODEL,
    temperature,
    maxTokens,
    messages: [{ role: "user", content: userText }],
  };
}

export function isRetryable(error) {
  // The official TypeScript SDK names the HTTP status `statusCode`.
  const status = error?.statusCode;
  return status === 429 || (status >= 500 && status < 600);
}
