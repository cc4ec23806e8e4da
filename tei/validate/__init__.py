"""Validation: the project schema (or any XSD / RELAX NG) plus the project's rules.

``tei.validate.schema.project_schema().validate(tree, path)`` is what the converter calls before
writing; :func:`tei.validate.check.validate_file` adds the rules and is what ``tei validate`` runs.
"""
