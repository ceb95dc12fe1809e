Feature: Quotes are checked against the words the source printed
  When the desk has a source's text, the validator looks for every quote taken
  from it: a claim's own quote, and the words each later report printed. A
  quote is found when the words are the source's words, in the source's order.
  How they were typed does not matter: curly or straight quotation marks and
  apostrophes, single marks for double ones inside a quote, dashes, spacing,
  line breaks, capital letters, and a cut marked with "..." or "[...]" are not
  differences. Words in square brackets are the editor's, and are not looked for.

  A quote that is not found is an error, PV006 quote-not-in-source. When it is
  close to a passage of the source, the finding shows that passage and the
  words that differ, so the editor can see at once what was changed.

  The dossiers below quote NDTV's article of 6 May 2011, in which ambassador
  Anne Patterson's cable of 19 February 2009, released by WikiLeaks, is quoted
  on General Kayani and President Zardari's "no first use" statement.

  Background:
    Given a dossier file "ndtv.yaml" in which NDTV's article of 2011-05-06 is recorded with its first two paragraphs
      """
      agents:
        - {id: ndtv, name: NDTV, kind: organization}
        - {id: anne-patterson, name: Anne Patterson, kind: person}
      sources:
        - id: ndtv-2011-05-06-kayani-nfu
          kind: news_article
          title: "Kayani not on board with Zardari's 'no-first-use' N-policy: WikiLeaks"
          publisher: ndtv
          published: 2011-05-06
          text: >
            Pakistan's powerful army chief General Ashfaq Parvez Kayani does not support
            President Asif Ali Zardari's "no-first-use" nuclear policy, according to a US
            diplomatic cable released by WikiLeaks.

            On February 19, 2009, just days ahead of General Kayani's week-long trip to
            America, Anne Patterson, who was the US ambassador to Pakistan wrote, "Although
            he has remained silent on the subject, Kayani does not support Zardari's
            statement last year to the Indian press that Pakistan would adopt a "no first
            use" policy on nuclear weapons." (Read: WikiLeaks cable)
        - id: us-cable-2009-02-19
          kind: diplomatic_cable
          title: US embassy Islamabad cable ahead of General Kayani's visit
          authors: [anne-patterson]
          published: 2009-02-19
      """

  Scenario: Curly quotes, apostrophes and new line breaks are not differences
    The article prints straight quotation marks and its own line breaks; the
    editor typed curly ones, broke the lines elsewhere and left a double space.

    Given a dossier file "quotes.yaml" in which Patterson's words are quoted from NDTV as the editor typed them
      """
      claims:
        - id: patterson-kayani-opposes-nfu
          text: Kayani does not support Zardari's 2008 no-first-use statement.
          kind: direct
          speaker: anne-patterson
          source: us-cable-2009-02-19
          date: 2009-02-19
          appearances:
            - source: ndtv-2011-05-06-kayani-nfu
              date: 2011-05-06
              quote: |-
                Although he has remained silent on the subject, Kayani does not support Zardari’s
                statement last year to the  Indian press that Pakistan would adopt a “no first use”
                policy on nuclear weapons.
      """
    When the dossier files are validated together
    Then the validator does not report PV006 quote-not-in-source
    And the validator finds nothing to report

  Scenario: A quote cut with "..." is found when its parts appear in the article in order
    Given a dossier file "quotes.yaml" in which Patterson's words are quoted from NDTV with "last year to the Indian press" cut
      """
      claims:
        - id: patterson-kayani-opposes-nfu
          text: Kayani does not support Zardari's 2008 no-first-use statement.
          kind: direct
          speaker: anne-patterson
          source: us-cable-2009-02-19
          date: 2009-02-19
          appearances:
            - source: ndtv-2011-05-06-kayani-nfu
              date: 2011-05-06
              quote: Kayani does not support Zardari's statement ... that Pakistan would adopt a "no first use" policy
      """
    When the dossier files are validated together
    Then the validator finds nothing to report

  Scenario: A cut marked "[...]" is a cut like "..."
    Given a dossier file "quotes.yaml" in which Patterson's words are quoted from NDTV with a cut marked in brackets
      """
      claims:
        - id: patterson-kayani-opposes-nfu
          text: Kayani does not support Zardari's 2008 no-first-use statement.
          kind: direct
          speaker: anne-patterson
          source: us-cable-2009-02-19
          date: 2009-02-19
          appearances:
            - source: ndtv-2011-05-06-kayani-nfu
              date: 2011-05-06
              quote: Kayani does not support Zardari's statement [...] that Pakistan would adopt a "no first use" policy
            - source: ndtv-2011-05-06-kayani-nfu
              date: 2011-05-06
              quote: Kayani does not support Zardari's statement […] that Pakistan would adopt a "no first use" policy
      """
    When the dossier files are validated together
    Then the validator finds nothing to report

  Scenario: A quote inside a quote may change its quotation marks
    Quoting Patterson's sentence inside double quotation marks, the editor
    turned the article's inner "no first use" into single marks, the usual way
    to nest one quote in another.

    Given a dossier file "quotes.yaml" in which Patterson's words are quoted from NDTV with single marks inside
      """
      claims:
        - id: patterson-kayani-opposes-nfu
          text: Kayani does not support Zardari's 2008 no-first-use statement.
          kind: direct
          speaker: anne-patterson
          source: us-cable-2009-02-19
          date: 2009-02-19
          appearances:
            - source: ndtv-2011-05-06-kayani-nfu
              date: 2011-05-06
              quote: >-
                “Kayani does not support Zardari’s statement last year to the Indian press
                that Pakistan would adopt a ‘no first use’ policy on nuclear weapons.”
      """
    When the dossier files are validated together
    Then the validator finds nothing to report

  Scenario: Words the editor put in square brackets are the editor's, not the article's
    Square brackets mark what the editor added or put in place of the
    article's words, here the names for "he" and for "Zardari's". They stand
    for a few words of the article, or for none, and are not looked for.

    Given a dossier file "quotes.yaml" in which Patterson's words are quoted from NDTV with names added in brackets
      """
      claims:
        - id: patterson-kayani-opposes-nfu
          text: Kayani does not support Zardari's 2008 no-first-use statement.
          kind: direct
          speaker: anne-patterson
          source: us-cable-2009-02-19
          date: 2009-02-19
          appearances:
            - source: ndtv-2011-05-06-kayani-nfu
              date: 2011-05-06
              quote: >-
                Although [General Kayani] has remained silent on the subject, Kayani does not
                support [President Asif Ali Zardari's] statement last year
      """
    When the dossier files are validated together
    Then the validator finds nothing to report

  Scenario: Square brackets do not excuse a changed word outside them
    Given a dossier file "quotes.yaml" in which Patterson's words are quoted from NDTV with a name in brackets and "will" for "would"
      """
      claims:
        - id: patterson-kayani-opposes-nfu
          text: Kayani does not support Zardari's 2008 no-first-use statement.
          kind: direct
          speaker: anne-patterson
          source: us-cable-2009-02-19
          date: 2009-02-19
          appearances:
            - source: ndtv-2011-05-06-kayani-nfu
              date: 2011-05-06
              quote: >-
                Kayani does not support [President Zardari's] statement last year to the
                Indian press that Pakistan will adopt a "no first use" policy
      """
    When the dossier files are validated together
    Then the validator reports PV006 quote-not-in-source as an error on claim patterson-kayani-opposes-nfu
    And it shows "will adopt" in the quote against "would adopt" in the source
    And that is the only finding

  Scenario: A cut quote whose parts are put in another order is not found
    Each part is in the article, but not in this order.

    Given a dossier file "quotes.yaml" in which Patterson's words are quoted from NDTV in two parts, the second first
      """
      claims:
        - id: patterson-kayani-opposes-nfu
          text: Kayani does not support Zardari's 2008 no-first-use statement.
          kind: direct
          speaker: anne-patterson
          source: us-cable-2009-02-19
          date: 2009-02-19
          appearances:
            - source: ndtv-2011-05-06-kayani-nfu
              date: 2011-05-06
              quote: Pakistan would adopt a "no first use" policy ... Kayani does not support Zardari's statement
      """
    When the dossier files are validated together
    Then the validator reports PV006 quote-not-in-source as an error on claim patterson-kayani-opposes-nfu
    And it points at line 2 of the dossier
    And its message mentions "but not in the order quoted"
    And that is the only finding

  Scenario: "Will" for "would" is a misquote, shown beside the article's words
    NDTV printed "would adopt"; a dossier that quotes it as "will adopt" changes
    a reported intention into a promise.

    Given a dossier file "quotes.yaml" in which Patterson's words are quoted from NDTV with "will" for "would"
      """
      claims:
        - id: patterson-kayani-opposes-nfu
          text: Kayani does not support Zardari's 2008 no-first-use statement.
          kind: direct
          speaker: anne-patterson
          source: us-cable-2009-02-19
          date: 2009-02-19
          appearances:
            - source: ndtv-2011-05-06-kayani-nfu
              date: 2011-05-06
              quote: >-
                Kayani does not support Zardari's statement last year to the Indian press
                that Pakistan will adopt a "no first use" policy on nuclear weapons.
      """
    When the dossier files are validated together
    Then the validator reports PV006 quote-not-in-source as an error on claim patterson-kayani-opposes-nfu
    And it points at line 2 of the dossier
    And its message mentions "appearances[0].quote differs from the text of 'ndtv-2011-05-06-kayani-nfu'"
    And it shows "will adopt" in the quote against "would adopt" in the source
    And the closest passage it shows is
      """
      Although he has remained silent on the subject, Kayani does not support Zardari's statement last year to the Indian press that Pakistan would adopt a "no first use" policy on nuclear weapons."
      """
    And that is the only finding

  Scenario: A dropped "not" is a misquote
    NDTV's own opening line says Kayani does not support the policy. Quoting it
    without the "not" says the opposite.

    Given a dossier file "quotes.yaml" in which NDTV's opening line is quoted without its "not"
      """
      claims:
        - id: ndtv-kayani-opposes-nfu
          text: Kayani does not support Zardari's no-first-use nuclear policy.
          kind: direct
          speaker: ndtv
          source: ndtv-2011-05-06-kayani-nfu
          date: 2011-05-06
          quote: >-
            General Ashfaq Parvez Kayani does support President Asif Ali Zardari's
            "no-first-use" nuclear policy
      """
    When the dossier files are validated together
    Then the validator reports PV006 quote-not-in-source as an error on claim ndtv-kayani-opposes-nfu
    And it points at line 2 of the dossier
    And its message mentions "quote differs from the text of 'ndtv-2011-05-06-kayani-nfu'"
    And it shows "support" in the quote against "not support" in the source
    And the closest passage it shows is
      """
      Pakistan's powerful army chief General Ashfaq Parvez Kayani does not support President Asif Ali Zardari's "no-first-use" nuclear policy, according to a US diplomatic cable released by WikiLeaks.
      """
    And that is the only finding

  Scenario: Words moved within the sentence are a misquote
    Patterson wrote "statement last year to the Indian press"; the dossier has
    "last year" moved after "the Indian press".

    Given a dossier file "quotes.yaml" in which Patterson's words are quoted from NDTV with "last year" moved
      """
      claims:
        - id: patterson-kayani-opposes-nfu
          text: Kayani does not support Zardari's 2008 no-first-use statement.
          kind: direct
          speaker: anne-patterson
          source: us-cable-2009-02-19
          date: 2009-02-19
          appearances:
            - source: ndtv-2011-05-06-kayani-nfu
              date: 2011-05-06
              quote: >-
                Although he has remained silent on the subject, Kayani does not support
                Zardari's statement to the Indian press last year that Pakistan would adopt
                a "no first use" policy
      """
    When the dossier files are validated together
    Then the validator reports PV006 quote-not-in-source as an error on claim patterson-kayani-opposes-nfu
    And it shows "to" in the quote against "last year to" in the source
    And it shows "last year that" in the quote against "that" in the source
    And the closest passage it shows is
      """
      Although he has remained silent on the subject, Kayani does not support Zardari's statement last year to the Indian press that Pakistan would adopt a "no first use" policy on nuclear weapons."
      """
    And that is the only finding

  Scenario: A sentence the article does not have is not close to any passage
    Given a dossier file "quotes.yaml" in which NDTV is quoted with a sentence it never printed
      """
      claims:
        - id: patterson-kayani-opposes-nfu
          text: Kayani does not support Zardari's 2008 no-first-use statement.
          kind: direct
          speaker: anne-patterson
          source: us-cable-2009-02-19
          date: 2009-02-19
          appearances:
            - source: ndtv-2011-05-06-kayani-nfu
              date: 2011-05-06
              quote: Kayani has told Washington that Pakistan will never use nuclear weapons first.
      """
    When the dossier files are validated together
    Then the validator reports PV006 quote-not-in-source as an error on claim patterson-kayani-opposes-nfu
    And its message mentions "appearances[0].quote is not in the text of 'ndtv-2011-05-06-kayani-nfu', nor close to any passage"
    And it shows no closest passage
    And its hint is "quote the source verbatim, or record the words as a paraphrase"
    And that is the only finding

  Scenario: A quote from a source whose text the desk does not have is not checked
    The desk has no copy of the cable itself, so nothing can say whether
    Patterson wrote "will" or "would".

    Given a dossier file "quotes.yaml" in which Patterson's words are quoted from her cable with "will" for "would"
      """
      claims:
        - id: patterson-kayani-opposes-nfu
          text: Kayani does not support Zardari's 2008 no-first-use statement.
          kind: direct
          speaker: anne-patterson
          source: us-cable-2009-02-19
          date: 2009-02-19
          quote: >-
            Kayani does not support Zardari's statement last year to the Indian press
            that Pakistan will adopt a "no first use" policy on nuclear weapons.
      """
    When the dossier files are validated together
    Then the validator does not report PV006 quote-not-in-source
    And the validator finds nothing to report

  Scenario: Where a quote is found is given as characters of the article and the words around it
    Annotation tools point at a quote the way the W3C Web Annotation model
    does: by the characters it spans in the article as published, counted from
    0, and by its exact words with up to 32 characters either side. Below, line
    breaks in the article are shown as spaces.

    Given the seed dossier of NDTV's article of 2011-05-06
    When this quote is looked for in the text of source ndtv-2011-05-06-kayani-nfu
      """
      Although he has remained silent on the subject, Kayani does not support Zardari’s
      statement last year to the Indian press that Pakistan would adopt a “no first use”
      policy on nuclear weapons.
      """
    Then the quote is found at characters 519 to 709 of the article
    And the words recorded for it are the article's own, with 32 characters either side:
      | exact  | Although he has remained silent on the subject, Kayani does not support Zardari's statement last year to the Indian press that Pakistan would adopt a "no first use" policy on nuclear weapons |
      | prefix | ambassador to Pakistan wrote, "                                                                                                                                                         |
      | suffix | ." (Read: WikiLeaks cable) She                                                                                                                                                          |

  Scenario: A cut quote is found from the start of its first part to the end of its last
    The words recorded for it are the article's, the cut words included.

    Given the seed dossier of NDTV's article of 2011-05-06
    When this quote is looked for in the text of source ndtv-2011-05-06-kayani-nfu
      """
      Kayani does not support Zardari’s statement ... that Pakistan would adopt a “no first use” policy
      """
    Then the quote is found at characters 567 to 690 of the article
    And the words recorded for it are the article's own, with 32 characters either side:
      | exact  | Kayani does not support Zardari's statement last year to the Indian press that Pakistan would adopt a "no first use" policy |
      | prefix | remained silent on the subject,                                                                                             |
      | suffix | on nuclear weapons." (Read: Wik                                                                                             |

  Scenario: Every quote in the seed dossier is found in NDTV's article
    Given the seed dossier of NDTV's article of 2011-05-06
    When the dossier is validated
    Then the validator does not report PV006 quote-not-in-source
    And each of the 14 quotes the dossier takes from source ndtv-2011-05-06-kayani-nfu is found in its text
