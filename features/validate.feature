Feature: The validator flags claims whose provenance is missing or broken
  Every claim in a dossier must say who said it, in which document, and when.
  The validator reads a dossier and reports each problem as a finding: a rule
  code and name (PV001 unattributed-claim), how serious it is (an error blocks
  publication, a warning asks for a second look), the agent, source or claim
  it is about, and the line of the dossier where that object is written.

  The dossiers below are small pieces of the NDTV story of 6 May 2011: a US
  cable written by ambassador Anne Patterson on 19 February 2009, released by
  WikiLeaks, says that General Kayani does not support President Zardari's
  2008 statement to the Indian press on a "no first use" nuclear policy.

  Scenario: A claim that names no source is an error
    Given a dossier in which Anne Patterson's claim names no source
      """
      agents:
        - {id: anne-patterson, name: Anne Patterson, kind: person}
        - {id: ashfaq-parvez-kayani, name: Ashfaq Parvez Kayani, kind: person}
      claims:
        - id: kayani-opposes-nfu
          text: Kayani does not support Zardari's no-first-use statement.
          speaker: anne-patterson
          date: 2009-02-19
          about: [ashfaq-parvez-kayani]
      """
    When the dossier is validated
    Then the validator reports PV001 unattributed-claim as an error on claim kayani-opposes-nfu
    And it points at line 5 of the dossier
    And that is the only finding

  Scenario: A claim with nobody named as its speaker is an error
    Kayani is what the claim is about, not who said it: he "has remained
    silent". Naming him as a subject does not make him the speaker.

    Given a dossier in which the cable's claim about Kayani names no speaker
      """
      agents:
        - {id: anne-patterson, name: Anne Patterson, kind: person}
        - {id: ashfaq-parvez-kayani, name: Ashfaq Parvez Kayani, kind: person}
      sources:
        - id: us-cable-2009-02-19
          kind: diplomatic_cable
          title: US embassy Islamabad cable ahead of General Kayani's visit
          authors: [anne-patterson]
          published: 2009-02-19
      claims:
        - id: kayani-opposes-nfu
          text: Kayani does not support Zardari's no-first-use statement.
          source: us-cable-2009-02-19
          date: 2009-02-19
          about: [ashfaq-parvez-kayani]
      """
    When the dossier is validated
    Then the validator reports PV002 unknown-speaker as an error on claim kayani-opposes-nfu
    And it points at line 11 of the dossier
    And that is the only finding

  Scenario: A misspelt speaker is a broken reference, not a missing speaker
    Given a dossier in which the claim's speaker is spelt "anne-paterson"
      """
      agents:
        - {id: anne-patterson, name: Anne Patterson, kind: person}
      sources:
        - id: us-cable-2009-02-19
          kind: diplomatic_cable
          title: US embassy Islamabad cable ahead of General Kayani's visit
          authors: [anne-patterson]
          published: 2009-02-19
      claims:
        - id: kayani-opposes-nfu
          text: Kayani does not support Zardari's no-first-use statement.
          speaker: anne-paterson
          source: us-cable-2009-02-19
          date: 2009-02-19
      """
    When the dossier is validated
    Then the validator reports PV003 dangling-reference as an error on claim kayani-opposes-nfu
    And it points at line 10 of the dossier
    And its message mentions "speaker 'anne-paterson'"
    And its hint is "did you mean 'anne-patterson'?"
    And the validator does not report PV002 unknown-speaker
    And that is the only finding

  Scenario: The same id used twice is an error on the second definition
    Given a dossier in which NDTV is defined twice under the same id
      """
      agents:
        - {id: ndtv, name: NDTV, kind: organization}
        - {id: wikileaks, name: WikiLeaks, kind: organization}
        - {id: ndtv, name: New Delhi Television, kind: organization}
      """
    When the dossier is validated
    Then the validator reports PV004 duplicate-id as an error on agent ndtv
    And it points at line 4 of the dossier
    And its message mentions "defined at"
    And that is the only finding

  Scenario: An agent and a source under one id are a duplicate, and nothing more
    Ids are unique across agents, sources and claims, so the second `ndtv` is
    an error. Each reference still finds the object of the kind it names: the
    speaker is the agent NDTV, and the source is NDTV's article.

    Given a dossier in which NDTV and its article share the id ndtv
      """
      agents:
        - {id: ndtv, name: NDTV, kind: organization}
      sources:
        - {id: ndtv, kind: news_article, publisher: ndtv, published: 2011-05-06}
      claims:
        - id: ndtv-kayani-opposes-nfu
          text: Kayani does not support Zardari's no-first-use nuclear policy.
          speaker: ndtv
          source: ndtv
          date: 2011-05-06
      """
    When the dossier is validated
    Then the validator reports PV004 duplicate-id as an error on source ndtv
    And it points at line 4 of the dossier
    And the validator does not report PV003 dangling-reference
    And that is the only finding

  Scenario: A claim dated after the document that records it is an error
    The cable was written on 2009-02-19; it cannot record something said in 2010.

    Given a dossier in which Anne Patterson's claim is dated 2010 but her cable is of 2009-02-19
      """
      agents:
        - {id: anne-patterson, name: Anne Patterson, kind: person}
      sources:
        - id: us-cable-2009-02-19
          kind: diplomatic_cable
          title: US embassy Islamabad cable ahead of General Kayani's visit
          authors: [anne-patterson]
          published: 2009-02-19
      claims:
        - id: kayani-opposes-nfu
          text: Kayani does not support Zardari's no-first-use statement.
          speaker: anne-patterson
          source: us-cable-2009-02-19
          date: 2010
      """
    When the dossier is validated
    Then the validator reports PV005 chronology as an error on claim kayani-opposes-nfu
    And it points at line 10 of the dossier
    And its message mentions "2010"
    And that is the only finding

  Scenario: A quote that is not in the source's text is an error
    NDTV printed "would adopt"; a dossier that quotes it as "will adopt" is a misquote.
    Curly quotation marks are not a difference.

    Given a dossier in which Zardari's statement is quoted from NDTV with one word changed
      """
      agents:
        - {id: asif-ali-zardari, name: Asif Ali Zardari, kind: person}
        - {id: ndtv, name: NDTV, kind: organization}
      sources:
        - id: zardari-indian-press-2008
          kind: statement
          title: Zardari's statement to the Indian press
          authors: [asif-ali-zardari]
          published: 2008
        - id: ndtv-2011-05-06-kayani-nfu
          kind: news_article
          title: "Kayani not on board with Zardari's 'no-first-use' N-policy: WikiLeaks"
          publisher: ndtv
          published: 2011-05-06
          text: >-
            Kayani does not support Zardari's statement last year to the Indian press
            that Pakistan would adopt a "no first use" policy on nuclear weapons.
      claims:
        - id: zardari-no-first-use-2008
          text: Pakistan would adopt a no-first-use policy on nuclear weapons.
          kind: indirect
          speaker: asif-ali-zardari
          source: zardari-indian-press-2008
          date: 2008
          appearances:
            - source: ndtv-2011-05-06-kayani-nfu
              date: 2011-05-06
              quote: Pakistan will adopt a “no first use” policy
      """
    When the dossier is validated
    Then the validator reports PV006 quote-not-in-source as an error on claim zardari-no-first-use-2008
    And it points at line 19 of the dossier
    And that is the only finding

  Scenario: A source with neither publisher nor author is a warning
    Given a dossier in which a report of US strikes names nobody behind it
      """
      sources:
        - id: reports-of-us-strikes-2009
          kind: news_article
          title: Reports of US strikes in Pakistan
          published: 2009
      """
    When the dossier is validated
    Then the validator reports PV007 source-without-publisher as a warning on source reports-of-us-strikes-2009
    And it points at line 2 of the dossier
    And that is the only finding

  Scenario: A claim with no date is a warning, not a chronology error
    Without a date nothing can be out of order, so only the missing date is reported.

    Given a dossier in which Zardari's statement to the Indian press has no date
      """
      agents:
        - {id: asif-ali-zardari, name: Asif Ali Zardari, kind: person}
        - {id: indian-press, name: the Indian press, kind: group}
      sources:
        - id: zardari-indian-press-2008
          kind: statement
          title: Zardari's statement to the Indian press
          authors: [asif-ali-zardari]
          publisher: indian-press
          published: 2008
      claims:
        - id: zardari-no-first-use-2008
          text: Pakistan would adopt a no-first-use policy on nuclear weapons.
          kind: indirect
          speaker: asif-ali-zardari
          source: zardari-indian-press-2008
      """
    When the dossier is validated
    Then the validator reports PV008 undated as a warning on claim zardari-no-first-use-2008
    And it points at line 12 of the dossier
    And the validator does not report PV005 chronology
    And that is the only finding

  Scenario: "Recent media reports" is a vague source
    Given a dossier in which Patterson's "recent media reports" are recorded as a source
      """
      agents:
        - {id: unnamed-media, name: unnamed media outlets, kind: group}
      sources:
        - id: recent-media-reports-2009
          kind: unknown
          title: recent media reports
          authors: [unnamed-media]
          published: ../2009-02-19
      """
    When the dossier is validated
    Then the validator reports PV009 vague-source as a warning on source recent-media-reports-2009
    And it points at line 4 of the dossier
    And that is the only finding

  Scenario: A headline that credits WikiLeaks, which only released the cable, is a warning
    Given a dossier in which the headline credits the cable's words to WikiLeaks
      """
      agents:
        - {id: anne-patterson, name: Anne Patterson, kind: person}
        - {id: wikileaks, name: WikiLeaks, kind: organization}
      sources:
        - id: us-cable-2009-02-19
          kind: diplomatic_cable
          title: US embassy Islamabad cable ahead of General Kayani's visit
          authors: [anne-patterson]
          published: 2009-02-19
          released: {by: wikileaks, date: ../2011-05-06}
      claims:
        - id: headline-kayani-not-on-board
          text: Kayani is not on board with Zardari's no-first-use nuclear policy.
          kind: paraphrase
          speaker: anne-patterson
          source: us-cable-2009-02-19
          date: 2009-02-19
          attributed_to: wikileaks
      """
    When the dossier is validated
    Then the validator reports PV010 conduit-attribution as a warning on claim headline-kayani-not-on-board
    And it points at line 12 of the dossier
    And its message mentions "only released 'us-cable-2009-02-19'"
    And that is the only finding

  Scenario: A cable and an article that cite each other form a cycle
    The cable cannot cite the NDTV article that reported it two years later:
    the chain has no origin, and the backwards link is also out of time order.

    Given a dossier in which the cable and NDTV's article cite each other
      """
      agents:
        - {id: anne-patterson, name: Anne Patterson, kind: person}
        - {id: ndtv, name: NDTV, kind: organization}
      sources:
        - id: ndtv-2011-05-06-kayani-nfu
          kind: news_article
          title: "Kayani not on board with Zardari's 'no-first-use' N-policy: WikiLeaks"
          publisher: ndtv
          published: 2011-05-06
          cites: [us-cable-2009-02-19]
        - id: us-cable-2009-02-19
          kind: diplomatic_cable
          title: US embassy Islamabad cable ahead of General Kayani's visit
          authors: [anne-patterson]
          published: 2009-02-19
          cites: [ndtv-2011-05-06-kayani-nfu]
      """
    When the dossier is validated
    Then the validator reports exactly these findings:
      | code  | rule           | severity | kind   | id                         | line |
      | PV011 | citation-cycle | error    | source | ndtv-2011-05-06-kayani-nfu | 5    |
      | PV011 | citation-cycle | error    | source | us-cable-2009-02-19        | 11   |
      | PV005 | chronology     | error    | source | us-cable-2009-02-19        | 11   |

  Scenario: A direct quote of Zardari sourced to Patterson's cable is a warning
    Zardari did not write the cable, and nothing in the dossier says how his
    words got into it.

    Given a dossier in which Zardari is quoted directly from the cable
      """
      agents:
        - {id: anne-patterson, name: Anne Patterson, kind: person}
        - {id: asif-ali-zardari, name: Asif Ali Zardari, kind: person}
      sources:
        - id: us-cable-2009-02-19
          kind: diplomatic_cable
          title: US embassy Islamabad cable ahead of General Kayani's visit
          authors: [anne-patterson]
          published: 2009-02-19
      claims:
        - id: zardari-no-first-use-2008
          text: Pakistan would adopt a no-first-use policy on nuclear weapons.
          kind: direct
          speaker: asif-ali-zardari
          source: us-cable-2009-02-19
          date: 2008
      """
    When the dossier is validated
    Then the validator reports PV012 speaker-not-in-source as a warning on claim zardari-no-first-use-2008
    And it points at line 11 of the dossier
    And that is the only finding

  Scenario: Patterson's claim embedding Zardari's words explains how the cable got them
    Given a dossier in which Patterson's claim in the cable embeds Zardari's direct quote
      """
      agents:
        - {id: anne-patterson, name: Anne Patterson, kind: person}
        - {id: asif-ali-zardari, name: Asif Ali Zardari, kind: person}
      sources:
        - id: us-cable-2009-02-19
          kind: diplomatic_cable
          title: US embassy Islamabad cable ahead of General Kayani's visit
          authors: [anne-patterson]
          published: 2009-02-19
      claims:
        - id: patterson-kayani-opposes-nfu
          text: Kayani does not support Zardari's 2008 no-first-use statement.
          kind: indirect
          speaker: anne-patterson
          source: us-cable-2009-02-19
          date: 2009-02-19
          embeds: [zardari-no-first-use-2008]
        - id: zardari-no-first-use-2008
          text: Pakistan would adopt a no-first-use policy on nuclear weapons.
          kind: direct
          speaker: asif-ali-zardari
          source: us-cable-2009-02-19
          date: 2008
      """
    When the dossier is validated
    Then the validator does not report PV012 speaker-not-in-source
    And the validator finds nothing to report

  Scenario: A quote that reached the article through two reports is explained by the chain
    NDTV's article quotes Zardari's words. They got there through two reports:
    NDTV reports Patterson's cable, and the cable reports Zardari. NDTV's claim
    in the article embeds Patterson's, which embeds Zardari's, and that chain
    explains the quote, though Patterson's claim is recorded in the cable.

    Given a dossier in which NDTV's article quotes Zardari through Patterson's cable
      """
      agents:
        - {id: ndtv, name: NDTV, kind: organization}
        - {id: anne-patterson, name: Anne Patterson, kind: person}
        - {id: asif-ali-zardari, name: Asif Ali Zardari, kind: person}
      sources:
        - {id: ndtv-2011-05-06-kayani-nfu, kind: news_article, publisher: ndtv, published: 2011-05-06}
        - {id: us-cable-2009-02-19, kind: diplomatic_cable, authors: [anne-patterson], published: 2009-02-19}
      claims:
        - id: ndtv-cable-says-kayani-opposes-nfu
          text: A US cable says Kayani does not support Zardari's no-first-use statement.
          speaker: ndtv
          source: ndtv-2011-05-06-kayani-nfu
          date: 2011-05-06
          embeds: [patterson-kayani-opposes-nfu]
        - id: patterson-kayani-opposes-nfu
          text: Kayani does not support Zardari's 2008 no-first-use statement.
          speaker: anne-patterson
          source: us-cable-2009-02-19
          date: 2009-02-19
          embeds: [zardari-no-first-use-2008]
        - id: zardari-no-first-use-2008
          text: Pakistan would adopt a no-first-use policy on nuclear weapons.
          kind: direct
          speaker: asif-ali-zardari
          source: ndtv-2011-05-06-kayani-nfu
          date: 2008
      """
    When the dossier is validated
    Then the validator does not report PV012 speaker-not-in-source
    And the validator finds nothing to report
