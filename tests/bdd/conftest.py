"""Step definitions for the living specs in ``features/``.

The feature files are written for editors; these steps translate their
sentences into library calls (``load``, ``validate``, ``export``, ``trace``,
``SourceText.anchor``) or, for the command-line features, into runs of the real
CLI through typer's ``CliRunner``. Every dossier and settings file a scenario
writes goes into pytest's ``tmp_path``, which is also the working folder of CLI
runs, so a settings file written there is the one `provenance validate` finds.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import pytest
from pytest_bdd import given, parsers, then, when
from typer.testing import CliRunner, Result

from provenance import (
    RULES,
    Finding,
    InputError,
    Report,
    Severity,
    UsageError,
    export,
    load,
    trace,
    validate,
)
from provenance.anchoring import Anchor, SourceText
from provenance.cli import app

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "ndtv-kayani-2011"
SEED_COPY = Path("fixtures") / "ndtv-kayani-2011"  # where scenarios find it, under tmp_path

# --- Typed pieces of step sentences --------------------------------------------------------


def _typed(pattern: str, convert: Callable[[str], Any] = str) -> Callable[[str], Any]:
    def parse_type(text: str) -> Any:
        return convert(text)

    parse_type.pattern = pattern  # type: ignore[attr-defined]
    return parse_type


_VERDICT = {"reported": True, "not reported": False}
_DOCUMENT_ROLE: dict[str, Callable[[dict[str, Any]], list[Any]]] = {
    "written": lambda source: source["authors"],
    "published": lambda source: [source["publisher"]],
    "released": lambda source: [source.get("released", {}).get("by")],
}
TYPES = {
    "Code": _typed(r"PV\d{3}"),
    "Rule": _typed(r"[a-z]+(?:-[a-z]+)*"),
    "Severity": _typed(r"an? (?:error|warning|info)", lambda text: Severity(text.split()[-1])),
    "Kind": _typed(r"agent|source|claim"),
    "Id": _typed(r"[a-z0-9][a-z0-9._-]*"),
    "Verdict": _typed(r"reported|not reported", _VERDICT.__getitem__),
    "Role": _typed(r"written|published|released"),
    "File": _typed(r"[^\s]+"),
    "ReportPart": _typed(r"each finding in the report|the summary in the report"),
}
step = partial(parsers.parse, extra_types=TYPES)

A_FINDING = "{code:Code} {rule:Rule} as {severity:Severity} on {kind:Kind} {object_id:Id}"
"""How sentences name a finding: "PV001 unattributed-claim as an error on claim x"."""


def _words(text: str) -> list[str]:
    """ "a, b and c" -> ["a", "b", "c"]."""
    return [word for word in re.split(r",\s*|\s+and\s+", text.strip()) if word]


# --- Outcomes of actions that may be refused -----------------------------------------------

E = TypeVar("E", bound=Exception)


@dataclass(frozen=True)
class Outcome:
    """What an action gave back, or the error it was refused with."""

    result: Any = None
    error: Exception | None = None

    @classmethod
    def of(cls, action: Callable[[], Any]) -> Outcome:
        try:
            return cls(result=action())
        except (InputError, UsageError) as error:
            return cls(error=error)

    def value(self) -> Any:
        assert self.error is None, f"refused: {self.error}"
        return self.result

    def refusal(self, kind: type[E]) -> E:
        assert isinstance(self.error, kind), f"expected a {kind.__name__}, got {self!r}"
        return self.error


# --- Given: dossiers -----------------------------------------------------------------------


@given(step("a dossier in which {situation}"), target_fixture="dossier_path")
@given(step('a dossier file "{name}" in which {situation}'), target_fixture="dossier_path")
def a_dossier(
    write_dossier: Callable[..., Path], docstring: str, name: str = "dossier.yaml"
) -> Path:
    return write_dossier(docstring + "\n", name)


@given("the seed dossier of NDTV's article of 2011-05-06", target_fixture="dossier_path")
def the_seed_dossier(tmp_path: Path) -> Path:
    # A copy, so that scenarios (and CLI runs in tmp_path) can write beside it freely.
    return Path(shutil.copytree(SEED, tmp_path / SEED_COPY))


@given(step('a settings file "{name}" in which {situation}'))
def a_settings_file(tmp_path: Path, docstring: str, name: str) -> None:
    # Where `provenance validate` runs (see "I run"), so it is the nearest settings file.
    (tmp_path / name).write_text(docstring + "\n", encoding="utf-8")


# --- When: library calls -------------------------------------------------------------------


@when("the dossier is validated", target_fixture="report")
def validate_the_dossier(dossier_path: Path) -> Report:
    return validate(load([dossier_path]))


@when("the dossier files are validated together", target_fixture="report")
def validate_the_dossier_files(tmp_path: Path) -> Report:
    return validate(load([tmp_path]))


@when("the dossier is read", target_fixture="reading")
def read_the_dossier(dossier_path: Path) -> Outcome:
    return Outcome.of(lambda: load([dossier_path]))


@when(step("I trace the claim {claim_id:Id}"), target_fixture="chain")
def trace_a_claim(dossier_path: Path, claim_id: str) -> Outcome:
    return Outcome.of(lambda: trace(load([dossier_path]), claim_id))


@when(step("I follow it to the embedded claim {claim_id:Id}"), target_fixture="chain")
def follow_embedded_claim(chain: Outcome, claim_id: str) -> Outcome:
    embedded = [node for node in chain.value()["embeds"] if node["id"] == claim_id]
    assert embedded, f"claim {chain.value()['id']} does not embed {claim_id}"
    return Outcome(result=embedded[0])


@dataclass(frozen=True)
class QuoteSearch:
    """A quote looked for in a source's text, and where it was found (None: not found)."""

    text: str
    anchor: Anchor | None

    def selector(self, kind: str) -> dict[str, object]:
        assert self.anchor is not None, "the quote was not found"
        found = [s for s in self.anchor.selectors() if s["type"] == kind]
        assert len(found) == 1, self.anchor.selectors()
        return found[0]


@when(
    step("this quote is looked for in the text of source {source_id:Id}"),
    target_fixture="quote_search",
)
def look_for_quote(dossier_path: Path, source_id: str, docstring: str) -> QuoteSearch:
    graph = load([dossier_path])
    source = graph.source(source_id)
    assert source is not None, f"no source {source_id}"
    text = graph.text(source)
    assert text is not None, f"source {source_id} has no text"
    return QuoteSearch(text, SourceText(text).anchor(docstring))


@when("the dossier is exported as canonical JSON", target_fixture="exported")
def export_the_dossier(dossier_path: Path) -> str:
    return export(load([dossier_path]))


@when(
    "the export is saved beside the dossier, loaded back and exported again",
    target_fixture="re_exported",
)
def export_again(dossier_path: Path, exported: str) -> str:
    # Beside the dossier, because `text_file` paths in the export are relative to it.
    saved = (dossier_path if dossier_path.is_dir() else dossier_path.parent) / "exported.json"
    saved.write_text(exported, encoding="utf-8")
    return export(load([saved]))


# --- When: the command line ----------------------------------------------------------------


@when(step('I run "{command}"'), target_fixture="run")
def run_the_cli(command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Result:
    program, *args = shlex.split(command)
    assert program == "provenance", f"only provenance commands are run, not {program!r}"
    monkeypatch.chdir(tmp_path)
    return CliRunner().invoke(app, args)


# --- Then: findings ------------------------------------------------------------------------


def _findings_on(report: Report, code: str, kind: str, object_id: str) -> list[Finding]:
    return [
        f
        for f in report.findings
        if f.code == code and f.object.kind == kind and f.object.id == object_id
    ]


def _known_rule(code: str, rule: str) -> None:
    """Guards every sentence that names a rule: a typo must fail, not pass vacuously."""
    assert code in RULES, f"no rule {code}"
    assert RULES[code].name == rule, f"{code} is {RULES[code].name}, not {rule}"


def _listing(report: Report) -> str:
    return "\n".join(
        f"  {f.code} {f.severity} {f.object.kind} {f.object.id} line {f.line}: {f.message}"
        for f in report.findings
    )


@then(step("the validator reports " + A_FINDING), target_fixture="finding")
def reports_finding(
    report: Report, code: str, rule: str, severity: Severity, kind: str, object_id: str
) -> Finding:
    _known_rule(code, rule)
    found = _findings_on(report, code, kind, object_id)
    assert len(found) == 1, f"expected one {code} on {kind} {object_id}, got:\n{_listing(report)}"
    assert found[0].rule == rule
    assert found[0].severity is severity
    return found[0]


@then(step("it points at line {line:d} of the dossier"))
def finding_line(finding: Finding, line: int, dossier_path: Path) -> None:
    assert (finding.file, finding.line) == (dossier_path.as_posix(), line)


@then(step('its message mentions "{text}"'))
def finding_message(finding: Finding, text: str) -> None:
    assert text in finding.message


@then(step('its hint is "{text}"'))
def finding_hint(finding: Finding, text: str) -> None:
    assert finding.hint == text


@then(step("the validator does not report {code:Code} {rule:Rule}"))
def does_not_report(report: Report, code: str, rule: str) -> None:
    _known_rule(code, rule)
    assert code not in {f.code for f in report.findings}, _listing(report)


@then(step("{code:Code} {rule:Rule} is {verdict:Verdict} on {kind:Kind} {object_id:Id}"))
def reported_or_not(
    report: Report, code: str, rule: str, verdict: bool, kind: str, object_id: str
) -> None:
    _known_rule(code, rule)
    if verdict:
        assert _findings_on(report, code, kind, object_id), _listing(report)
    else:
        assert code not in {f.code for f in report.findings}, _listing(report)


@then(step("no rule other than {code:Code} {rule:Rule} is reported"))
def only_this_rule(report: Report, code: str, rule: str) -> None:
    _known_rule(code, rule)
    assert {f.code for f in report.findings} <= {code}, _listing(report)


@then("that is the only finding")
def only_finding(report: Report) -> None:
    assert len(report.findings) == 1, _listing(report)


@then("the validator finds nothing to report")
def no_findings(report: Report) -> None:
    assert report.findings == (), _listing(report)


@then("the validator reports no errors")
def no_errors(report: Report) -> None:
    assert report.summary.errors == 0
    assert all(f.severity is not Severity.error for f in report.findings), _listing(report)


@then("the validator reports exactly these findings:")
def exactly_these_findings(report: Report, datatable: list[list[str]]) -> None:
    header, *rows = datatable
    assert header == ["code", "rule", "severity", "kind", "id", "line"]
    for code, rule, *_ in rows:
        _known_rule(code, rule)
    actual = sorted(
        [f.code, f.rule, str(f.severity), f.object.kind, f.object.id, str(f.line)]
        for f in report.findings
    )
    assert actual == sorted(rows), _listing(report)


@then(step('it shows "{quoted}" in the quote against "{printed}" in the source'))
def misquote_difference(finding: Finding, quoted: str, printed: str) -> None:
    assert f"'{quoted}' in the quote, '{printed}' in the source" in finding.message, finding.message


_CLOSEST_PASSAGE = re.compile(r'; closest passage: "(.*)"\Z', re.S)


@then("the closest passage it shows is")
def closest_passage(finding: Finding, docstring: str) -> None:
    shown = _CLOSEST_PASSAGE.search(finding.message)
    assert shown is not None, finding.message
    assert shown.group(1) == docstring


@then("it shows no closest passage")
def no_closest_passage(finding: Finding) -> None:
    assert "closest passage" not in finding.message, finding.message


@then(
    step("the dossier holds at least {agents:d} agents, {sources:d} sources and {claims:d} claims")
)
def at_least_counts(report: Report, agents: int, sources: int, claims: int) -> None:
    summary = report.summary
    assert summary.agents >= agents and summary.sources >= sources and summary.claims >= claims


# --- Then: where quotes are found ----------------------------------------------------------


@then(step("the quote is found at characters {start:d} to {end:d} of the article"))
def quote_position(quote_search: QuoteSearch, start: int, end: int) -> None:
    position = quote_search.selector("TextPositionSelector")
    assert position == {"type": "TextPositionSelector", "start": start, "end": end}


@then(
    step(
        "the words recorded for it are the article's own, with {context:d} characters either side:"
    )
)
def quote_words(quote_search: QuoteSearch, context: int, datatable: list[list[str]]) -> None:
    words = quote_search.selector("TextQuoteSelector")
    position = quote_search.selector("TextPositionSelector")
    start, end, text = position["start"], position["end"], quote_search.text
    assert isinstance(start, int) and isinstance(end, int)
    # The selectors carry the article's characters exactly, line breaks and all ...
    assert words == {
        "type": "TextQuoteSelector",
        "exact": text[start:end],
        "prefix": text[max(0, start - context) : start],
        "suffix": text[end : end + context],
    }
    # ... which the table shows with line breaks as spaces.
    shown = {key: " ".join(str(value).split()) for key, value in words.items()}
    assert sorted(key for key, _ in datatable) == ["exact", "prefix", "suffix"], datatable
    for key, value in datatable:
        assert shown[key] == value, f"{key}: {words[key]!r}"


@then(
    step(
        "each of the {count:d} quotes the dossier takes from source {source_id:Id} "
        "is found in its text"
    )
)
def every_quote_found(dossier_path: Path, count: int, source_id: str) -> None:
    graph = load([dossier_path])
    source = graph.source(source_id)
    assert source is not None, f"no source {source_id}"
    text = graph.text(source)
    assert text is not None, f"source {source_id} has no text"
    quotes = [
        (entry.id, quote)
        for entry in graph.claims
        for quote, quoted_from in [
            (entry.obj.quote, entry.obj.source),
            *((a.quote, a.source) for a in entry.obj.appearances),
        ]
        if quote and quoted_from == source_id
    ]
    assert len(quotes) == count, quotes
    article = SourceText(text)
    missing = [(claim_id, quote) for claim_id, quote in quotes if article.anchor(quote) is None]
    assert missing == [], missing


# --- Then: reading errors ------------------------------------------------------------------


@then(step("reading stops at line {line:d} of the dossier, on the field {field}"))
def reading_stops(reading: Outcome, line: int, field: str, dossier_path: Path) -> None:
    error = reading.refusal(InputError)
    assert (error.file, error.line, error.field) == (dossier_path.as_posix(), line, field)
    assert str(error).startswith(f"{dossier_path.as_posix()}:{line}: {field}: ")
    assert "\n" not in str(error)


@then(step('the reason given is "{reason}"'))
def reading_reason(reading: Outcome, reason: str) -> None:
    assert reading.refusal(InputError).message == reason


# --- Then: the chain -----------------------------------------------------------------------


def _agent(name: str, agent_id: str) -> dict[str, str]:
    return {"id": agent_id, "name": name}


@then(step("it was said by {name} ({agent_id:Id}) on {date}"))
def said_by(chain: Outcome, name: str, agent_id: str, date: str) -> None:
    node = chain.value()
    assert (node["speaker"], node["date"]) == (_agent(name, agent_id), date)


@then(step("it was said in the {source_kind} {source_id:Id}"))
def said_in(chain: Outcome, source_kind: str, source_id: str) -> None:
    source = chain.value()["source"]
    assert (source["kind"], source["id"]) == (source_kind, source_id)


@then(step("that document was {role:Role} by {name} ({agent_id:Id})"))
def document_by(chain: Outcome, role: str, name: str, agent_id: str) -> None:
    assert _agent(name, agent_id) in _DOCUMENT_ROLE[role](chain.value()["source"])


@then("that document was not released by anyone else")
def not_released(chain: Outcome) -> None:
    assert "released" not in chain.value()["source"]


@then(step("it was reported by {name} ({agent_id:Id}) on {date}"))
def reported_by(chain: Outcome, name: str, agent_id: str, date: str) -> None:
    appearances = chain.value()["appearances"]
    assert any(
        a["source"]["publisher"] == _agent(name, agent_id) and a["date"] == date
        for a in appearances
    ), appearances


@then(step("it embeds the claim {claim_id:Id}"))
def embeds_claim(chain: Outcome, claim_id: str) -> None:
    assert claim_id in [node["id"] for node in chain.value()["embeds"]]


@then("it embeds no further claim")
def embeds_nothing(chain: Outcome) -> None:
    assert chain.value()["embeds"] == []


@then(step('the trace is refused with the message "{message}"'))
def trace_refused(chain: Outcome, message: str) -> None:
    assert str(chain.refusal(UsageError)) == message


# --- Then: the canonical export ------------------------------------------------------------


@then("the export holds the sections agents, sources and claims, in that order")
def export_sections(exported: str) -> None:
    assert list(json.loads(exported)) == ["agents", "sources", "claims"]


@then("the agents, sources and claims are each listed in order of id")
def export_sorted(exported: str) -> None:
    for section, objects in json.loads(exported).items():
        ids = [obj["id"] for obj in objects]
        assert len(ids) > 1, f"too few {section} to show an order"
        assert ids == sorted(ids), f"{section} out of order: {ids}"


@then("the export holds every agent, source and claim of the dossier")
def export_complete(exported: str, dossier_path: Path) -> None:
    graph = load([dossier_path])
    held = {section: {obj["id"] for obj in objs} for section, objs in json.loads(exported).items()}
    assert held == {
        "agents": {e.id for e in graph.agents},
        "sources": {e.id for e in graph.sources},
        "claims": {e.id for e in graph.claims},
    }


@then("the second export is identical to the first, byte for byte")
def export_round_trip(exported: str, re_exported: str) -> None:
    assert re_exported.encode("utf-8") == exported.encode("utf-8")


@then(step('in the export, {kind:Kind} {object_id:Id} has {field} "{value}"'))
def export_field(exported: str, kind: str, object_id: str, field: str, value: str) -> None:
    objects = {obj["id"]: obj for obj in json.loads(exported)[f"{kind}s"]}
    assert objects[object_id][field] == value


# --- Then: command-line output -------------------------------------------------------------

_FINDING_LINE = re.compile(
    r"[^:\s]+:\d+: PV\d{3} \[(?:error|warning|info)\] .+ \((?:agent|source|claim) [a-z0-9._-]+\)"
)


@then(step("the exit code is {code:d}"))
def exit_code(run: Result, code: int) -> None:
    assert run.exit_code == code, f"exit {run.exit_code}\n{run.output}"


@then("every finding is printed as file:line: CODE [severity] message (kind id)")
def finding_lines(run: Result) -> None:
    *findings, _summary = run.stdout.splitlines()
    assert findings, run.stdout
    for line in findings:
        assert _FINDING_LINE.fullmatch(line), line


@then(step('the output contains the line "{line}"'))
def output_line(run: Result, line: str) -> None:
    assert line in run.stdout.splitlines(), run.stdout


@then(step('the output ends with the summary "{summary}"'))
def output_summary(run: Result, summary: str) -> None:
    assert run.stdout.splitlines()[-1] == summary, run.stdout


@then("the output is exactly")
def output_exactly(run: Result, docstring: str) -> None:
    assert run.stdout == docstring + "\n", run.stdout


def _one_line_error(run: Result, where: str) -> None:
    assert run.stdout == "", "nothing but the error may be printed"
    assert run.exception is None or isinstance(run.exception, SystemExit), run.exception
    errors = run.stderr.splitlines()
    assert len(errors) == 1, run.stderr
    assert re.match(rf"provenance: error: {re.escape(where)}(:\d+)?: ", errors[0]), errors[0]


@then(step("the error is a single line naming {file:File}"))
@then(step("the error is a single line naming {file:File} at line {line:d}"))
def one_line_error(run: Result, file: str, line: int | None = None) -> None:
    _one_line_error(run, file if line is None else f"{file}:{line}")


@then(step("the error is a single line naming the settings file {file:File} at line {line:d}"))
def one_line_settings_error(run: Result, tmp_path: Path, file: str, line: int) -> None:
    # Settings files are named by their full path: they may lie above the working folder.
    _one_line_error(run, f"{(tmp_path / file).resolve().as_posix()}:{line}")


@then(step('the error mentions "{text}"'))
def error_mentions(run: Result, text: str) -> None:
    assert text in run.stderr, run.stderr


# --- Then: the JSON report -----------------------------------------------------------------

_REPORT_PART: dict[str, Callable[[dict[str, Any]], list[dict[str, Any]]]] = {
    "each finding in the report": lambda report: report["findings"],
    "the summary in the report": lambda report: [report["summary"]],
}


@then("the output is a JSON report with findings and a summary", target_fixture="json_report")
def json_report(run: Result) -> dict[str, Any]:
    report = json.loads(run.stdout)
    assert isinstance(report["findings"], list)
    assert isinstance(report["summary"], dict)
    return report


@then(step("{part:ReportPart} has the keys {keys}"))
def report_keys(json_report: dict[str, Any], part: str, keys: str) -> None:
    objects = _REPORT_PART[part](json_report)
    assert objects, f"{part}: nothing to check"
    for obj in objects:
        assert set(_words(keys)) <= set(obj), f"{part} lacks {set(_words(keys)) - set(obj)}"


@then(step("the report lists " + A_FINDING + ", in {file:File}"))
@then(step("the report lists " + A_FINDING + ", in {file:File} at line {line:d}"))
def report_lists(
    json_report: dict[str, Any],
    code: str,
    rule: str,
    severity: Severity,
    kind: str,
    object_id: str,
    file: str,
    line: int | None = None,
) -> None:
    _known_rule(code, rule)
    wanted = {"code": code, "rule": rule, "severity": str(severity), "file": file}
    wanted["object"] = {"kind": kind, "id": object_id}
    found = [f for f in json_report["findings"] if all(f[k] == v for k, v in wanted.items())]
    assert len(found) == 1, json_report["findings"]
    if line is not None:
        assert found[0]["line"] == line


@then(
    step(
        "the report lists " + A_FINDING + ", in {file:File} at line {line:d}, "
        'as suppressed because "{reason}"'
    )
)
def report_lists_suppressed(
    json_report: dict[str, Any],
    code: str,
    rule: str,
    severity: Severity,
    kind: str,
    object_id: str,
    file: str,
    line: int,
    reason: str,
) -> None:
    _known_rule(code, rule)
    finding = {"code": code, "rule": rule, "severity": str(severity), "file": file, "line": line}
    finding["object"] = {"kind": kind, "id": object_id}
    found = [
        s
        for s in json_report["suppressed"]
        if all(s["finding"][k] == v for k, v in finding.items())
    ]
    assert len(found) == 1, json_report["suppressed"]
    assert found[0]["reason"] == reason


@then("the report lists no findings")
def report_lists_nothing(json_report: dict[str, Any]) -> None:
    assert json_report["findings"] == []


@then(step("the report's summary counts {counts}"))
def report_counts(json_report: dict[str, Any], counts: str) -> None:
    summary = json_report["summary"]
    for item in _words(counts):
        number, noun = item.split()
        key = noun if noun.endswith("s") or noun == "suppressed" else f"{noun}s"
        assert summary[key] == int(number), f"{key}: {summary[key]}, not {number}"


@then("the summary's count of warnings matches the warnings the report lists")
def report_counts_warnings(json_report: dict[str, Any]) -> None:
    listed = [f for f in json_report["findings"] if f["severity"] == "warning"]
    assert listed, "the seed is expected to have warnings to count"
    assert json_report["summary"]["warnings"] == len(listed)


# --- Then: fact-check exports --------------------------------------------------------------


@then(step("the fact-check export lists {count:d} rated claim"), target_fixture="fact_check")
@then(step("the fact-check export lists {count:d} rated claims"), target_fixture="fact_check")
def fact_check_claims(run: Result, count: int) -> dict[str, Any] | None:
    claims = json.loads(run.stdout)["claims"]
    assert len(claims) == count, claims
    return claims[0] if claims else None


@then(step('its claimant is "{name}", who made the claim on "{moment}"'))
def fact_check_claimant(fact_check: dict[str, Any], name: str, moment: str) -> None:
    assert (fact_check["claimant"], fact_check["claimDate"]) == (name, moment)
    assert fact_check["claimAuthor"]["name"] == name


@then(step('it first appeared at "{url}"'))
def fact_check_first_appearance(fact_check: dict[str, Any], url: str) -> None:
    assert fact_check["claimFirstAppearance"] == url


@then(step('it later appeared at "{url}"'))
def fact_check_appearances(fact_check: dict[str, Any], url: str) -> None:
    assert fact_check["claimAppearances"] == [url]


@then(step('it was rated "{rating}" by "{name}" of {site} on "{moment}"'))
def fact_check_review(
    fact_check: dict[str, Any], rating: str, name: str, site: str, moment: str
) -> None:
    (review,) = fact_check["claimReview"]
    assert review["textualRating"] == rating
    assert review["publisher"] == {"name": name, "site": site}
    assert review["reviewDate"] == moment


@then(
    step('the ClaimReview of claim {claim_id:Id} reviews "{text}"'),
    target_fixture="claim_review",
)
def claim_review_of(run: Result, claim_id: str, text: str) -> ClaimReviewFound:
    nodes = {node["@id"]: node for node in json.loads(run.stdout)["@graph"]}
    (review,) = [
        node
        for node in nodes.values()
        if node["@type"] == "ClaimReview"
        and node["itemReviewed"] == {"@id": f"urn:provenance:claim:{claim_id}"}
    ]
    assert review["claimReviewed"] == text
    assert len(text) < 75
    return ClaimReviewFound(review, nodes)


@dataclass(frozen=True)
class ClaimReviewFound:
    """A ClaimReview node, and every node of its document by id (to follow its references)."""

    review: dict[str, Any]
    nodes: dict[str, dict[str, Any]]


@then(step('its verdict in words is "{rating}", rated {value:d}'))
def claim_review_rating(claim_review: ClaimReviewFound, rating: str, value: int) -> None:
    assert claim_review.review["reviewRating"]["alternateName"] == rating
    assert claim_review.review["reviewRating"]["ratingValue"] == value


@then(step("it is written by agent {reviewer:Id} about a claim said by agent {speaker:Id}"))
def claim_review_parties(claim_review: ClaimReviewFound, reviewer: str, speaker: str) -> None:
    review = claim_review.review
    claim = claim_review.nodes[review["itemReviewed"]["@id"]]
    assert review["author"] == {"@id": f"urn:provenance:agent:{reviewer}"}
    assert claim["author"] == {"@id": f"urn:provenance:agent:{speaker}"}
