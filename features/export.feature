Feature: Exports for fact-checkers and CI tools
  A dossier can be exported as one canonical JSON document. Canonical means
  the same dossier always gives exactly the same text: agents, sources and
  claims each sorted by id, so that a change in a dossier shows up as a small,
  readable difference, and nothing else moves.

  The validator's report can also be written as JSON, for CI tools to read.

  Background:
    Given the seed dossier of NDTV's article of 2011-05-06

  Scenario: The canonical export lists agents, sources and claims by id
    When the dossier is exported as canonical JSON
    Then the export holds the sections agents, sources and claims, in that order
    And the agents, sources and claims are each listed in order of id
    And the export holds every agent, source and claim of the dossier

  Scenario: Loading the export back and exporting it again changes nothing
    When the dossier is exported as canonical JSON
    And the export is saved beside the dossier, loaded back and exported again
    Then the second export is identical to the first, byte for byte

  Scenario: Dates are exported exactly as the editor wrote them
    When the dossier is exported as canonical JSON
    Then in the export, claim zardari-no-first-use-2008 has date "2008"
    And in the export, claim gop-worried-this-week-2011 has date "2011-04-30/2011-05-06"
    And in the export, source us-cable-2009-02-19 has published "2009-02-19"
    And in the export, source recent-media-reports-2009 has published "../2009-02-19"

  Scenario: The JSON report of a validation, for CI tools
    Given a dossier file "unsourced.yaml" in which Anne Patterson's claim names no source
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
    When I run "provenance validate --format json unsourced.yaml"
    Then the exit code is 1
    And the output is a JSON report with findings and a summary
    And each finding in the report has the keys code, rule, severity, message, object, file, line, hint
    And the summary in the report has the keys files, agents, sources, claims, errors, warnings, infos
    And the report lists PV001 unattributed-claim as an error on claim kayani-opposes-nfu, in unsourced.yaml at line 5
    And the report's summary counts 1 file, 2 agents, 0 sources, 1 claim, 1 error, 0 warnings, 0 infos

  Scenario: The JSON report of the seed dossier counts its warnings
    When I run "provenance validate --format json fixtures/ndtv-kayani-2011"
    Then the exit code is 0
    And the output is a JSON report with findings and a summary
    And the summary in the report has the keys files, agents, sources, claims, errors, warnings, infos
    And the report lists PV010 conduit-attribution as a warning on claim headline-kayani-not-on-board, in fixtures/ndtv-kayani-2011/dossier.yaml
    And the summary's count of warnings matches the warnings the report lists

  Scenario: A desk's rating of a claim, in the shape Google's Fact Check Tools API returns
    A desk that rates claims records its verdict as the claim's `review`. The
    fact-check export writes each rated claim as Google's Fact Check Tools API
    gives it to the tools built on it, and keeps four parties apart: who said
    it (the claimant), where it first appeared, where it was reported later,
    and who rated it. Everything in this example is invented.
    Given a dossier file "rated.yaml" in which a demo desk rates a councillor's claim
      """
      agents:
        - {id: maria-okafor, name: Maria Okafor, kind: person}
        - {id: ashvale-courier, name: Ashvale Courier, kind: organization}
        - {id: example-fact-desk, name: Example Fact Desk, kind: organization, url: "https://factdesk.example"}
      sources:
        - id: budget-speech
          kind: speech
          authors: [maria-okafor]
          published: 2024-02-13
          url: https://council.ashvale.example/meetings/2024-02-13/okafor
        - id: courier-report
          kind: news_article
          publisher: ashvale-courier
          published: 2024-02-14
          url: https://courier.ashvale.example/2024/02/14/okafor-library-budget
      claims:
        - id: library-budget-halved
          text: Ashvale's library budget has been cut in half since 2019.
          speaker: maria-okafor
          source: budget-speech
          date: 2024-02-13
          appearances: [{source: courier-report, date: 2024-02-14}]
          review:
            rating: Misleading
            rating_value: 2
            reviewer: example-fact-desk
            date: 2024-02-20
            url: https://factdesk.example/checks/2024/ashvale-library-budget
            language: en
        - id: library-opening-hours
          text: The library now opens three days a week.
          speaker: maria-okafor
          source: budget-speech
          date: 2024-02-13
      """
    When I run "provenance export --format factcheck-api rated.yaml"
    Then the exit code is 0
    And the fact-check export lists 1 rated claim
    And its claimant is "Maria Okafor", who made the claim on "2024-02-13T00:00:00Z"
    And it first appeared at "https://council.ashvale.example/meetings/2024-02-13/okafor"
    And it later appeared at "https://courier.ashvale.example/2024/02/14/okafor-library-budget"
    And it was rated "Misleading" by "Example Fact Desk" of factdesk.example on "2024-02-20T00:00:00Z"

  Scenario: A dossier nobody has rated gives no fact-checks
    When I run "provenance export --format factcheck-api fixtures/ndtv-kayani-2011"
    Then the exit code is 0
    And the fact-check export lists 0 rated claims

  Scenario: In ClaimReview JSON-LD the claim reviewed is short, and the verdict is in words
    Google asks that the claim reviewed be shown in fewer than 75 characters.
    A longer claim is cut after a whole word, never inside one, and ends with
    an ellipsis; the desk's verdict in words goes in the rating's
    alternateName, beside its number.
    Given a dossier file "rated.yaml" in which a demo desk rates a long claim
      """
      agents:
        - {id: maria-okafor, name: Maria Okafor, kind: person}
        - {id: example-fact-desk, name: Example Fact Desk, kind: organization}
      sources:
        - {id: budget-speech, kind: speech, authors: [maria-okafor], published: 2024-02-13}
      claims:
        - id: consultants-more-than-parks
          text: Ashvale has spent more on consultants in the last two years than on all of its parks put together.
          speaker: maria-okafor
          source: budget-speech
          date: 2024-02-13
          review: {rating: "False", rating_value: 1, reviewer: example-fact-desk, date: 2024-02-21}
      """
    When I run "provenance export --format claimreview rated.yaml"
    Then the exit code is 0
    And the ClaimReview of claim consultants-more-than-parks reviews "Ashvale has spent more on consultants in the last two years than on all…"
    And its verdict in words is "False", rated 1
    And it is written by agent example-fact-desk about a claim said by agent maria-okafor

  Scenario: A review names a reviewer the dossier defines, and comes after the claim
    Given a dossier in which the desk's id is misspelt and the review is dated before the speech
      """
      agents:
        - {id: maria-okafor, name: Maria Okafor, kind: person}
        - {id: example-fact-desk, name: Example Fact Desk, kind: organization}
      sources:
        - {id: budget-speech, kind: speech, authors: [maria-okafor], published: 2024-02-13}
      claims:
        - id: library-budget-halved
          text: Ashvale's library budget has been cut in half since 2019.
          speaker: maria-okafor
          source: budget-speech
          date: 2024-02-13
          review: {rating: Misleading, reviewer: example-fact-dsk, date: 2024-01-20}
      """
    When the dossier is validated
    Then the validator reports exactly these findings:
      | code  | rule               | severity | kind  | id                    | line |
      | PV003 | dangling-reference | error    | claim | library-budget-halved | 7    |
      | PV005 | chronology         | error    | claim | library-budget-halved | 7    |
