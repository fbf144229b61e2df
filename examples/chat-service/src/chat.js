// Sends the chat requests of this service to Mistral.
// Deliberately not production-ready: the model is a floating `-latest` alias,
// which the `models` gate (type `model-config`) reports.

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

// `client` is `new Mistral({ apiKey: process.env.MISTRAL_API_KEY })` from "@mistralai/mistralai",
// passed in so the tests can use a fake one.
export async function reply(client, userText) {
  const response = await client.chat.complete(buildChatRequest(userText));
  return response.choices[0].message.content;
}

export function isRetryable(error) {
  // The official TypeScript SDK names the HTTP status `statusCode`.
  const status = error?.statusCode;
  return status === 429 || (status >= 500 && status < 600);
}
