"""The use cases every face calls (look-ups, plans, reports, organisations, the knowledge base) and the job runner."""
