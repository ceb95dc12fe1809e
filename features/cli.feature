Feature: Checking dossiers from the command line, as a CI job does
  `provenance validate` reads dossiers and prints one line per finding, in the
  form compilers use, so that an editor can jump straight to the line:

      file:line: CODE [severity] message (kind id)

  Its exit code tells a CI job what to do: 0 means the dossier may go ahead,
  1 means it has findings at or above the chosen severity (errors, unless
  --fail-on says otherwise), and 2 means the dossier could not be read at all.

  Background:
    Given the seed dossier of NDTV's article of 2011-05-06
    And a dossier file "unsourced.yaml" in which Anne Patterson's claim names no source
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
    And a dossier file "undated.yaml" in which Zardari's statement has no date, which is only a warning
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

  Scenario Outline: The exit code tells CI whether the dossier may go ahead
    When I run "<command>"
    Then the exit code is <exit code>

    Examples:
      | command                                                    | exit code | because                                  |
      | provenance validate fixtures/ndtv-kayani-2011              | 0         | the seed has warnings but no errors      |
      | provenance validate unsourced.yaml                         | 1         | a claim with no source is an error       |
      | provenance validate undated.yaml                           | 0         | a missing date is only a warning         |
      | provenance validate --fail-on warning undated.yaml         | 1         | this CI job also refuses warnings        |
      | provenance validate --fail-on warning fixtures/ndtv-kayani-2011 | 1    | the seed's warnings now count            |
      | provenance validate --ignore PV001 unsourced.yaml          | 0         | the desk has switched the rule off       |
      | provenance validate unsourced.yaml fixtures/ndtv-kayani-2011 | 1       | one bad file fails the whole run         |

  Scenario: Each finding is one line that names the file, the line and the object
    When I run "provenance validate unsourced.yaml"
    Then the exit code is 1
    And every finding is printed as file:line: CODE [severity] message (kind id)
    And the output contains the line "unsourced.yaml:5: PV001 [error] claim has no source: nothing says where it was said (claim kayani-opposes-nfu)"
    And the output ends with the summary "1 file, 2 agents, 0 sources, 1 claim: 1 error, 0 warnings, 0 infos"

  Scenario: A badly indented list item stops the run with a one-line error
    Given a dossier file "bad-indent.yaml" in which the second agent is indented one space too few
      """
      agents:
        - id: anne-patterson
          name: Anne Patterson
       - id: ndtv
          name: NDTV
      """
    When I run "provenance validate bad-indent.yaml"
    Then the exit code is 2
    And the error is a single line naming bad-indent.yaml at line 4
    And the error mentions "invalid YAML"

  Scenario: A misspelt field name stops the run, naming the field
    Fields that are not in the dossier contract are never silently dropped:
    "speeker" is not "speaker".

    Given a dossier file "typo.yaml" in which the speaker field is misspelt "speeker"
      """
      agents:
        - {id: anne-patterson, name: Anne Patterson, kind: person}
      claims:
        - id: kayani-opposes-nfu
          text: Kayani does not support Zardari's no-first-use statement.
          speeker: anne-patterson
          source: us-cable-2009-02-19
      """
    When I run "provenance validate typo.yaml"
    Then the exit code is 2
    And the error is a single line naming typo.yaml at line 6
    And the error mentions "claims[0].speeker: unknown field"

  Scenario: A dossier that does not exist stops the run with a one-line error
    When I run "provenance validate missing.yaml"
    Then the exit code is 2
    And the error is a single line naming missing.yaml
    And the error mentions "no such file or directory"
