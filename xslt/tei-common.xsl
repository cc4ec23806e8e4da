<?xml version="1.0" encoding="UTF-8"?>
<!--
  Helpers shared by tei-html.xsl and tei-text.xsl: anchors, speaker names, note numbers and the
  URL check. No element is rendered here; each element's rendering lives in one stylesheet per
  output format.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <!--
    Every xml:id in the document, for @who / @ref / @target look-ups: key('id', $id)/.. is the
    element. Indexing the attributes takes half the time of testing every element for one.
  -->
  <xsl:key name="id" match="@xml:id" use="."/>

  <!--
    What is rendered as the text: each TEI's text (of a corpus too); without one, its sourceDoc
    (a transcription of the pages: surfaces, zones, lines); without either, whatever the TEI
    holds beside its header; a document whose root is not TEI, whole.
  -->
  <xsl:variable name="texts" select="/tei:TEI/tei:text | /tei:teiCorpus//tei:TEI/tei:text
      | /tei:TEI[not(tei:text)]/tei:sourceDoc
      | /tei:TEI[not(tei:text | tei:sourceDoc)]/*[not(self::tei:teiHeader)]
      | /*[not(self::tei:TEI or self::tei:teiCorpus)]"/>

  <xsl:variable name="upper" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZ'"/>
  <xsl:variable name="lower" select="'abcdefghijklmnopqrstuvwxyz'"/>

  <!--
    A stable anchor for citation: the element's xml:id, else its parent's anchor and its position
    among its siblings ("body.1.3"). Counting siblings keeps this linear; xsl:number level="any"
    takes seconds on a whole FRUS volume in libxslt, and generate-id() changes between runs.
  -->
  <xsl:template match="*[@xml:id]" mode="anchor" priority="2">
    <xsl:value-of select="@xml:id"/>
  </xsl:template>
  <xsl:template match="tei:body | tei:front | tei:back | tei:teiHeader | /*" mode="anchor">
    <xsl:value-of select="local-name()"/>
  </xsl:template>
  <xsl:template match="*" mode="anchor">
    <xsl:apply-templates select=".." mode="anchor"/>
    <xsl:text>.</xsl:text>
    <xsl:value-of select="count(preceding-sibling::*) + 1"/>
  </xsl:template>

  <!-- The first xml:id a pointer attribute names ("#kim #pan" gives "kim"), or "" if none. -->
  <xsl:template name="first-pointer">
    <xsl:param name="value"/>
    <xsl:variable name="first" select="substring-before(concat(normalize-space($value), ' '), ' ')"/>
    <xsl:if test="starts-with($first, '#')">
      <xsl:value-of select="substring($first, 2)"/>
    </xsl:if>
  </xsl:template>

  <!-- How a person, group or other target of @who is called: its name, else its description. -->
  <xsl:template name="name-of">
    <xsl:param name="target"/>
    <xsl:param name="fallback"/>
    <xsl:choose>
      <xsl:when test="$target/tei:persName[not(@type = 'variant')]">
        <xsl:value-of select="normalize-space($target/tei:persName[not(@type = 'variant')][1])"/>
      </xsl:when>
      <xsl:when test="$target/tei:persName | $target/tei:name | $target/tei:orgName">
        <xsl:value-of select="normalize-space(($target/tei:persName | $target/tei:name | $target/tei:orgName)[1])"/>
      </xsl:when>
      <xsl:when test="$target/tei:occupation">
        <xsl:value-of select="normalize-space($target/tei:occupation[1])"/>
      </xsl:when>
      <xsl:when test="$target/tei:p">
        <xsl:value-of select="normalize-space(substring-before(concat($target/tei:p[1], ':'), ':'))"/>
      </xsl:when>
      <xsl:when test="$target and normalize-space($target) != ''">
        <xsl:value-of select="normalize-space($target)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$fallback"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    The URL a link may point to, or "" when it is unsafe. Browsers drop tabs and line breaks
    inside a URL ("java&#9;script:" runs as "javascript:"), so they are removed before the
    scheme is checked; only fragments, http(s), mailto and scheme-less relative paths pass.
  -->
  <xsl:template name="safe-url">
    <xsl:param name="url"/>
    <xsl:choose>
      <!-- The common case, a fragment with nothing to remove: no translate(), slow in libxml2. -->
      <xsl:when test="starts-with($url, '#') and not(contains($url, ' ') or contains($url, '&#9;')
                      or contains($url, '&#10;') or contains($url, '&#13;'))">
        <xsl:value-of select="$url"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="safe-url-checked">
          <xsl:with-param name="url" select="$url"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="safe-url-checked">
    <xsl:param name="url"/>
    <xsl:variable name="clean" select="translate(normalize-space($url), '&#9;&#10;&#13; ', '')"/>
    <xsl:variable name="low" select="translate($clean, $upper, $lower)"/>
    <xsl:variable name="before-slash" select="substring-before(concat($low, '/'), '/')"/>
    <xsl:choose>
      <xsl:when test="$clean = ''"/>
      <xsl:when test="starts-with($low, '#') or starts-with($low, 'http://')
                      or starts-with($low, 'https://') or starts-with($low, 'mailto:')">
        <xsl:value-of select="$clean"/>
      </xsl:when>
      <xsl:when test="not(contains($before-slash, ':')) and not(contains($low, '\'))
                      and not(starts-with($low, '//'))">
        <xsl:value-of select="$clean"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The printed number of a footnote: its @n, else its position among the text's notes. -->
  <xsl:template name="note-number">
    <xsl:choose>
      <xsl:when test="@n">
        <xsl:value-of select="@n"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:number level="any" from="tei:text"
            count="tei:note[not(@place = 'inline' or @rend = 'inline' or @type = 'description')]"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    A text node beside a break inside a word (lb, pb or cb with break="no" or
    type="hyphenInWord"): the white space that lays the source out at the break is not a word
    boundary, so it goes, and "Reli-&#10;  <lb break="no"/>gion" prints "Reli-gion". Elsewhere
    runs of white space count as one space, as in the rest of the text.
  -->
  <xsl:template name="joined-text">
    <xsl:variable name="words" select="normalize-space(.)"/>
    <xsl:variable name="joins-before" select="following-sibling::node()[1]
        [self::tei:lb or self::tei:pb or self::tei:cb][@break = 'no' or @type = 'hyphenInWord']"/>
    <xsl:variable name="joins-after" select="preceding-sibling::node()[1]
        [self::tei:lb or self::tei:pb or self::tei:cb][@break = 'no' or @type = 'hyphenInWord']"/>
    <xsl:if test="not($joins-after) and $words != ''
                  and translate(substring(., 1, 1), '&#9;&#10;&#13; ', '') = ''">
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:value-of select="$words"/>
    <xsl:if test="not($joins-before) and $words != ''
                  and translate(substring(., string-length(.)), '&#9;&#10;&#13; ', '') = ''">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- The label of an apparatus entry's call and note: "a", "b", … "aa", in document order. -->
  <xsl:template name="app-label">
    <xsl:number level="any" count="tei:app" format="a"/>
  </xsl:template>

  <!-- One reading of an apparatus entry: its text ("om." when empty) and its witnesses. -->
  <xsl:template name="reading">
    <xsl:choose>
      <xsl:when test="self::tei:note | self::tei:witDetail"><xsl:apply-templates/></xsl:when>
      <xsl:when test="normalize-space(.) = '' and not(*)">om.</xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="normalize-space(@wit) != ''">
      <xsl:text> (</xsl:text>
      <xsl:value-of select="normalize-space(translate(@wit, '#', ''))"/>
      <xsl:text>)</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- The translators' own label of a stamp or an annotation (note type="description"). -->
  <xsl:template name="description">
    <xsl:param name="default"/>
    <xsl:choose>
      <xsl:when test="tei:note[@type = 'description'] | tei:seg[@type = 'description']">
        <xsl:value-of select="normalize-space((tei:note | tei:seg)[@type = 'description'][1])"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$default"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
