Feature: Dates as newsrooms know them: partial, approximate, or a span
  A claim is often dated "2008" or "this week", not to the day. A dossier may
  write a year (2008), a month (2011-05), a day (2009-02-19), an approximate
  year (2008~), or a span (2011-04-30/2011-05-06, or ../2009-02-19 for "some
  time up to 19 February 2009").

  The validator only calls dates out of order (PV005 chronology) when that is
  true for every day each date can mean. "2008" is before "2009-02-19";
  "2011-05" is neither before nor after "2011-05-06", because it contains it.

  Scenario Outline: A claim's date is compared with its source and its later report by the days each can mean
    Given a dossier in which <situation>
      """
      agents:
        - {id: <speaker>, name: <speaker name>, kind: person}
        - {id: ndtv, name: NDTV, kind: organization}
      sources:
        - id: recording-document
          kind: statement
          title: The document in which the words were recorded
          authors: [<speaker>]
          published: <source date>
        - id: ndtv-report
          kind: news_article
          title: NDTV's report of the words
          publisher: ndtv
          published: <reported on>
      claims:
        - id: dated-claim
          text: <situation>
          kind: indirect
          speaker: <speaker>
          source: recording-document
          date: <claim date>
          appearances:
            - source: ndtv-report
              date: <reported on>
      """
    When the dossier is validated
    Then PV005 chronology is <verdict> on claim dated-claim
    And no rule other than PV005 chronology is reported

    Examples: Claim and source
      | situation                                                              | speaker          | speaker name     | claim date            | source date | reported on | verdict      |
      | Zardari's 2008 statement is recorded in the cable of 2009-02-19        | asif-ali-zardari | Asif Ali Zardari | 2008                  | 2009-02-19  | 2011-05-06  | not reported |
      | a claim made "about 2008" is recorded in the cable of 2009-02-19       | asif-ali-zardari | Asif Ali Zardari | 2008~                 | 2009-02-19  | 2011-05-06  | not reported |
      | a claim made in May 2011 is recorded in an article of 2011-05-06       | anne-patterson   | Anne Patterson   | 2011-05               | 2011-05-06  | 2011-05-06  | not reported |
      | a claim made "this week" is recorded in an article of 2011-05-06       | anne-patterson   | Anne Patterson   | 2011-04-30/2011-05-06 | 2011-05-06  | 2011-05-06  | not reported |
      | a claim made "recently" is recorded in the cable of 2009-02-19         | anne-patterson   | Anne Patterson   | ../2009-02-19         | 2009-02-19  | 2011-05-06  | not reported |
      | Patterson's claim is dated 2010 but her cable is of 2009-02-19         | anne-patterson   | Anne Patterson   | 2010                  | 2009-02-19  | 2011-05-06  | reported     |
      | a claim is dated the day after the article of 2011-05-06 recording it  | anne-patterson   | Anne Patterson   | 2011-05-07            | 2011-05-06  | 2011-05-07  | reported     |

    Examples: Claim and its later report
      | situation                                                                 | speaker        | speaker name   | claim date | source date | reported on | verdict      |
      | NDTV reports the cable of 2009-02-19 on 2011-05-06                        | anne-patterson | Anne Patterson | 2009-02-19 | 2009-02-19  | 2011-05-06  | not reported |
      | a report dated only "2009" reports the cable of 2009-02-19                | anne-patterson | Anne Patterson | 2009-02-19 | 2009-02-19  | 2009        | not reported |
      | a report dated 2008-05-06 reports the cable written on 2009-02-19         | anne-patterson | Anne Patterson | 2009-02-19 | 2009-02-19  | 2008-05-06  | reported     |

  Scenario: A document cannot cite one written after it
    Given a dossier in which the cable of 2009-02-19 cites NDTV's article of 2011-05-06
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
        - id: us-cable-2009-02-19
          kind: diplomatic_cable
          title: US embassy Islamabad cable ahead of General Kayani's visit
          authors: [anne-patterson]
          published: 2009-02-19
          cites: [ndtv-2011-05-06-kayani-nfu]
      """
    When the dossier is validated
    Then the validator reports PV005 chronology as an error on source us-cable-2009-02-19
    And it points at line 10 of the dossier
    And its message mentions "published 2011-05-06"
    And that is the only finding

  Scenario: A date that does not exist is refused when the dossier is read
    Given a dossier in which the cable is dated 30 February 2009
      """
      sources:
        - id: us-cable-2009-02-19
          kind: diplomatic_cable
          title: US embassy Islamabad cable ahead of General Kayani's visit
          published: 2009-02-30
      """
    When the dossier is read
    Then reading stops at line 5 of the dossier, on the field sources[0].published
    And the reason given is "'2009-02-30': day 30 does not exist in 2009-02"
