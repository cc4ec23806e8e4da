"""The error the renderers raise; it takes its place in the toolkit's hierarchy (tei.errors)."""

from __future__ import annotations

from tei.errors import TeiError


class RenderError(TeiError):
    """A document could not be rendered (a stylesheet failed, or an option is unknown)."""

    code = "E400"
