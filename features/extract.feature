Feature: Extraction proposes the claims an editor would record from an article
  Fact-checkers start from articles, not from YAML. `provenance extract` reads
  an article's text and proposes a draft dossier: who said what, with which
  cue, where in the text, and through which chain. Every proposal is marked
  as a draft until an editor has checked it; the draft is already a dossier
  the validator accepts, so extract, edit, validate is the path to a reviewed
  dossier.

  Scenario: The cable's words in NDTV's article are Anne Patterson's
    Given NDTV's article of 2011-05-06 as plain text
    When I extract a draft dossier from it
    Then the quotation beginning "Although he has remained silent" is proposed as said by Anne Patterson, with the cue "wrote"
    And the quotation beginning "Despite increasing financial constraints" is proposed as said by Anne Patterson, with the cue "stressed"
    And the quotation beginning "As recent media reports indicate" is proposed as said by Anne Patterson, with the cue "states"
    And "Anne Patterson", "Ms Patterson" and "the Ambassador" are one agent
    And Asif Ali Zardari's claim beginning "Pakistan would adopt" is embedded in the claim beginning "Although he has remained silent"
    And every claim is marked as a draft, with the offsets of its words, its speaker and its cue
    And the draft validates with no errors

  Scenario: A quotation split by its cue is one claim with two parts
    Given an article whose text is
      """
      Maria Okonkwo chairs the council's transport committee.

      “This is not a decision anyone wanted,” she said, “but it is the only responsible one.”
      """
    When I extract a draft dossier from it
    Then there is 1 claim, said by Maria Okonkwo
    And its quote is "This is not a decision anyone wanted, ... but it is the only responsible one."

  Scenario: Indirect speech and "according to" are proposed too
    Given an article whose text is
      """
      Twelve residents were treated for smoke inhalation, according to the fire service.

      The regulator's head, Karl Weber, warned that fines could follow.
      """
    When I extract a draft dossier from it
    Then the claim "Twelve residents were treated for smoke inhalation" is indirect, said by fire service, with the cue "according to"
    And the claim "fines could follow" is indirect, said by Karl Weber, with the cue "warned"
