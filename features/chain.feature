Feature: Following a claim back through the chain that brought it to us
  Attribution is usually nested. NDTV's article of 6 May 2011 reports a US
  cable, released by WikiLeaks, in which ambassador Anne Patterson wrote on
  19 February 2009 that General Kayani does not support what President
  Zardari told the Indian press in 2008. Tracing a claim shows each link:
  who said it, when, in which document, who released and reported that
  document, and which earlier claims it carries inside it.

  Background:
    Given the seed dossier of NDTV's article of 2011-05-06

  Scenario: The seed dossier is complete and has no errors
    When the dossier is validated
    Then the validator reports no errors
    And the dossier holds at least 9 agents, 4 sources and 12 claims

  Scenario: The seed's headline credit to WikiLeaks is noticed
    The headline reads "Kayani not on board with Zardari's 'no-first-use'
    N-policy: WikiLeaks". WikiLeaks released the cable; Anne Patterson wrote it.

    When the dossier is validated
    Then the validator reports PV010 conduit-attribution as a warning on claim headline-kayani-not-on-board
    And its message mentions "the speaker is 'anne-patterson'"

  Scenario: Patterson's claim about Kayani, traced back to Zardari's 2008 statement
    When I trace the claim patterson-kayani-opposes-nfu
    Then it was said by Anne Patterson (anne-patterson) on 2009-02-19
    And it was said in the diplomatic_cable us-cable-2009-02-19
    And that document was written by Anne Patterson (anne-patterson)
    And that document was released by WikiLeaks (wikileaks)
    And it was reported by NDTV (ndtv) on 2011-05-06
    And it embeds the claim zardari-no-first-use-2008

    When I follow it to the embedded claim zardari-no-first-use-2008
    Then it was said by Asif Ali Zardari (asif-ali-zardari) on 2008
    And it was said in the statement zardari-indian-press-2008
    And that document was published by the Indian press (indian-press)
    And that document was not released by anyone else
    And it embeds no further claim

  Scenario: NDTV's "this week" comparison leads to the Pakistani government's reaction
    When I trace the claim ndtv-gop-worried-then-as-now
    Then it was said by NDTV (ndtv) on 2011-05-06
    And it was said in the news_article ndtv-2011-05-06-kayani-nfu
    And it embeds the claim gop-worried-this-week-2011

    When I follow it to the embedded claim gop-worried-this-week-2011
    Then it was said by Government of Pakistan (government-of-pakistan) on 2011-04-30/2011-05-06

  Scenario: Tracing a claim that is not in the dossier is refused
    When I trace the claim kayani-supports-nfu
    Then the trace is refused with the message "no claim with id 'kayani-supports-nfu' in the dossiers given"
