"""The project schema: it accepts the seed reference, and it stays a true subset of tei_all."""

from __future__ import annotations

from pathlib import Path

import pytest
import xmlschema

from tei import xmlsafe
from tei.validate.schema import PROJECT_SCHEMA, load_schema, project_schema
from tests.support import FIXTURES, SEED_REFERENCE, TEI_ALL_RNG, jing_errors
from tests.teiall_model import TeiAllModel

VALID = sorted((FIXTURES / "valid").glob("*.xml"))
_XML = "{http://www.w3.org/XML/1998/namespace}"


def test_seed_reference_is_valid() -> None:
    tree = xmlsafe.parse_file(SEED_REFERENCE)
    assert project_schema().validate(tree, SEED_REFERENCE) == []


def test_schema_is_compiled_once() -> None:
    assert project_schema() is project_schema()
    assert load_schema(PROJECT_SCHEMA) is project_schema()


@pytest.mark.parametrize("path", VALID, ids=[p.name for p in VALID])
def test_hand_made_valid_documents(path: Path) -> None:
    assert project_schema().validate(xmlsafe.parse_file(path), path) == []


def test_valid_documents_are_valid_against_tei_all() -> None:
    """Everything the project schema accepts here, tei_all (jing) accepts too."""
    errors = jing_errors([*VALID, SEED_REFERENCE])
    assert all(not lines for lines in errors.values()), errors


def test_vocabulary_is_a_subset_of_tei_all() -> None:
    """Each element, and each attribute and child it declares, exists there in tei_all."""
    model = TeiAllModel(TEI_ALL_RNG)
    schema = xmlschema.XMLSchema(str(PROJECT_SCHEMA))
    problems: list[str] = []
    for element in schema.elements.values():
        name = element.local_name
        if not model.has_element(name):
            problems.append(f"<{name}> is not a TEI element")
            continue
        attributes = {str(a).replace(_XML, "xml:") for a in element.attributes if a}
        problems += [f"<{name} @{a}>" for a in sorted(attributes - model.attributes(name))]
        content = getattr(element.type, "content", None)
        if content is not None and hasattr(content, "iter_elements"):
            children = {child.local_name for child in content.iter_elements()}
            problems += [f"<{name}><{c}>" for c in sorted(children - model.children(name))]
    assert problems == []
