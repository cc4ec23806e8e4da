"""Not code: this file lets the build ship the stylesheets inside the package as ``tei.xslt``
(see pyproject.toml and tei/resources.py). Run the ``.xsl`` files here with xsltproc as they are."""
