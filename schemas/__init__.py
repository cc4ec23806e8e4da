"""Not code: this file lets the build ship the project schemas inside the package as
``tei.schemas`` (see pyproject.toml and tei/resources.py). Editors use the ``.xsd`` files here."""
