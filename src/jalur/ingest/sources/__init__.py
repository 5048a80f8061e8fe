"""The public sources: their registry (address, version, licence, checksum), checked access, download, and one pure reader per source."""
