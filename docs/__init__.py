"""Not code: this file lets the build ship docs/encoding.md inside the package as ``tei.docs``,
for the edition site's about page (see pyproject.toml and tei/resources.py)."""
