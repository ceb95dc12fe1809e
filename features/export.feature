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
