"""Renderers of reports (HTML, PDF, XLSX, JSON, SVG charts) and their labels: they take what the domain computed and write it for people."""
