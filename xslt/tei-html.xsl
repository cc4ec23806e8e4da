<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI P5 to HTML: the rendering of every element, in one place.

  Run on its own:  xsltproc xslt/tei-html.xsl record.xml > parts.html
  The result is one <div class="tei-parts"> holding the page's parts, each a <div data-part="…">
  (title, date, citation, translators, funder, summary, persons, notes, and last the text, so
  that a reader of the result finds the other parts without scanning it). `tei render`
  puts them into the page template (tei/render/templates/page.html.j2), which adds the head, the
  styles and the reading / diplomatic switch; another tool can place them as it likes.

  Both views are in the output: editorial marks (brackets, [sic], [?], [signature] …) carry
  class "ed" and are hidden in the reading view; reading-only forms (… for an omission) carry
  class "rd" and are hidden in the diplomatic view. Elements without a rule show their text.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:teix="http://www.tei-c.org/ns/Examples"
    xmlns:mml="http://www.w3.org/1998/Math/MathML"
    exclude-result-prefixes="tei teix mml">

  <xsl:import href="tei-common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:variable name="header" select="/tei:TEI/tei:teiHeader | /tei:teiCorpus/tei:teiHeader"/>
  <xsl:variable name="titleStmt" select="$header/tei:fileDesc/tei:titleStmt"/>

  <!-- ===== The parts of the page ===== -->

  <xsl:template match="/">
    <div class="tei-parts">
      <div data-part="title">
        <xsl:choose>
          <xsl:when test="$titleStmt/tei:title[@type = 'main']">
            <xsl:apply-templates select="$titleStmt/tei:title[@type = 'main'][1]/node()"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:apply-templates select="$titleStmt/tei:title[1]/node()"/>
          </xsl:otherwise>
        </xsl:choose>
      </div>
      <div data-part="date">
        <xsl:variable name="created" select="$header/tei:profileDesc/tei:creation/tei:date"/>
        <xsl:choose>
          <xsl:when test="$created">
            <xsl:apply-templates select="$created[1]"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:apply-templates select="$header/tei:fileDesc/tei:publicationStmt/tei:date[1]"/>
          </xsl:otherwise>
        </xsl:choose>
      </div>
      <div data-part="citation">
        <xsl:variable name="source" select="$header/tei:fileDesc/tei:sourceDesc"/>
        <xsl:choose>
          <xsl:when test="$source/tei:bibl[@type = 'citation']">
            <xsl:apply-templates select="$source/tei:bibl[@type = 'citation'][1]/node()"/>
          </xsl:when>
          <xsl:otherwise>
            <!-- A manuscript description is a part of its own (below), not a citation. -->
            <xsl:apply-templates select="$source/*[not(self::tei:msDesc)][1]/node()"/>
          </xsl:otherwise>
        </xsl:choose>
      </div>
      <div data-part="translators">
        <xsl:for-each select="$titleStmt/tei:respStmt[@xml:id = 'translators']/tei:persName">
          <xsl:if test="position() &gt; 1">
            <xsl:choose>
              <xsl:when test="position() = last()"> and </xsl:when>
              <xsl:otherwise>, </xsl:otherwise>
            </xsl:choose>
          </xsl:if>
          <xsl:apply-templates select="node()"/>
        </xsl:for-each>
      </div>
      <div data-part="funder">
        <xsl:apply-templates select="$titleStmt/tei:funder[1]/node()"/>
      </div>
      <div data-part="summary">
        <xsl:apply-templates select="$header/tei:profileDesc/tei:abstract/node()"/>
      </div>
      <div data-part="persons">
        <xsl:apply-templates select="$header/tei:profileDesc/tei:particDesc/*" mode="persons"/>
      </div>
      <div data-part="manuscript">
        <xsl:apply-templates select="$header/tei:fileDesc/tei:sourceDesc/tei:msDesc"/>
      </div>
      <div data-part="notes">
        <!-- Looked for in the texts only: the header is most of a record. One descendant step,
             not //, which collects a node-set for every node of the text and merges them.
             Apparatus entries are notes too: their readings, in document order with the notes. -->
        <xsl:apply-templates mode="footnote"
            select="$texts/descendant::tei:note[not(@place = 'inline' or @rend = 'inline' or @type = 'description')]
                    | $texts/descendant::tei:app"/>
      </div>
      <div data-part="text">
        <xsl:apply-templates select="$texts"/>
      </div>
    </div>
  </xsl:template>

  <!-- ===== Persons (particDesc) ===== -->

  <xsl:template match="tei:listPerson" mode="persons">
    <section class="persons">
      <xsl:attribute name="aria-label">
        <xsl:call-template name="person-group-title"/>
      </xsl:attribute>
      <h3><xsl:call-template name="person-group-title"/></h3>
      <ul class="persons">
        <xsl:apply-templates select="tei:person | tei:personGrp | tei:listPerson/*" mode="persons"/>
      </ul>
    </section>
  </xsl:template>

  <xsl:template name="person-group-title">
    <xsl:choose>
      <xsl:when test="tei:head"><xsl:value-of select="normalize-space(tei:head)"/></xsl:when>
      <xsl:when test="@type = 'participants'">Participants</xsl:when>
      <xsl:when test="@type = 'mentioned'">Mentioned</xsl:when>
      <xsl:when test="@type = 'reported-speakers'">Reported speakers</xsl:when>
      <xsl:otherwise>Persons</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:person | tei:personGrp" mode="persons">
    <li class="person">
      <xsl:attribute name="id"><xsl:apply-templates select="." mode="anchor"/></xsl:attribute>
      <span class="person-name">
        <xsl:call-template name="name-of">
          <xsl:with-param name="target" select="."/>
          <xsl:with-param name="fallback" select="@xml:id"/>
        </xsl:call-template>
      </span>
      <xsl:for-each select="tei:persName[@type = 'variant']">
        <span class="variant"> (also <xsl:apply-templates select="node()"/>)</span>
      </xsl:for-each>
      <xsl:if test="tei:persName and tei:occupation">
        <xsl:text>, </xsl:text>
        <span class="occupation"><xsl:apply-templates select="tei:occupation[1]/node()"/></span>
      </xsl:if>
      <xsl:for-each select="tei:note | tei:p[../tei:persName or ../tei:occupation]">
        <xsl:text> </xsl:text>
        <span class="person-note"><xsl:apply-templates select="node()"/></span>
      </xsl:for-each>
    </li>
  </xsl:template>

  <xsl:template match="tei:p" mode="persons">
    <p><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="*" mode="persons"/>

  <!-- ===== Structure ===== -->

  <!--
    An element without a rule shows its text, as XSLT's built-in rule would; this rule also
    keeps the parameters below from passing through it (libxslt's built-in rule passes them).
  -->
  <xsl:template match="*">
    <xsl:apply-templates/>
  </xsl:template>

  <!--
    The containers of the text (body, div, paragraphs, turns) pass $up, their own anchor, to
    their children, and body and div also $linked, whether paragraphs get a ¶ link (not in a
    note or the header). A paragraph, page break, turn or note call then takes its anchor as
    "$up.N" without looking up the tree; without them (inside a list, a quotation …) it works
    both out itself. Only these templates pass them, and only to their own children.
  -->
  <!-- Text beside a break inside a word: see joined-text in tei-common.xsl. -->
  <xsl:template match="text()[following-sibling::node()[1][self::tei:lb or self::tei:pb or self::tei:cb]
                              [@break = 'no' or @type = 'hyphenInWord']
                              or preceding-sibling::node()[1][self::tei:lb or self::tei:pb or self::tei:cb]
                              [@break = 'no' or @type = 'hyphenInWord']]">
    <xsl:call-template name="joined-text"/>
  </xsl:template>

  <xsl:template match="tei:TEI | tei:text | tei:group">
    <xsl:apply-templates select="node()[not(self::tei:teiHeader)]"/>
  </xsl:template>

  <xsl:template match="tei:body">
    <xsl:variable name="anchor"><xsl:apply-templates select="." mode="anchor"/></xsl:variable>
    <xsl:apply-templates>
      <xsl:with-param name="up" select="string($anchor)"/>
      <xsl:with-param name="linked" select="not(ancestor::tei:note | ancestor::tei:teiHeader)"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="tei:front | tei:back | tei:div | tei:div1 | tei:div2 | tei:div3
                       | tei:div4 | tei:titlePage | tei:argument | tei:epigraph
                       | tei:postscript | tei:trailer | tei:docImprint | tei:div5 | tei:div6
                       | tei:div7 | tei:sourceDoc | tei:surfaceGrp | tei:surface | tei:zone
                       | tei:spGrp">
    <xsl:param name="linked" select="not(ancestor::tei:note | ancestor::tei:teiHeader)"/>
    <xsl:variable name="anchor"><xsl:apply-templates select="." mode="anchor"/></xsl:variable>
    <div class="{normalize-space(concat(local-name(), ' ', @type))}" id="{$anchor}">
      <xsl:apply-templates>
        <xsl:with-param name="up" select="string($anchor)"/>
        <xsl:with-param name="linked" select="$linked"/>
      </xsl:apply-templates>
    </div>
  </xsl:template>

  <!--
    h2 up to a depth of 1, then one level deeper per div, at most h6. Literal elements in a
    choose rather than xsl:element name="h{…}": libxslt compiles a computed name's XPath anew
    on every call, which cost more than the rest of the heading.
  -->
  <xsl:template match="tei:head">
    <xsl:variable name="depth" select="count(ancestor::tei:div | ancestor::tei:div1
        | ancestor::tei:div2 | ancestor::tei:div3 | ancestor::tei:div4)"/>
    <xsl:variable name="class" select="concat('head', substring(' repeats-title', 1 div (
        parent::tei:div[@type = 'record'] and not(preceding-sibling::tei:head)
        and normalize-space(.) = normalize-space($titleStmt/tei:title[1]))))"/>
    <xsl:choose>
      <xsl:when test="$depth &lt;= 1"><h2 class="{$class}"><xsl:apply-templates/></h2></xsl:when>
      <xsl:when test="$depth = 2"><h3 class="{$class}"><xsl:apply-templates/></h3></xsl:when>
      <xsl:when test="$depth = 3"><h4 class="{$class}"><xsl:apply-templates/></h4></xsl:when>
      <xsl:when test="$depth = 4"><h5 class="{$class}"><xsl:apply-templates/></h5></xsl:when>
      <xsl:otherwise><h6 class="{$class}"><xsl:apply-templates/></h6></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:list/tei:head | tei:figure/tei:head
                       | tei:lg/tei:head | tei:listPerson/tei:head">
    <p class="sub-head"><xsl:apply-templates/></p>
  </xsl:template>

  <!--
    A paragraph is a <p> unless it holds blocks, which HTML does not allow inside <p>; the two
    branches differ only in that name (literal elements cost a third of xsl:element).
    Its anchor is its xml:id, else its parent's anchor and its position among the elements.
  -->
  <xsl:template match="tei:p | tei:ab">
    <xsl:param name="up"><xsl:apply-templates select=".." mode="anchor"/></xsl:param>
    <xsl:param name="linked" select="not(ancestor::tei:note | ancestor::tei:teiHeader)"/>
    <xsl:variable name="anchor" select="concat(@xml:id,
        substring(concat($up, '.', count(preceding-sibling::*) + 1), 1 div not(@xml:id)))"/>
    <xsl:choose>
      <xsl:when test="descendant::*[self::tei:list or self::tei:table or self::tei:p
                      or self::tei:lg or self::tei:figure or self::tei:floatingText
                      or self::tei:quote[tei:p] or self::tei:said[tei:p]]">
        <div class="p" id="{$anchor}">
          <xsl:if test="parent::tei:sp and preceding-sibling::*[1][self::tei:speaker]">
            <xsl:apply-templates select="preceding-sibling::tei:speaker[1]" mode="label"/>
            <xsl:text> </xsl:text>
          </xsl:if>
          <xsl:apply-templates><xsl:with-param name="up" select="$anchor"/></xsl:apply-templates>
          <xsl:if test="$linked">
            <a class="pilcrow" href="#{$anchor}" aria-label="Link to this paragraph">¶</a>
          </xsl:if>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="p" id="{$anchor}">
          <xsl:if test="parent::tei:sp and preceding-sibling::*[1][self::tei:speaker]">
            <xsl:apply-templates select="preceding-sibling::tei:speaker[1]" mode="label"/>
            <xsl:text> </xsl:text>
          </xsl:if>
          <xsl:apply-templates><xsl:with-param name="up" select="$anchor"/></xsl:apply-templates>
          <xsl:if test="$linked">
            <a class="pilcrow" href="#{$anchor}" aria-label="Link to this paragraph">¶</a>
          </xsl:if>
        </p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:lb">
    <br/>
  </xsl:template>

  <!-- A break inside a word joins it: no line break, and a page break keeps only its anchor. -->
  <xsl:template match="tei:lb[@break = 'no' or @type = 'hyphenInWord']
                       | tei:cb[@break = 'no' or @type = 'hyphenInWord']" priority="2"/>
  <xsl:template match="tei:pb[@break = 'no' or @type = 'hyphenInWord']" priority="2">
    <span class="pb">
      <xsl:attribute name="id"><xsl:apply-templates select="." mode="anchor"/></xsl:attribute>
    </span>
  </xsl:template>

  <xsl:template match="tei:pb">
    <xsl:param name="up"><xsl:apply-templates select=".." mode="anchor"/></xsl:param>
    <span class="pb" id="{concat(@xml:id,
        substring(concat($up, '.', count(preceding-sibling::*) + 1), 1 div not(@xml:id)))}">
      <span class="ed">[Page <xsl:value-of select="@n"/>]</span>
    </span>
  </xsl:template>

  <xsl:template match="tei:milestone | tei:cb">
    <span class="rule" role="separator"/>
  </xsl:template>

  <!-- ===== Speech ===== -->

  <!--
    A turn: said outside any said, or sp. Marked with its speaker, linked to the person.
    A div when it holds blocks, else a span: literal elements around one named template, since
    libxslt compiles xsl:element's computed name anew on every call.
  -->
  <xsl:template match="tei:said">
    <xsl:param name="up"/>
    <xsl:choose>
      <xsl:when test="tei:p | tei:list | tei:ab | tei:table | tei:lg">
        <div><xsl:call-template name="said"><xsl:with-param name="up" select="$up"/></xsl:call-template></div>
      </xsl:when>
      <xsl:otherwise>
        <span><xsl:call-template name="said"><xsl:with-param name="up" select="$up"/></xsl:call-template></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The attributes and content of a said, whichever element holds them. -->
  <xsl:template name="said">
    <xsl:param name="up"/>
    <xsl:variable name="quoted" select="@direct = 'true' and not(@rend)"/>
    <xsl:attribute name="class">
      <xsl:text>said</xsl:text>
      <xsl:if test="not(ancestor::tei:said)"> turn</xsl:if>
      <xsl:if test="@direct = 'true'"> direct</xsl:if>
    </xsl:attribute>
    <xsl:choose>
      <xsl:when test="not(ancestor::tei:said)">
        <xsl:variable name="anchor">
          <xsl:call-template name="anchor-from">
            <xsl:with-param name="up" select="$up"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:attribute name="id"><xsl:value-of select="$anchor"/></xsl:attribute>
        <xsl:if test="not(@prev)">
          <xsl:call-template name="speaker-badge"/>
        </xsl:if>
        <xsl:if test="$quoted and not(@prev)">“</xsl:if>
        <xsl:apply-templates><xsl:with-param name="up" select="string($anchor)"/></xsl:apply-templates>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="$quoted and not(@prev)">“</xsl:if>
        <xsl:apply-templates/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$quoted and not(@next)">”</xsl:if>
  </xsl:template>

  <!--
    The anchor of this element given its parent's anchor $up, if a container passed it.
    Paragraphs and page breaks, far more frequent, work out the same in one expression.
  -->
  <xsl:template name="anchor-from">
    <xsl:param name="up"/>
    <xsl:choose>
      <xsl:when test="@xml:id or $up = ''">
        <xsl:apply-templates select="." mode="anchor"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat($up, '.', count(preceding-sibling::*) + 1)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="speaker-badge">
    <xsl:variable name="id">
      <xsl:call-template name="first-pointer"><xsl:with-param name="value" select="@who"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="name">
      <xsl:call-template name="name-of">
        <xsl:with-param name="target" select="key('id', $id)/.."/>
        <xsl:with-param name="fallback" select="normalize-space(@who)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:if test="normalize-space($name) != ''">
      <xsl:choose>
        <xsl:when test="key('id', $id)/..">
          <a class="who" href="#{$id}"><span class="sr-only">Speaker: </span><xsl:value-of select="$name"/></a>
        </xsl:when>
        <xsl:otherwise>
          <span class="who"><span class="sr-only">Speaker: </span><xsl:value-of select="$name"/></span>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:sp">
    <xsl:param name="up"/>
    <xsl:param name="linked" select="not(ancestor::tei:note | ancestor::tei:teiHeader)"/>
    <xsl:variable name="anchor">
      <xsl:call-template name="anchor-from"><xsl:with-param name="up" select="$up"/></xsl:call-template>
    </xsl:variable>
    <div class="sp turn" id="{$anchor}">
      <xsl:if test="not(tei:speaker)">
        <xsl:call-template name="speaker-badge"/>
      </xsl:if>
      <xsl:apply-templates>
        <xsl:with-param name="up" select="string($anchor)"/>
        <xsl:with-param name="linked" select="$linked"/>
      </xsl:apply-templates>
    </div>
  </xsl:template>

  <!-- In a speech (sp), the speaker label goes into the paragraph that follows it (see tei:p);
       a speaker anywhere else is a paragraph of its own. -->
  <xsl:template match="tei:sp/tei:speaker[following-sibling::*[1][self::tei:p or self::tei:ab]]"/>
  <xsl:template match="tei:speaker">
    <p class="p"><xsl:apply-templates select="." mode="label"/></p>
  </xsl:template>
  <xsl:template match="tei:speaker" mode="label">
    <xsl:variable name="id">
      <xsl:call-template name="first-pointer"><xsl:with-param name="value" select="../@who"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="key('id', $id)/..">
        <a class="speaker" href="#{$id}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise>
        <span class="speaker"><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:q">
    <span class="q">
      <xsl:if test="not(@rend)">“</xsl:if>
      <xsl:apply-templates/>
      <xsl:if test="not(@rend)">”</xsl:if>
    </span>
  </xsl:template>

  <xsl:template match="tei:quote[tei:p | tei:lg | tei:list]">
    <blockquote class="quote"><xsl:apply-templates/></blockquote>
  </xsl:template>

  <xsl:template match="tei:stage">
    <span class="stage"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- ===== Names, links, dates ===== -->

  <xsl:template match="tei:persName | tei:rs | tei:name | tei:orgName | tei:placeName">
    <xsl:variable name="id">
      <xsl:call-template name="first-pointer"><xsl:with-param name="value" select="@ref"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$id != '' and key('id', $id)/parent::*[self::tei:person or self::tei:personGrp]
                      and not(ancestor::tei:ref or ancestor::tei:speaker or ancestor::tei:teiHeader)">
        <a class="{normalize-space(concat(local-name(), ' ', 'mention'))}" href="#{$id}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise>
        <span class="{local-name()}"><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:ref | tei:ptr">
    <xsl:variable name="url">
      <xsl:call-template name="safe-url"><xsl:with-param name="url" select="@target"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$url != '' and not(ancestor::tei:ref or ancestor::tei:speaker)">
        <a class="ref" href="{$url}">
          <xsl:apply-templates/>
          <xsl:if test="self::tei:ptr"><xsl:value-of select="$url"/></xsl:if>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="ref"><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:date | tei:time">
    <span class="date"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- ===== Highlighting ===== -->

  <xsl:template match="tei:hi">
    <span class="{normalize-space(concat('hi', ' ', @rend))}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:emph">
    <em><xsl:apply-templates/></em>
  </xsl:template>

  <xsl:template match="tei:settlement | tei:country | tei:region | tei:district | tei:bloc
                       | tei:geogName | tei:geogFeat | tei:roleName | tei:forename | tei:surname
                       | tei:addName | tei:genName | tei:nameLink | tei:role | tei:roleDesc
                       | tei:am | tei:ex | tei:subst | tei:cit | tei:repository | tei:institution
                       | tei:collection | tei:altIdentifier/tei:idno | tei:affiliation
                       | tei:occupation | tei:birth | tei:death | tei:residence | tei:nationality
                       | tei:faith | tei:sex | tei:age | tei:education | tei:state | tei:trait
                       | tei:actor | tei:locus | tei:dim | tei:height | tei:width | tei:depth
                       | tei:origDate | tei:origPlace | tei:material | tei:objectType
                       | tei:secl | tei:surplus | tei:restore | tei:retrace | tei:mod | tei:metamark
                       | tei:desc
                       | tei:email | tei:street | tei:postCode | tei:postBox | tei:geo | tei:offset
                       | tei:location | tei:population | tei:climate | tei:terrain | tei:langKnowledge
                       | tei:langKnown | tei:persona | tei:distinct | tei:sound | tei:tech | tei:view | tei:camera
                       | tei:caption | tei:move | tei:biblStruct | tei:monogr | tei:analytic
                       | tei:imprint | tei:series | tei:s | tei:cl | tei:phr | tei:m | tei:msName
                       | tei:symbol | tei:fs | tei:f | tei:string | tei:numeric | tei:binary
                       | tei:vLabel | tei:custEvent | tei:dimensions | tei:unit">
    <span class="{local-name()}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:foreign | tei:term | tei:mentioned | tei:soCalled | tei:gloss
                       | tei:title | tei:idno | tei:seg | tei:num | tei:measure | tei:abbr
                       | tei:expan | tei:orig | tei:reg | tei:w | tei:pc | tei:c | tei:biblScope
                       | tei:publisher | tei:pubPlace | tei:author | tei:editor | tei:bibl
                       | tei:resp | tei:respStmt | tei:quote">
    <span class="{normalize-space(concat(local-name(), ' ', @rend, ' ', @type))}"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- ===== Editorial marks (docs/encoding.md, "Editorial brackets") ===== -->

  <!-- $why is ": " and the reason, or nothing without one. -->
  <!-- Another romanization of the name just given: the source's, so only in the diplomatic
       view; the reading view gives the name once. -->
  <xsl:template match="tei:supplied">
    <xsl:variable name="why"
        select="concat(substring(': ', 1 div boolean(@reason)), translate(@reason, '-', ' '))"/>
    <span class="supplied" title="Supplied by the editors{$why}">
      <xsl:if test="@reason = 'romanization'">
        <xsl:attribute name="class">supplied romanization ed</xsl:attribute>
      </xsl:if>
      <span class="ed br" aria-hidden="true">[</span>
      <xsl:apply-templates/>
      <span class="ed br" aria-hidden="true">]</span>
      <span class="sr-only"> (supplied<xsl:value-of select="$why"/>)</span>
    </span>
  </xsl:template>

  <xsl:template match="tei:sic">
    <span class="sic" title="So in the original">
      <xsl:apply-templates/>
      <span class="ed"> [sic]</span>
    </span>
  </xsl:template>

  <!--
    A choice shows one alternative per view: the diplomatic view the source's (orig, abbr, sic),
    the reading view the editors' (reg, expan, corr); a choice of others (seg, unclear …) its
    first in both. Every alternative is in the title, shown on hover.
  -->
  <xsl:template match="tei:choice">
    <xsl:variable name="dip" select="(tei:orig | tei:abbr | tei:sic)[1]"/>
    <xsl:variable name="rd" select="(tei:reg | tei:expan | tei:corr)[1]"/>
    <span class="choice">
      <xsl:attribute name="title">
        <xsl:for-each select="*">
          <xsl:if test="position() &gt; 1"> · </xsl:if>
          <xsl:call-template name="alternative-name"/>
          <xsl:text>: </xsl:text>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
      </xsl:attribute>
      <xsl:choose>
        <xsl:when test="$dip or $rd">
          <span class="ed"><xsl:apply-templates select="($dip | *[not($dip)][1])[1]"/></span>
          <span class="rd"><xsl:apply-templates select="($rd | *[not($rd)][1])[1]"/></span>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates select="*[1]"/></xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template name="alternative-name">
    <xsl:choose>
      <xsl:when test="self::tei:orig">original</xsl:when>
      <xsl:when test="self::tei:reg">regularized</xsl:when>
      <xsl:when test="self::tei:abbr">abbreviated</xsl:when>
      <xsl:when test="self::tei:expan">expanded</xsl:when>
      <xsl:when test="self::tei:sic">as written</xsl:when>
      <xsl:when test="self::tei:corr">corrected</xsl:when>
      <xsl:otherwise>
        <xsl:text>reading </xsl:text>
        <xsl:value-of select="count(preceding-sibling::*) + 1"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An apparatus entry: the lemma (else the first reading) in the text, with a call to
       its readings among the notes. -->
  <xsl:template match="tei:app">
    <xsl:variable name="anchor"><xsl:apply-templates select="." mode="anchor"/></xsl:variable>
    <xsl:variable name="n"><xsl:call-template name="app-label"/></xsl:variable>
    <span class="app">
      <span class="lem">
        <xsl:apply-templates select="(tei:lem | tei:rdgGrp/tei:lem | tei:rdg[not(../tei:lem | ../tei:rdgGrp/tei:lem)][1])[1]/node()"/>
      </span>
      <sup class="fn-call">
        <a id="{$anchor}-ref" href="#{$anchor}" role="doc-noteref" aria-label="Readings {$n}">
          <span class="ed">[</span><xsl:value-of select="$n"/><span class="ed">]</span>
        </a>
      </sup>
    </span>
  </xsl:template>

  <xsl:template match="tei:app" mode="footnote">
    <xsl:variable name="anchor"><xsl:apply-templates select="." mode="anchor"/></xsl:variable>
    <xsl:variable name="n"><xsl:call-template name="app-label"/></xsl:variable>
    <li class="footnote app" id="{$anchor}">
      <a class="fn-back" href="#{$anchor}-ref" role="doc-backlink"
         aria-label="Back to reading {$n}"><xsl:value-of select="$n"/></a>
      <xsl:text> </xsl:text>
      <div class="fn-text">
        <xsl:for-each select="tei:lem | tei:rdg | tei:rdgGrp/tei:lem | tei:rdgGrp/tei:rdg | tei:note | tei:witDetail">
          <xsl:if test="position() &gt; 1">; </xsl:if>
          <span class="{local-name()}"><xsl:call-template name="reading"/></span>
        </xsl:for-each>
      </div>
    </li>
  </xsl:template>

  <!-- A generated division (index, contents) has no text of its own; its heading has. -->
  <xsl:template match="tei:divGen">
    <xsl:apply-templates select="tei:head"/>
  </xsl:template>

  <!-- Element and attribute names, code: as code. -->
  <xsl:template match="tei:gi | tei:tag">
    <code class="{local-name()}">&lt;<xsl:apply-templates/>&gt;</code>
  </xsl:template>
  <xsl:template match="tei:att">
    <code class="att">@<xsl:apply-templates/></code>
  </xsl:template>
  <xsl:template match="tei:code | tei:ident | tei:val">
    <code class="{local-name()}"><xsl:apply-templates/></code>
  </xsl:template>

  <!-- An XML example: its markup shown as text. -->
  <xsl:template match="tei:egXML | teix:egXML | tei:eg">
    <pre class="{local-name()}"><xsl:apply-templates mode="markup"/></pre>
  </xsl:template>
  <xsl:template match="*" mode="markup">
    <xsl:text>&lt;</xsl:text>
    <xsl:value-of select="name()"/>
    <xsl:for-each select="@*">
      <xsl:value-of select="concat(' ', name(), '=&quot;', ., '&quot;')"/>
    </xsl:for-each>
    <xsl:choose>
      <xsl:when test="node()">
        <xsl:text>&gt;</xsl:text>
        <xsl:apply-templates mode="markup"/>
        <xsl:value-of select="concat('&lt;/', name(), '&gt;')"/>
      </xsl:when>
      <xsl:otherwise>/&gt;</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:eg/text() | tei:egXML/text() | teix:egXML/text()" mode="markup" priority="1">
    <xsl:value-of select="."/>
  </xsl:template>

  <!-- Events of a spoken text, in parentheses; a pause is marked in the diplomatic view. -->
  <xsl:template match="tei:incident | tei:kinesic | tei:vocal | tei:writing | tei:shift">
    <xsl:text> </xsl:text>
    <span class="{local-name()}">(<xsl:apply-templates/>)</span>
    <xsl:text> </xsl:text>
  </xsl:template>
  <xsl:template match="tei:pause">
    <xsl:text> </xsl:text>
    <span class="pause ed">(pause) </span>
  </xsl:template>

  <!-- A label outside a list (a tree's node, a margin label) is a word of its own. -->
  <xsl:template match="tei:label">
    <xsl:text> </xsl:text>
    <span class="label"><xsl:apply-templates/></span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- The source of a quotation follows it in parentheses. -->
  <xsl:template match="tei:cit/tei:bibl">
    <xsl:text> (</xsl:text>
    <span class="bibl"><xsl:apply-templates/></span>
    <xsl:text>)</xsl:text>
  </xsl:template>

  <xsl:template match="tei:formula">
    <xsl:text> </xsl:text>
    <span class="{normalize-space(concat('formula ', @rend))}"><xsl:apply-templates/></span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="tei:space">
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- An index entry marks a place for the book's index; its terms are not text of the page,
       only named on hover at the place. -->
  <xsl:template match="tei:index">
    <span class="index" title="Index: {normalize-space(.)}"></span>
  </xsl:template>

  <!-- Pointers without text of their own: anchors, gathering breaks, links, timelines. -->
  <xsl:template match="tei:anchor | tei:gb | tei:link | tei:linkGrp | tei:join | tei:joinGrp
                       | tei:alt | tei:altGrp | tei:timeline | tei:when | tei:handShift"/>

  <!-- MathML, which browsers render: its elements, with the attributes that lay it out (no
       link or other attribute is copied). -->
  <xsl:template match="mml:*">
    <xsl:element name="{local-name()}" namespace="http://www.w3.org/1998/Math/MathML">
      <xsl:copy-of select="@display | @mathvariant | @open | @close | @separators | @stretchy
                           | @fence | @separator | @linethickness | @accent | @accentunder
                           | @columnalign | @rowalign | @columnspan | @rowspan | @form"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:damage">
    <span class="damage" title="Damaged in the source"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:roleDesc[preceding-sibling::node()[1][self::tei:role]]">
    <xsl:text>, </xsl:text>
    <span class="roleDesc"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- An utterance of a spoken text, marked with who speaks. -->
  <xsl:template match="tei:u">
    <div class="u turn">
      <xsl:if test="@who">
        <xsl:variable name="id">
          <xsl:call-template name="first-pointer"><xsl:with-param name="value" select="@who"/></xsl:call-template>
        </xsl:variable>
        <span class="who"><span class="sr-only">Speaker: </span>
          <xsl:call-template name="name-of">
            <xsl:with-param name="target" select="key('id', $id)/.."/>
            <xsl:with-param name="fallback" select="normalize-space(translate(@who, '#', ''))"/>
          </xsl:call-template>
        </span>
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <!-- A manuscript description: identifier, then each part under its own label. -->
  <xsl:template match="tei:msDesc | tei:msPart">
    <div class="{local-name()}"><xsl:apply-templates/></div>
  </xsl:template>
  <xsl:template match="tei:msIdentifier | tei:altIdentifier">
    <p class="{local-name()}">
      <xsl:for-each select="*">
        <xsl:if test="position() &gt; 1">, </xsl:if>
        <xsl:apply-templates select="."/>
      </xsl:for-each>
    </p>
  </xsl:template>
  <xsl:template match="tei:msContents | tei:physDesc | tei:history | tei:additional
                       | tei:msItem | tei:objectDesc | tei:handDesc | tei:decoDesc
                       | tei:bindingDesc | tei:sealDesc | tei:scriptDesc | tei:musicNotation
                       | tei:accMat | tei:supportDesc | tei:layoutDesc | tei:adminInfo
                       | tei:surrogates | tei:listBibl[ancestor::tei:msDesc]">
    <div class="{local-name()}">
      <xsl:variable name="label">
        <xsl:choose>
          <xsl:when test="self::tei:msContents">Contents</xsl:when>
          <xsl:when test="self::tei:physDesc">Physical description</xsl:when>
          <xsl:when test="self::tei:history">History</xsl:when>
          <xsl:when test="self::tei:additional">Additional information</xsl:when>
        </xsl:choose>
      </xsl:variable>
      <xsl:if test="$label != ''"><p class="sub-head"><xsl:value-of select="$label"/></p></xsl:if>
      <xsl:apply-templates/>
    </div>
  </xsl:template>
  <xsl:template match="tei:support | tei:extent | tei:foliation | tei:collation | tei:condition
                       | tei:layout | tei:handNote | tei:decoNote | tei:binding | tei:origin
                       | tei:provenance | tei:acquisition | tei:summary | tei:rubric | tei:incipit
                       | tei:explicit | tei:colophon | tei:finalRubric | tei:filiation
                       | tei:msItem/tei:title | tei:msItem/tei:author | tei:locus[parent::tei:msItem]
                       | tei:textLang | tei:custodialHist | tei:recordHist">
    <span class="{normalize-space(concat('line ', local-name()))}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:choice/tei:sic">
    <xsl:apply-templates/>
  </xsl:template>
  <xsl:template match="tei:corr">
    <span class="corr"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:gap">
    <xsl:variable name="printed">
      <xsl:choose>
        <xsl:when test="@reason = 'truncated'"/>
        <xsl:when test="tei:desc">[<xsl:value-of select="normalize-space(tei:desc)"/>]</xsl:when>
        <xsl:when test="@reason = 'signature'">[signature]</xsl:when>
        <xsl:when test="@reason = 'illegible'">[illegible]</xsl:when>
        <xsl:when test="@rend = 'dots'">[...]</xsl:when>
        <xsl:otherwise>[…]</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <span class="{normalize-space(concat('gap', ' ', @reason))}">
      <xsl:attribute name="title">
        <xsl:choose>
          <xsl:when test="@reason = 'signature'">Signature</xsl:when>
          <xsl:when test="@reason = 'truncated'">The source breaks off here</xsl:when>
          <xsl:when test="@reason"><xsl:value-of select="translate(@reason, '-', ' ')"/></xsl:when>
          <xsl:otherwise>Omitted</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <span class="ed"><xsl:value-of select="$printed"/></span>
      <xsl:if test="not(@reason = 'signature')"><span class="rd">…</span></xsl:if>
    </span>
  </xsl:template>

  <xsl:template match="tei:unclear">
    <span class="{normalize-space(concat('unclear', ' ', @reason))}">
      <xsl:attribute name="title">
        <xsl:choose>
          <xsl:when test="@reason"><xsl:value-of select="translate(@reason, '-', ' ')"/> reading</xsl:when>
          <xsl:otherwise>Unclear reading</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:choose>
        <xsl:when test="not(node())">
          <span class="ed">[illegible]</span><span class="rd">…</span>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates/>
          <xsl:if test="@reason = 'uncertain' or @cert = 'low'"><span class="ed"> [?]</span></xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template match="tei:stamp">
    <span class="{normalize-space(concat('stamp', ' ', @type))}">
      <xsl:choose>
        <xsl:when test="tei:note[@type = 'description'] or tei:seg[@type = 'description'] or @type = 'faded-image'">
          <span class="ed">[<xsl:call-template name="description">
            <xsl:with-param name="default">faded image of a stamp</xsl:with-param>
          </xsl:call-template>: </span>
          <xsl:apply-templates/>
          <span class="ed">]</span>
        </xsl:when>
        <xsl:otherwise>
          <span class="ed">[[</span>
          <xsl:apply-templates/>
          <span class="ed">]]</span>
        </xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template match="tei:add">
    <span class="add">
      <xsl:choose>
        <xsl:when test="@hand">
          <xsl:attribute name="class">add hand</xsl:attribute>
          <xsl:attribute name="title">Handwritten</xsl:attribute>
          <span class="ed">[<xsl:call-template name="description">
            <xsl:with-param name="default">handwritten</xsl:with-param>
          </xsl:call-template>: </span>
          <xsl:apply-templates/>
          <span class="ed">]</span>
        </xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="title">
            <xsl:text>Added</xsl:text>
            <xsl:if test="@place"> (<xsl:value-of select="@place"/>)</xsl:if>
          </xsl:attribute>
          <span class="ed">[added: </span>
          <xsl:apply-templates/>
          <span class="ed">]</span>
        </xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <!-- Deleted text: struck through in the diplomatic view, out of the reading text. -->
  <xsl:template match="tei:del">
    <del class="ed" title="Deleted"><xsl:apply-templates/></del>
  </xsl:template>

  <!-- ===== Notes ===== -->

  <!-- A description (a stamp's or handwritten note's label) inside a footnote; printed by its parent. -->
  <xsl:template match="tei:seg[@type = 'description']"/>

  <!-- An editorial remark inside a footnote (where notes may not nest) is a seg. -->
  <xsl:template match="tei:seg[@type = 'editorial']">
    <span class="note editorial ed">[<xsl:apply-templates/>]</span>
  </xsl:template>

  <!--
    Every note, decided here in this order: an uncalled note is only listed with the notes; an
    inline note, or any note in the header, stays in the text (an editorial one bracketed, for
    the diplomatic view); a description is printed by its parent (stamp, add); any other note is
    a footnote: a numbered call here, its text in the notes part.
  -->
  <xsl:template match="tei:note">
    <xsl:param name="up"/>
    <xsl:choose>
      <xsl:when test="@type = 'uncalled'"/>
      <xsl:when test="@place = 'inline' or @rend = 'inline' or ancestor::tei:teiHeader">
        <xsl:choose>
          <xsl:when test="@type = 'editorial'">
            <span class="note editorial ed">[<xsl:apply-templates/>]</span>
          </xsl:when>
          <xsl:otherwise>
            <!-- Set apart from the word before it, which it does not belong to. -->
            <xsl:text> </xsl:text>
            <span class="{normalize-space(concat('note', ' ', @type))}"><xsl:apply-templates/></span>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="@type = 'description'"/>
      <xsl:otherwise>
        <xsl:variable name="anchor">
          <xsl:call-template name="anchor-from"><xsl:with-param name="up" select="$up"/></xsl:call-template>
        </xsl:variable>
        <xsl:variable name="n"><xsl:call-template name="note-number"/></xsl:variable>
        <sup class="fn-call">
          <a id="{$anchor}-ref" href="#{$anchor}" role="doc-noteref" aria-label="Note {$n}">
            <span class="ed">[</span><xsl:value-of select="$n"/><span class="ed">]</span>
          </a>
        </sup>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:note" mode="footnote">
    <xsl:variable name="anchor"><xsl:apply-templates select="." mode="anchor"/></xsl:variable>
    <xsl:variable name="n"><xsl:call-template name="note-number"/></xsl:variable>
    <li class="footnote" id="{$anchor}">
      <xsl:choose>
        <xsl:when test="@type = 'uncalled'">
          <span class="fn-back"><xsl:value-of select="$n"/></span>
        </xsl:when>
        <xsl:otherwise>
          <a class="fn-back" href="#{$anchor}-ref" role="doc-backlink"
             aria-label="Back to the call of note {$n}"><xsl:value-of select="$n"/></a>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:text> </xsl:text>
      <div class="fn-text">
        <xsl:choose>
          <xsl:when test="@type = 'missing' and not(node())">
            <span class="missing">The text of this note is missing from the source.</span>
          </xsl:when>
          <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
        </xsl:choose>
      </div>
    </li>
  </xsl:template>

  <!-- ===== Lists and tables ===== -->

  <!-- Lists as printed: each label (e.g. "(1)") is shown before its item, no generated numbers. -->
  <xsl:template match="tei:list | tei:listBibl">
    <xsl:apply-templates select="tei:head"/>
    <ul class="{normalize-space(concat('list', ' ', @type))}">
      <xsl:apply-templates select="*[not(self::tei:head)]" mode="list"/>
    </ul>
  </xsl:template>

  <xsl:template match="tei:label" mode="list">
    <xsl:if test="not(following-sibling::*[1][self::tei:item]) or ../@type = 'participants'">
      <li class="group"><span class="label"><xsl:apply-templates/></span></li>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="list">
    <li class="{normalize-space(concat('item ', @rend))}">
      <xsl:if test="preceding-sibling::*[1][self::tei:label] and not(../@type = 'participants')">
        <span class="label"><xsl:apply-templates select="preceding-sibling::*[1]/node()"/></span>
        <xsl:text> </xsl:text>
      </xsl:if>
      <!-- An item's content; any other member of the list rendered as itself. -->
      <xsl:apply-templates select="self::tei:item/node() | self::*[not(self::tei:item)]"/>
    </li>
  </xsl:template>

  <!-- An item met outside its list's rule; a label outside a list has its own rule. -->
  <xsl:template match="tei:item">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:table">
    <table class="table">
      <xsl:apply-templates select="tei:head"/>
      <xsl:apply-templates select="tei:row"/>
    </table>
  </xsl:template>
  <xsl:template match="tei:table/tei:head">
    <caption><xsl:apply-templates/></caption>
  </xsl:template>
  <xsl:template match="tei:row">
    <tr><xsl:apply-templates select="tei:cell"/></tr>
  </xsl:template>
  <xsl:template match="tei:cell">
    <td>
      <xsl:if test="number(@cols) &gt; 1"><xsl:attribute name="colspan"><xsl:value-of select="number(@cols)"/></xsl:attribute></xsl:if>
      <xsl:if test="number(@rows) &gt; 1"><xsl:attribute name="rowspan"><xsl:value-of select="number(@rows)"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </td>
  </xsl:template>

  <!-- ===== Openers, closers, verse, figures ===== -->

  <xsl:template match="tei:opener | tei:closer | tei:lg | tei:figure | tei:docTitle | tei:byline
                       | tei:floatingText | tei:castList | tei:castGroup | tei:set | tei:listPerson
                       | tei:listPlace | tei:listOrg | tei:listEvent | tei:listNym | tei:listWit
                       | tei:entry | tei:fw | tei:formula[@rend = 'display']
                       | tei:cit[tei:quote[tei:p | tei:lg]]">
    <div class="{local-name()}"><xsl:apply-templates/></div>
  </xsl:template>

  <xsl:template match="tei:dateline | tei:signed | tei:salute | tei:docDate | tei:docAuthor
                       | tei:titlePart | tei:l | tei:figDesc | tei:address | tei:addrLine
                       | tei:castItem | tei:line | tei:person | tei:place | tei:org | tei:event
                       | tei:witness | tei:castList/tei:head">
    <span class="{normalize-space(concat('line', ' ', local-name()))}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:graphic">
    <span class="graphic ed">[image]</span>
  </xsl:template>

</xsl:stylesheet>
