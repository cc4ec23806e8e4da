<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI P5 to plain text: the rendering of every element, in one place.

  Run on its own: "xsltproc xslt/tei-text.xsl record.xml" gives the diplomatic view; pass the
  string parameter view=reading (xsltproc's stringparam option) for the reading view, and
  notes=none to leave the notes out.

  view=diplomatic gives the record back as its source printed it: the editorial brackets that
  the TEI encodes as elements are restored ("Kim [Byeong-jik]", "Russian [sic]", "[…]").
  view=reading gives clean text without editorial marks. Footnote calls stay as "[1]" and the
  notes follow the text, numbered (notes=none leaves them out).

  Blocks are separated by a blank line and lines inside a block (lb, closer lines, list items)
  by a line break; the source's own line breaks become spaces. `tei render` then collapses runs
  of spaces and wraps lines at the requested width; the words are those printed here.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <xsl:import href="tei-common.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:param name="view" select="'diplomatic'"/>
  <xsl:param name="notes" select="'end'"/>
  <xsl:variable name="dip" select="$view != 'reading'"/>

  <xsl:variable name="block" select="'&#10;&#10;'"/>
  <xsl:variable name="line" select="'&#10;'"/>

  <xsl:template match="/">
    <xsl:apply-templates select="$texts"/>
    <xsl:variable name="foot" select="$texts/descendant::tei:note[not(@place = 'inline' or @rend = 'inline' or @type = 'description')]
                                      | $texts/descendant::tei:app"/>
    <xsl:if test="$notes = 'end' and $foot">
      <xsl:value-of select="$block"/>
      <xsl:text>Notes</xsl:text>
      <xsl:apply-templates select="$foot" mode="footnote"/>
      <xsl:value-of select="$block"/>
    </xsl:if>
  </xsl:template>

  <!-- The source's line breaks and tabs are layout, not text. Only text nodes holding one
       are matched: the others take libxslt's fast built-in copy. `tei render` replaces this
       template and the $line and $block variables (tei/render/_xslt.py) and does the same in
       Python, because translate() is slow on large texts; the words are the same. -->
  <xsl:template match="text()[contains(., '&#10;') or contains(., '&#9;') or contains(., '&#13;')]">
    <xsl:value-of select="translate(., '&#9;&#10;&#13;', '   ')"/>
  </xsl:template>

  <!-- Text beside a line break inside a word (lb break="no"): the white space that lays the
       source out around the break is not a word boundary, so it goes (see tei-common.xsl). -->
  <xsl:template match="text()[following-sibling::node()[1][self::tei:lb or self::tei:pb or self::tei:cb]
                              [@break = 'no' or @type = 'hyphenInWord']
                              or preceding-sibling::node()[1][self::tei:lb or self::tei:pb or self::tei:cb]
                              [@break = 'no' or @type = 'hyphenInWord']]" priority="3">
    <xsl:call-template name="joined-text"/>
  </xsl:template>

  <!-- ===== Blocks ===== -->

  <xsl:template match="tei:TEI | tei:text | tei:body | tei:group | tei:sourceDoc | tei:surfaceGrp">
    <xsl:apply-templates select="node()[not(self::tei:teiHeader)]"/>
  </xsl:template>

  <xsl:template match="tei:front | tei:back | tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4
                       | tei:head | tei:ab | tei:list | tei:listBibl | tei:table | tei:sp
                       | tei:opener | tei:closer | tei:lg | tei:figure | tei:titlePage
                       | tei:docTitle | tei:docImprint | tei:byline | tei:argument | tei:epigraph
                       | tei:postscript | tei:trailer | tei:floatingText | tei:quote[tei:p]
                       | tei:said[tei:p | tei:list | tei:ab | tei:table | tei:lg]
                       | tei:div5 | tei:div6 | tei:div7 | tei:castList
                       | tei:set | tei:msDesc | tei:msContents | tei:physDesc | tei:history
                       | tei:additional | tei:msPart | tei:surface | tei:zone | tei:u
                       | tei:listPerson | tei:listPlace | tei:listOrg | tei:listEvent | tei:listNym
                       | tei:listWit | tei:entry | tei:cit[tei:quote[tei:p | tei:lg]]
                       | tei:sp/tei:stage | tei:div/tei:stage | tei:body/tei:stage | tei:lg/tei:stage
                       | tei:egXML | tei:eg
                       | tei:spGrp | tei:fw
                       | tei:divGen[tei:head] | tei:msItem | tei:formula[@rend = 'display']">
    <xsl:value-of select="$block"/>
    <xsl:apply-templates select="." mode="inner"/>
    <xsl:value-of select="$block"/>
  </xsl:template>

  <xsl:template match="*" mode="inner">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:p">
    <xsl:value-of select="$block"/>
    <xsl:if test="parent::tei:sp and preceding-sibling::*[1][self::tei:speaker]">
      <xsl:apply-templates select="preceding-sibling::tei:speaker[1]/node()"/>
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:apply-templates/>
    <xsl:value-of select="$block"/>
  </xsl:template>

  <!-- In a footnote, the first paragraph follows the note's number on the same line. -->
  <xsl:template match="tei:note/tei:p[1]">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:dateline | tei:signed | tei:salute | tei:docDate | tei:docAuthor
                       | tei:titlePart | tei:l | tei:figDesc | tei:addrLine | tei:row
                       | tei:castItem | tei:line | tei:msIdentifier | tei:summary | tei:person
                       | tei:place | tei:org | tei:event | tei:witness | tei:bibl[parent::tei:listBibl]
                       | tei:castList/tei:head | tei:objectDesc | tei:handDesc | tei:decoDesc
                       | tei:bindingDesc | tei:sealDesc | tei:scriptDesc | tei:accMat
                       | tei:support | tei:extent | tei:foliation | tei:collation | tei:condition
                       | tei:layout | tei:handNote | tei:decoNote | tei:binding | tei:origin
                       | tei:provenance | tei:acquisition | tei:rubric | tei:incipit
                       | tei:explicit | tei:colophon | tei:finalRubric | tei:filiation
                       | tei:msItem/tei:title | tei:msItem/tei:author | tei:textLang">
    <xsl:value-of select="$line"/>
    <xsl:apply-templates/>
    <xsl:if test="following-sibling::node()[1][self::text()][normalize-space()]">
      <xsl:value-of select="$line"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:cell">
    <xsl:if test="preceding-sibling::tei:cell"> | </xsl:if>
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:lb">
    <xsl:value-of select="$line"/>
  </xsl:template>

  <!-- A break inside a word (break="no", type="hyphenInWord") joins it: nothing is printed,
       not even the page number, which would split the word in two. -->
  <xsl:template match="tei:lb[@break = 'no' or @type = 'hyphenInWord']
                       | tei:pb[@break = 'no' or @type = 'hyphenInWord']
                       | tei:cb[@break = 'no' or @type = 'hyphenInWord']" priority="2"/>

  <xsl:template match="tei:pb">
    <xsl:if test="$dip"> [Page <xsl:value-of select="translate(@n, '&#9;&#10;&#13;', '   ')"/>] </xsl:if>
  </xsl:template>

  <xsl:template match="tei:milestone | tei:cb">
    <xsl:value-of select="$block"/>
    <xsl:text>==========</xsl:text>
    <xsl:value-of select="$block"/>
  </xsl:template>

  <xsl:template match="tei:graphic">
    <xsl:if test="$dip">[image]</xsl:if>
  </xsl:template>

  <!-- ===== Lists: labels as printed; numbered items are paragraphs, other items lines ===== -->

  <xsl:template match="tei:item | tei:list/tei:label[not(following-sibling::*[1][self::tei:item])]" priority="1">
    <xsl:choose>
      <xsl:when test="../@type = 'ordered'"><xsl:value-of select="$block"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$line"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="preceding-sibling::*[1][self::tei:label] and not(../@type = 'participants')">
      <xsl:apply-templates select="preceding-sibling::*[1]/node()"/>
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A label is printed with the item it labels; in a participants list it is a group line. -->
  <xsl:template match="tei:list[@type = 'participants']/tei:label" priority="2">
    <xsl:value-of select="$line"/>
    <xsl:apply-templates/>
  </xsl:template>
  <xsl:template match="tei:list/tei:label"/>

  <xsl:template match="tei:list/tei:head">
    <xsl:value-of select="$line"/>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- ===== Speech ===== -->

  <xsl:template match="tei:said" mode="inner">
    <xsl:call-template name="said-content"/>
  </xsl:template>

  <xsl:template match="tei:said" name="said-content">
    <xsl:variable name="quoted" select="@direct = 'true' and not(@rend)"/>
    <xsl:if test="$quoted and not(@prev)">“</xsl:if>
    <xsl:apply-templates/>
    <xsl:if test="$quoted and not(@next)">”</xsl:if>
  </xsl:template>

  <xsl:template match="tei:sp/tei:speaker[following-sibling::*[1][self::tei:p or self::tei:ab]]"/>
  <xsl:template match="tei:speaker">
    <xsl:value-of select="$block"/>
    <xsl:apply-templates/>
    <xsl:value-of select="$block"/>
  </xsl:template>

  <xsl:template match="tei:q">
    <xsl:if test="not(@rend)">“</xsl:if>
    <xsl:apply-templates/>
    <xsl:if test="not(@rend)">”</xsl:if>
  </xsl:template>

  <!-- ===== Editorial marks (docs/encoding.md, "Editorial brackets") ===== -->

  <!-- Another romanization of the name just given is the source's: only in the diplomatic view,
       so that the reading view gives the name once. -->
  <xsl:template match="tei:supplied">
    <xsl:choose>
      <xsl:when test="$dip">[<xsl:apply-templates/>]</xsl:when>
      <xsl:when test="@reason = 'romanization'"/>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:sic">
    <xsl:apply-templates/>
    <xsl:if test="$dip"> [sic]</xsl:if>
  </xsl:template>

  <!-- A choice prints one alternative: the one this view prefers (see tei-common.xsl). A sic
       chosen in the diplomatic view is the text as printed, without the [sic] mark. -->
  <xsl:template match="tei:choice">
    <xsl:variable name="pick" select="(tei:orig | tei:abbr | tei:sic)[$dip][1]
        | (tei:reg | tei:expan | tei:corr)[not($dip)][1]"/>
    <xsl:choose>
      <xsl:when test="$pick[self::tei:sic]"><xsl:apply-templates select="$pick/node()"/></xsl:when>
      <xsl:when test="$pick"><xsl:apply-templates select="$pick"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="*[1]"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An apparatus entry: the lemma (else the first reading) in the text, a call, and the
       readings in the notes at the end. -->
  <xsl:template match="tei:app">
    <xsl:apply-templates select="(tei:lem | tei:rdgGrp/tei:lem | tei:rdg[not(../tei:lem | ../tei:rdgGrp/tei:lem)][1])[1]/node()"/>
    <xsl:text>[</xsl:text>
    <xsl:call-template name="app-label"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <xsl:template match="tei:app" mode="footnote">
    <xsl:value-of select="$block"/>
    <xsl:text>[</xsl:text>
    <xsl:call-template name="app-label"/>
    <xsl:text>] </xsl:text>
    <xsl:for-each select="tei:lem | tei:rdg | tei:rdgGrp/tei:lem | tei:rdgGrp/tei:rdg | tei:note | tei:witDetail">
      <xsl:if test="position() &gt; 1">; </xsl:if>
      <xsl:call-template name="reading"/>
    </xsl:for-each>
  </xsl:template>

  <!-- Deleted text is on the page but not in the text the editors read. -->
  <xsl:template match="tei:del">
    <xsl:if test="$dip">[deleted: <xsl:apply-templates/>]</xsl:if>
  </xsl:template>

  <xsl:template match="tei:gi">&lt;<xsl:apply-templates/>&gt;</xsl:template>
  <xsl:template match="tei:tag">&lt;<xsl:apply-templates/>&gt;</xsl:template>
  <xsl:template match="tei:att">@<xsl:apply-templates/></xsl:template>

  <!-- A generated division (index, contents) has no text of its own to give; its heading does. -->
  <xsl:template match="tei:divGen[not(tei:head)]"/>

  <xsl:template match="tei:roleDesc[preceding-sibling::node()[1][self::tei:role]]">
    <xsl:text>, </xsl:text>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- Events of a spoken text, in parentheses: "(passing truck)", "(pause)". -->
  <xsl:template match="tei:incident | tei:kinesic | tei:vocal | tei:writing | tei:shift">
    <xsl:text> (</xsl:text>
    <xsl:apply-templates/>
    <xsl:text>) </xsl:text>
  </xsl:template>
  <xsl:template match="tei:pause">
    <xsl:text> </xsl:text>
    <xsl:if test="$dip">(pause) </xsl:if>
  </xsl:template>

  <!-- The source of a quotation follows it in parentheses. -->
  <xsl:template match="tei:cit/tei:bibl | tei:cit/tei:ref">
    <xsl:text> (</xsl:text>
    <xsl:apply-templates/>
    <xsl:text>)</xsl:text>
  </xsl:template>

  <!-- A formula stands apart from the words around it; its text is that of its notation. -->
  <xsl:template match="tei:formula">
    <xsl:text> </xsl:text>
    <xsl:apply-templates/>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- A label outside a list (a tree's node, a margin label) is a word of its own. -->
  <xsl:template match="tei:label">
    <xsl:text> </xsl:text>
    <xsl:apply-templates/>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- An index entry marks a place for the book's index; its terms are not text of the page. -->
  <xsl:template match="tei:index"/>

  <!-- Pointers without text of their own: anchors, gathering breaks, links, timelines. -->
  <xsl:template match="tei:anchor | tei:gb | tei:link | tei:linkGrp | tei:join | tei:joinGrp
                       | tei:alt | tei:altGrp | tei:timeline | tei:when | tei:handShift"/>

  <xsl:template match="tei:space">
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="tei:gap">
    <xsl:choose>
      <xsl:when test="not($dip)">
        <xsl:if test="not(@reason = 'signature')">…</xsl:if>
      </xsl:when>
      <xsl:when test="@reason = 'truncated'"/>
      <xsl:when test="tei:desc">[<xsl:value-of select="normalize-space(tei:desc)"/>]</xsl:when>
      <xsl:when test="@reason = 'signature'">[signature]</xsl:when>
      <xsl:when test="@reason = 'illegible'">[illegible]</xsl:when>
      <xsl:when test="@rend = 'dots'">[...]</xsl:when>
      <xsl:otherwise>[…]</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:unclear">
    <xsl:choose>
      <xsl:when test="not(node())">
        <xsl:choose>
          <xsl:when test="$dip">[illegible]</xsl:when>
          <xsl:otherwise>…</xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates/>
        <xsl:if test="$dip and (@reason = 'uncertain' or @cert = 'low')"> [?]</xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:stamp">
    <xsl:choose>
      <xsl:when test="not($dip)"><xsl:apply-templates/></xsl:when>
      <xsl:when test="tei:note[@type = 'description'] or tei:seg[@type = 'description'] or @type = 'faded-image'">
        <xsl:text>[</xsl:text>
        <xsl:call-template name="description">
          <xsl:with-param name="default">faded image of a stamp</xsl:with-param>
        </xsl:call-template>
        <xsl:text>: </xsl:text>
        <xsl:apply-templates/>
        <xsl:text>]</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>[[</xsl:text>
        <xsl:apply-templates/>
        <xsl:text>]]</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:add">
    <xsl:if test="$dip">
      <xsl:text>[</xsl:text>
      <xsl:choose>
        <xsl:when test="@hand">
          <xsl:call-template name="description">
            <xsl:with-param name="default">handwritten</xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>added</xsl:otherwise>
      </xsl:choose>
      <xsl:text>: </xsl:text>
    </xsl:if>
    <xsl:apply-templates/>
    <xsl:if test="$dip">]</xsl:if>
  </xsl:template>

  <!-- ===== Notes ===== -->

  <xsl:template match="tei:note[@place = 'inline' or @rend = 'inline']">
    <xsl:choose>
      <xsl:when test="@type = 'editorial'">
        <xsl:if test="$dip">[<xsl:apply-templates/>]</xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text> </xsl:text>
        <xsl:apply-templates/>
        <xsl:text> </xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Printed by the stamp or annotation it labels. -->
  <xsl:template match="tei:note[@type = 'description'] | tei:seg[@type = 'description']"/>
  <!-- An editorial remark inside a footnote (where notes may not nest) is a seg. -->
  <xsl:template match="tei:seg[@type = 'editorial']">
    <xsl:if test="$dip">[<xsl:apply-templates/>]</xsl:if>
  </xsl:template>
  <!-- A note whose call the converter did not find: only in the notes at the end. -->
  <xsl:template match="tei:note[@type = 'uncalled']"/>

  <xsl:template match="tei:note">
    <xsl:text>[</xsl:text>
    <xsl:call-template name="note-label"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- The note's number; line breaks in @n (character references) are layout, as in text. -->
  <xsl:template name="note-label">
    <xsl:choose>
      <xsl:when test="@n"><xsl:value-of select="translate(@n, '&#9;&#10;&#13;', '   ')"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="note-number"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:note" mode="footnote">
    <xsl:value-of select="$block"/>
    <xsl:text>[</xsl:text>
    <xsl:call-template name="note-label"/>
    <xsl:text>] </xsl:text>
    <xsl:choose>
      <xsl:when test="@type = 'missing' and not(node())">(the text of this note is missing from the source)</xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
