"""Text shared by every engine: normalising, tokens, stemming with overrides, language, the embedder."""
