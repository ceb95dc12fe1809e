"""JUnit XML, the test-report format every CI system shows: one test case per object.

Each validated object (agent, source, claim) is a test case, classname its kind and
name its id. An error or a warning is a ``<failure>`` of that test case, typed by
rule code, its message prefixed with the severity: JUnit has no "warning" outcome,
and a warning is something an editor must look at. An info is not a failure; it is
written to the test case's ``<system-out>``. So the report can show failures while
``--fail-on error`` exits 0: the exit code, not this file, decides the build.

Passing test cases need the list of everything validated, which a Report does not
hold (its JSON is a contract of findings and counts). It comes from the graph, passed
alongside; without it only the objects with findings are listed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..display import displayable
from ..findings import Finding, Report, Severity
from ..graph import Graph

# Where an object is defined, not its id alone: a duplicated id (PV004) is two
# objects, so two test cases.
Key = tuple[str, int, str, str]

# XML 1.0 cannot carry these even escaped, and ElementTree writes them as they are;
# a source text quoted in a message could hold one and make the whole file unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def as_junit(report: Report, graph: Graph | None = None) -> str:
    cases: dict[Key, list[Finding]] = {
        (entry.origin.file, entry.origin.line, entry.kind, entry.id): []
        for entry in (graph.entries() if graph is not None else ())
    }
    for f in report.findings:
        cases.setdefault((f.file, f.line or 0, f.object.kind, f.object.id), []).append(f)
    ordered = sorted(cases.items())
    failed = sum(any(map(_fails, findings)) for _, findings in ordered)

    suites = ET.Element("testsuites", name="provenance")
    suite = ET.SubElement(suites, "testsuite", name="provenance")
    for element in suites, suite:
        element.set("tests", str(len(ordered)))
        element.set("failures", str(failed))
        element.set("errors", "0")
    suite.extend(_testcase(key, findings) for key, findings in ordered)
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"


def _fails(finding: Finding) -> bool:
    return finding.severity is not Severity.info


def _testcase(key: Key, findings: list[Finding]) -> ET.Element:
    file, line, kind, id_ = key
    case = ET.Element("testcase", classname=kind, name=id_, file=_xml(file))
    if line:
        case.set("line", str(line))
    infos = []
    for f in findings:
        where = f"{f.file}:{f.line}: {f.code} [{f.severity}] {f.message}"
        if not _fails(f):
            infos.append(where)
            continue
        message = f"[{f.severity}] {f.rule}: {f.message}"
        failure = ET.SubElement(case, "failure", type=f.code, message=_xml(message))
        failure.text = _xml(where if f.hint is None else f"{where}\nhint: {f.hint}")
    if infos:
        ET.SubElement(case, "system-out").text = _xml("\n".join(infos))
    return case


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", displayable(text))
