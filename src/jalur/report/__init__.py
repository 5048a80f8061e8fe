"""The employer workforce report (``jalur report ROSTER``): a roster in; impact, a reskilling plan and
scenarios out (docs/report.md)."""
