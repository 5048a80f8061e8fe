"""An employer's workforce: the roster (read, validated, personal data removed), titles placed, impact per role and unit, scenarios."""
