// The public HTTP API, the only thing the page talks to (same origin): whatever it shows, curl can get.

export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.error ? body.error : `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

/** GET a JSON resource; `params` become the query string (empty values left out). */
export async function getJSON(path, params = {}) {
  const response = await fetch(url(path, params), { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** A same-origin URL with a query string. */
export function url(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Run a SPARQL query through /sparql; the SPARQL JSON results. */
export async function sparql(query) {
  const response = await fetch("/sparql", {
    method: "POST",
    headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+json" },
    body: query,
  });
  const text = await response.text();
  let body = null;
  try { body = JSON.parse(text); } catch { body = { error: text }; }
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export const path = {
  actor: (key) => `/actors/${encodeURIComponent(key)}`,
  neighbourhood: (key) => `/actors/${encodeURIComponent(key)}/neighbourhood`,
  position: (key) => `/positions/${encodeURIComponent(key)}`,
  document: (key) => `/documents/${encodeURIComponent(key)}`,
};
