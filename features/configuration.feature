Feature: A desk's own settings for the validator
  A desk can decide, once for all its dossiers, which rules it does not want,
  how serious a finding is for it, and which findings fail the build. The
  settings go in the [tool.provenance] table of the pyproject.toml in the
  folder where `provenance validate` runs, or at the top of a provenance.toml
  there. A flag given on the command line wins over the file.

  One finding can also be accepted where it is written: a `noqa` entry on the
  agent, source or claim names the rule and the reason the desk accepts it.
  Such a finding is not printed, but it is still counted, so that nothing is
  silenced unnoticed.

  Background:
    Given a dossier file "desk.yaml" in which the cable cites "recent media reports" and the headline credits WikiLeaks
      """
      agents:
        - {id: anne-patterson, name: Anne Patterson, kind: person}
        - {id: wikileaks, name: WikiLeaks, kind: organization}
        - {id: unnamed-media, name: unnamed media outlets, kind: group}
      sources:
        - id: us-cable-2009-02-19
          kind: diplomatic_cable
          title: US embassy Islamabad cable ahead of General Kayani's visit
          authors: [anne-patterson]
          published: 2009-02-19
          released: {by: wikileaks, date: ../2011-05-06}
          cites: [recent-media-reports-2009]
        - id: recent-media-reports-2009
          kind: unknown
          title: recent media reports
          authors: [unnamed-media]
          published: ../2009-02-19
      claims:
        - id: headline-kayani-not-on-board
          text: Kayani is not on board with Zardari's no-first-use nuclear policy.
          kind: paraphrase
          speaker: anne-patterson
          source: us-cable-2009-02-19
          date: 2009-02-19
          attributed_to: wikileaks
      """

  Scenario: Without settings, the vague source and the WikiLeaks credit are warnings
    When I run "provenance validate desk.yaml"
    Then the exit code is 0
    And the output is exactly
      """
      desk.yaml:13: PV009 [warning] source is of kind `unknown`: no document is identified (source recent-media-reports-2009)
      desk.yaml:19: PV010 [warning] attributed to 'wikileaks', which only released 'us-cable-2009-02-19'; the speaker is 'anne-patterson' (claim headline-kayani-not-on-board)
      1 file, 3 agents, 2 sources, 1 claim: 0 errors, 2 warnings, 0 infos
      """

  Scenario: A desk that accepts vague sources switches the rule off in pyproject.toml
    Given a settings file "pyproject.toml" in which the desk ignores PV009
      """
      [tool.provenance]
      ignore = ["PV009"]
      """
    When I run "provenance validate desk.yaml"
    Then the exit code is 0
    And the output is exactly
      """
      desk.yaml:19: PV010 [warning] attributed to 'wikileaks', which only released 'us-cable-2009-02-19'; the speaker is 'anne-patterson' (claim headline-kayani-not-on-board)
      1 file, 3 agents, 2 sources, 1 claim: 0 errors, 1 warning, 0 infos
      """

  Scenario: A desk that will not credit WikiLeaks for a cable makes it an error
    Given a settings file "pyproject.toml" in which the desk makes PV010 an error
      """
      [tool.provenance]
      severity = { PV010 = "error" }
      """
    When I run "provenance validate desk.yaml"
    Then the exit code is 1
    And the output contains the line "desk.yaml:19: PV010 [error] attributed to 'wikileaks', which only released 'us-cable-2009-02-19'; the speaker is 'anne-patterson' (claim headline-kayani-not-on-board)"
    And the output contains the line "desk.yaml:13: PV009 [warning] source is of kind `unknown`: no document is identified (source recent-media-reports-2009)"
    And the output ends with the summary "1 file, 3 agents, 2 sources, 1 claim: 1 error, 1 warning, 0 infos"

  Scenario: A desk that wants every warning looked at fails the build on warnings
    Given a settings file "pyproject.toml" in which the desk fails on warnings
      """
      [tool.provenance]
      fail-on = "warning"
      """
    When I run "provenance validate desk.yaml"
    Then the exit code is 1
    And the output ends with the summary "1 file, 3 agents, 2 sources, 1 claim: 0 errors, 2 warnings, 0 infos"

  Scenario: A flag on the command line wins over the settings file
    Given a settings file "pyproject.toml" in which the desk fails on warnings
      """
      [tool.provenance]
      fail-on = "warning"
      """
    When I run "provenance validate --fail-on error desk.yaml"
    Then the exit code is 0
    And the output ends with the summary "1 file, 3 agents, 2 sources, 1 claim: 0 errors, 2 warnings, 0 infos"

  Scenario: A provenance.toml holds the same settings, at its top level
    Given a settings file "provenance.toml" in which the desk ignores PV009 and makes PV010 an error
      """
      ignore = ["PV009"]
      severity = { PV010 = "error" }
      """
    When I run "provenance validate desk.yaml"
    Then the exit code is 1
    And the output is exactly
      """
      desk.yaml:19: PV010 [error] attributed to 'wikileaks', which only released 'us-cable-2009-02-19'; the speaker is 'anne-patterson' (claim headline-kayani-not-on-board)
      1 file, 3 agents, 2 sources, 1 claim: 1 error, 0 warnings, 0 infos
      """

  Scenario: A misspelt setting stops the run with a one-line error naming the file, line and key
    Settings are never silently ignored: "fail_on" is not "fail-on", and a desk
    that believes its build fails on warnings must be told that it does not.

    Given a settings file "pyproject.toml" in which "fail-on" is misspelt "fail_on"
      """
      [tool.provenance]
      ignore = ["PV009"]
      fail_on = "warning"
      """
    When I run "provenance validate desk.yaml"
    Then the exit code is 2
    And the error is a single line naming the settings file pyproject.toml at line 3
    And the error mentions "fail_on: unknown setting (known: select, ignore, fail-on, severity)"

  Scenario: One vague source accepted where it is written is not printed, but still counted
    The cable names no outlet for its "recent media reports"; the desk records
    why it accepts that on the source itself.

    Given a dossier file "reviewed.yaml" in which the "recent media reports" source carries the desk's reason for accepting it
      """
      agents:
        - {id: anne-patterson, name: Anne Patterson, kind: person}
        - {id: unnamed-media, name: unnamed media outlets, kind: group}
      sources:
        - id: us-cable-2009-02-19
          kind: diplomatic_cable
          title: US embassy Islamabad cable ahead of General Kayani's visit
          authors: [anne-patterson]
          published: 2009-02-19
          cites: [recent-media-reports-2009]
        - id: recent-media-reports-2009
          kind: unknown
          title: recent media reports
          authors: [unnamed-media]
          published: ../2009-02-19
          noqa: ['PV009: the cable names no outlet']
      """
    When I run "provenance validate reviewed.yaml"
    Then the exit code is 0
    And the output is exactly
      """
      1 file, 2 agents, 2 sources, 0 claims: 0 errors, 0 warnings, 0 infos, 1 suppressed
      """

  Scenario: The JSON report lists an accepted finding with the desk's reason
    Given a dossier file "reviewed.yaml" in which the "recent media reports" source carries the desk's reason for accepting it
      """
      agents:
        - {id: unnamed-media, name: unnamed media outlets, kind: group}
      sources:
        - id: recent-media-reports-2009
          kind: unknown
          title: recent media reports
          authors: [unnamed-media]
          published: ../2009-02-19
          noqa: ['PV009: the cable names no outlet']
      """
    When I run "provenance validate --format json reviewed.yaml"
    Then the exit code is 0
    And the output is a JSON report with findings and a summary
    And the report lists no findings
    And the report lists PV009 vague-source as a warning on source recent-media-reports-2009, in reviewed.yaml at line 4, as suppressed because "the cable names no outlet"
    And the report's summary counts 0 errors, 0 warnings, 0 infos, 1 suppressed
