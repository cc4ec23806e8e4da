"""TEI editions toolkit: plain-text archive records to TEI P5, validation, and rendering.

The package is a pipeline you can see in its folders:
``read`` (text -> parsed record) -> ``encode`` (record -> TEI tree) -> ``validate`` -> ``render``.
Each stage imports only the stages before it; :mod:`tei.pipeline` chains them and
:mod:`tei.cli` is a thin layer over that API.
"""

__version__ = "0.1.0"
CONVERTER = "tei-editions"
