"""Building the knowledge base: the public sources (registry, readers, checksums), the build steps and the models fitted at build time. Only the kb-build and data use cases import it."""
