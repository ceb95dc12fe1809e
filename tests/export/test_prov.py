"""W3C PROV: read back by the ``prov`` package, valid against PROV-JSON's schema, as specified."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from prov.model import PROV, XSD, Literal, ProvBundle, ProvDocument

from provenance import Graph, export, load

PREFIXES = {
    "agent": "urn:provenance:agent:",
    "source": "urn:provenance:source:",
    "claim": "urn:provenance:claim:",
    "activity": "urn:provenance:activity:",
    "bundle": "urn:provenance:bundle:",
    "rel": "urn:provenance:relation:",
    "pv": "urn:provenance:vocab:",
    "schema": "https://schema.org/",
}


def read(text: str, format: str = "json") -> ProvDocument:
    """Deserialize as a PROV consumer would, but fail on any warning.

    ``prov`` only warns (and drops the value) when, for instance, a prefix is
    undeclared: as an error here, such a loss cannot pass.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return ProvDocument.deserialize(content=text, format=format)


@pytest.fixture(scope="module")
def prov_json(seed: Graph) -> str:
    return export(seed, "prov-json")


def test_the_prov_json_is_valid_against_the_schema_shipped_with_prov(prov_json: str) -> None:
    import prov

    path = Path(prov.__file__).parent / "tests" / "schemas" / "prov-json.schema.json"
    assert path.is_file(), f"the prov wheel no longer ships {path}"
    schema = json.loads(path.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(json.loads(prov_json)), key=str)
    assert not errors, "\n".join(str(error) for error in errors)


def test_reading_it_back_warns_about_nothing_and_loses_nothing(prov_json: str) -> None:
    document = read(prov_json)
    again = read(document.serialize(format="json"))
    assert again == document
    assert len(document.records) == sum(
        len(v) for k, v in json.loads(prov_json).items() if k not in ("prefix", "bundle")
    )


def test_a_value_with_an_undeclared_prefix_is_caught(prov_json: str) -> None:
    data = json.loads(prov_json)
    data["agent"]["agent:ndtv"]["prov:type"] = {"$": "org:Broadcaster", "type": "xsd:QName"}
    with pytest.raises(Warning, match="org:Broadcaster"):
        read(json.dumps(data))


def test_the_cable_is_patterson_s_and_released_in_an_activity_of_wikileaks(
    prov_json: str,
) -> None:
    data = json.loads(prov_json)
    assert {"prov:entity": "source:us-cable-2009-02-19", "prov:agent": "agent:anne-patterson"} in (
        data["wasAttributedTo"].values()
    )
    release = data["used"]["rel:usage/release/us-cable-2009-02-19"]
    assert release["prov:entity"] == "source:us-cable-2009-02-19"
    association = data["wasAssociatedWith"]["rel:association/release/us-cable-2009-02-19"]
    assert association == {
        "prov:activity": release["prov:activity"],
        "prov:agent": "agent:wikileaks",
    }
    assert data["agent"]["agent:anne-patterson"]["prov:type"] == {
        "$": "prov:Person",
        "type": "xsd:QName",
    }


def test_zardari_s_statement_is_quoted_inside_patterson_s_bundle(prov_json: str) -> None:
    document = read(prov_json)
    bundle = next(b for b in document.bundles if b.identifier.localpart == "us-cable-2009-02-19")
    quotations = [
        r
        for r in bundle.get_records()
        if r.get_type() == PROV["Derivation"] and PROV["Quotation"] in r.get_asserted_types()
    ]
    pairs = {(str(r.formal_attributes[0][1]), str(r.formal_attributes[1][1])) for r in quotations}
    assert ("claim:patterson-kayani-opposes-nfu", "claim:zardari-no-first-use-2008") in pairs
    data = json.loads(prov_json)
    assert data["wasAttributedTo"]["rel:attribution/bundle/us-cable-2009-02-19/anne-patterson"] == {
        "prov:entity": "bundle:us-cable-2009-02-19",
        "prov:agent": "agent:anne-patterson",
    }


def test_prov_n_and_trig_are_prov_s_own_serialisations_of_the_same_document(
    seed: Graph, prov_json: str
) -> None:
    document = read(prov_json)
    assert export(seed, "prov-n") == document.get_provn() + "\n"
    trig = export(seed, "prov-rdf")
    assert "bundle:us-cable-2009-02-19 {" in trig
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's own, inside prov
        from_rdf = ProvDocument.deserialize(content=trig, format="rdf", rdf_format="trig")
    assert len(from_rdf.flattened().records) == len(document.flattened().records)


def test_a_source_with_nothing_known_gets_no_activity(write_dossier: Any) -> None:
    path = write_dossier("sources: [{id: leaflet, kind: unknown}]\n")
    data = json.loads(export(load([path]), "prov-json"))
    assert set(data) == {"prefix", "entity"}
    assert data["entity"] == {
        "source:leaflet": {"prov:type": {"$": "pv:unknown", "type": "xsd:QName"}}
    }


def test_a_moment_is_a_prov_time_and_a_day_is_not(write_dossier: Any) -> None:
    path = write_dossier(
        "sources:\n"
        "  - {id: wire, published: '2009-02-19T08:30:00Z'}\n"
        "  - {id: note, published: 2009-02-19}\n"
        "  - {id: memo, published: 2008~}\n"
    )
    generations = json.loads(export(load([path]), "prov-json"))["wasGeneratedBy"]
    assert generations["rel:generation/wire"]["prov:time"] == "2009-02-19T08:30:00Z"
    assert generations["rel:generation/note"]["pv:date"] == {"$": "2009-02-19", "type": "xsd:date"}
    assert generations["rel:generation/memo"]["pv:date"] == "2008~"
    assert "prov:time" not in generations["rel:generation/note"]


# --- The reference: the seed's provenance, built with the prov API ---------------------------


def _date(text: str) -> Any:
    kinds = {4: "gYear", 7: "gYearMonth", 10: "date"}
    if text.replace("-", "").isdigit() and len(text) in kinds:
        return Literal(text, XSD[kinds[len(text)]])
    return text


AGENTS = [  # id, name, type
    ("anne-patterson", "Anne Patterson", "prov:Person"),
    ("ashfaq-parvez-kayani", "Ashfaq Parvez Kayani", "prov:Person"),
    ("asif-ali-zardari", "Asif Ali Zardari", "prov:Person"),
    ("government-of-pakistan", "Government of Pakistan", "prov:Organization"),
    ("haqqani-network", "Haqqani network", "pv:Group"),
    ("indian-press", "the Indian press", "pv:Group"),
    ("isi", "Inter-Services Intelligence", "prov:Organization"),
    ("lashkar-e-taiba", "Lashkar-e-Taiba", "prov:Organization"),
    ("ndtv", "NDTV", "prov:Organization"),
    ("pakistan-army", "Pakistan Army", "prov:Organization"),
    ("united-states-government", "United States Government", "prov:Organization"),
    ("unnamed-media", "unnamed media outlets", "pv:Group"),
    ("us-embassy-islamabad", "US Embassy Islamabad", "prov:Organization"),
    ("wikileaks", "WikiLeaks", "prov:Organization"),
    ("yousaf-raza-gilani", "Yousaf Raza Gilani", "prov:Person"),
]
ROLES = [  # agent, organisation, title, start, end
    ("anne-patterson", "us-embassy-islamabad", "US Ambassador to Pakistan", "2007-07", "2010-10"),
    ("ashfaq-parvez-kayani", "pakistan-army", "Chief of Army Staff", "2007-11", "2013-11"),
    (
        "asif-ali-zardari",
        "government-of-pakistan",
        "President of Pakistan",
        "2008-09-09",
        "2013-09-08",
    ),
    (
        "yousaf-raza-gilani",
        "government-of-pakistan",
        "Prime Minister of Pakistan",
        "2008-03-25",
        "2012-06-19",
    ),
]
CABLE = "us-cable-2009-02-19"
ARTICLE = "ndtv-2011-05-06-kayani-nfu"
SOURCES = [  # id, kind, authors, publisher, published
    ("gop-denials-us-strike-bases", "statement", ["government-of-pakistan"], None, "../2009-02-19"),
    (
        "gop-reaction-this-week-2011",
        "unknown",
        ["government-of-pakistan"],
        None,
        "2011-04-30/2011-05-06",
    ),
    (ARTICLE, "news_article", [], "ndtv", "2011-05-06"),
    ("recent-media-reports-2009", "unknown", [], None, "../2009-02-19"),
    (CABLE, "diplomatic_cable", ["anne-patterson"], "us-embassy-islamabad", "2009-02-19"),
    (
        "zardari-gilani-views-unstated",
        "unknown",
        ["asif-ali-zardari", "yousaf-raza-gilani"],
        None,
        "../2009-02-19",
    ),
    ("zardari-indian-press-2008", "statement", ["asif-ali-zardari"], "indian-press", "2008"),
]
CITES = [(ARTICLE, CABLE), (CABLE, "recent-media-reports-2009")]
# Claims said where the tracker can see them: speaker, source, date.
OWN_CLAIMS = [
    ("headline-kayani-not-on-board", "anne-patterson", CABLE, "2009-02-19"),
    ("ndtv-cable-references-terror-support", "ndtv", ARTICLE, "2011-05-06"),
    ("ndtv-gop-worried-then-as-now", "ndtv", ARTICLE, "2011-05-06"),
    ("patterson-fissile-material-concern", "anne-patterson", CABLE, "2009-02-19"),
    ("patterson-gop-denied-strike-bases", "anne-patterson", CABLE, "2009-02-19"),
    ("patterson-kayani-opposes-nfu", "anne-patterson", CABLE, "2009-02-19"),
    ("patterson-message-for-kayani", "anne-patterson", CABLE, "2009-02-19"),
    ("patterson-military-expanding-programs", "anne-patterson", CABLE, "2009-02-19"),
    ("patterson-strategic-assets-safeguarded", "anne-patterson", CABLE, "2009-02-19"),
    ("patterson-strikes-political-pressure", "anne-patterson", CABLE, "2009-02-19"),
    ("patterson-threat-perceptions", "anne-patterson", CABLE, "2009-02-19"),
    ("patterson-us-eliminated-al-qaida-operatives", "anne-patterson", CABLE, "2009-02-19"),
]
# Claims known only through a report: described inside that report's bundle.
REPORTED = {
    CABLE: {
        "claims": [
            (
                "gilani-biggest-threat-insurgency",
                "yousaf-raza-gilani",
                "zardari-gilani-views-unstated",
                "../2009-02-19",
            ),
            (
                "gop-denies-strikes-from-pakistani-bases",
                "government-of-pakistan",
                "gop-denials-us-strike-bases",
                "../2009-02-19",
            ),
            (
                "media-us-eliminated-al-qaida-operatives",
                "unnamed-media",
                "recent-media-reports-2009",
                "../2009-02-19",
            ),
            (
                "media-us-strikes-from-pakistani-bases",
                "unnamed-media",
                "recent-media-reports-2009",
                "../2009-02-19",
            ),
            (
                "zardari-biggest-threat-insurgency",
                "asif-ali-zardari",
                "zardari-gilani-views-unstated",
                "../2009-02-19",
            ),
            ("zardari-no-first-use-2008", "asif-ali-zardari", "zardari-indian-press-2008", "2008"),
        ],
        "embeds": [
            ("gop-denies-strikes-from-pakistani-bases", "media-us-strikes-from-pakistani-bases"),
            ("patterson-gop-denied-strike-bases", "gop-denies-strikes-from-pakistani-bases"),
            ("patterson-kayani-opposes-nfu", "zardari-no-first-use-2008"),
            ("patterson-threat-perceptions", "gilani-biggest-threat-insurgency"),
            ("patterson-threat-perceptions", "zardari-biggest-threat-insurgency"),
            (
                "patterson-us-eliminated-al-qaida-operatives",
                "media-us-eliminated-al-qaida-operatives",
            ),
        ],
        "authors": ["anne-patterson"],
    },
    ARTICLE: {
        "claims": [
            (
                "gop-worried-this-week-2011",
                "government-of-pakistan",
                "gop-reaction-this-week-2011",
                "2011-04-30/2011-05-06",
            ),
        ],
        "embeds": [("ndtv-gop-worried-then-as-now", "gop-worried-this-week-2011")],
        "authors": [],
    },
}
KINDS = {  # claim id -> kind; quote: whether the claim has its own verbatim words
    "gilani-biggest-threat-insurgency": "indirect",
    "gop-denies-strikes-from-pakistani-bases": "indirect",
    "gop-worried-this-week-2011": "paraphrase",
    "headline-kayani-not-on-board": "paraphrase",
    "media-us-eliminated-al-qaida-operatives": "indirect",
    "media-us-strikes-from-pakistani-bases": "indirect",
    "ndtv-cable-references-terror-support": "direct",
    "ndtv-gop-worried-then-as-now": "direct",
    "patterson-fissile-material-concern": "mixed",
    "patterson-gop-denied-strike-bases": "direct",
    "patterson-kayani-opposes-nfu": "direct",
    "patterson-message-for-kayani": "mixed",
    "patterson-military-expanding-programs": "direct",
    "patterson-strategic-assets-safeguarded": "direct",
    "patterson-strikes-political-pressure": "direct",
    "patterson-threat-perceptions": "direct",
    "patterson-us-eliminated-al-qaida-operatives": "direct",
    "zardari-biggest-threat-insurgency": "indirect",
    "zardari-no-first-use-2008": "indirect",
}


def _describe(container: ProvBundle, claim: str, speaker: str, source: str, date: str) -> None:
    container.attribution(
        f"claim:{claim}", f"agent:{speaker}", identifier=f"rel:attribution/{claim}/{speaker}"
    )
    container.primary_source(
        f"claim:{claim}", f"source:{source}", identifier=f"rel:derivation/{claim}/{source}"
    )
    container.generation(
        f"claim:{claim}",
        identifier=f"rel:generation/{claim}",
        other_attributes={"pv:date": _date(date)},
    )


def reference(graph: Graph) -> ProvDocument:
    """The seed as the issue describes it, record by record, with prov's own API.

    Claim texts, quotes and appearance quotes are long: they are taken from
    the loaded seed; every relation and every type is written out here.
    """
    doc = ProvDocument(namespaces=PREFIXES)
    for id_, name, type_ in AGENTS:
        doc.agent(
            f"agent:{id_}", {"prov:label": name, "prov:type": doc.valid_qualified_name(type_)}
        )
    for agent, organisation, title, start, end in ROLES:
        doc.delegation(
            f"agent:{agent}",
            f"agent:{organisation}",
            identifier=f"rel:delegation/{agent}/0",
            other_attributes={"prov:label": title, "pv:start": _date(start), "pv:end": _date(end)},
        )
    for id_, kind, authors, publisher, published in SOURCES:
        source = graph.source(id_)
        assert source is not None and source.title is not None
        doc.entity(
            f"source:{id_}",
            {"prov:type": doc.valid_qualified_name(f"pv:{kind}"), "prov:label": source.title},
        )
        for author in authors:
            doc.attribution(
                f"source:{id_}", f"agent:{author}", identifier=f"rel:attribution/{id_}/{author}"
            )
        activity = f"activity:publication/{id_}"
        doc.activity(activity, other_attributes={"prov:type": qname(doc, "pv:Publication")})
        doc.generation(
            f"source:{id_}",
            activity,
            identifier=f"rel:generation/{id_}",
            other_attributes={"pv:date": _date(published)},
        )
        if publisher:
            doc.association(
                activity, f"agent:{publisher}", identifier=f"rel:association/publication/{id_}"
            )
    release = f"activity:release/{CABLE}"
    doc.activity(release, other_attributes={"prov:type": qname(doc, "pv:Release")})
    doc.usage(
        release,
        f"source:{CABLE}",
        identifier=f"rel:usage/release/{CABLE}",
        other_attributes={"pv:date": "../2011-05-06"},
    )
    doc.association(release, "agent:wikileaks", identifier=f"rel:association/release/{CABLE}")
    for citing, cited in CITES:
        doc.primary_source(
            f"source:{citing}", f"source:{cited}", identifier=f"rel:derivation/{citing}/{cited}"
        )

    for id_, kind in KINDS.items():
        claim = graph.claim(id_)
        assert claim is not None
        attributes: dict[str, Any] = {
            "prov:type": qname(doc, "pv:Claim"),
            "prov:label": claim.text,
            "pv:kind": kind,
        }
        if claim.quote:
            attributes["pv:quote"] = claim.quote
        if id_ == "headline-kayani-not-on-board":
            attributes["pv:creditedTo"] = qname(doc, "agent:wikileaks")
        doc.entity(f"claim:{id_}", attributes)
        for index, appearance in enumerate(claim.appearances):
            assert appearance.quote is not None and str(appearance.date) == "2011-05-06"
            doc.quotation(
                f"source:{ARTICLE}",
                f"claim:{id_}",
                identifier=f"rel:appearance/{id_}/{index}",
                other_attributes={"pv:quote": appearance.quote, "pv:date": _date("2011-05-06")},
            )
    for claim_id, speaker, source_id, date in OWN_CLAIMS:
        _describe(doc, claim_id, speaker, source_id, date)

    for source_id, report in REPORTED.items():
        name = f"bundle:{source_id}"
        doc.entity(name, {"prov:type": PROV["Bundle"]})
        for author in report["authors"]:
            doc.attribution(
                name, f"agent:{author}", identifier=f"rel:attribution/bundle/{source_id}/{author}"
            )
        doc.derivation(name, f"source:{source_id}", identifier=f"rel:derivation/bundle/{source_id}")
        bundle = doc.bundle(name)
        for claim_id, speaker, said_in, date in report["claims"]:
            _describe(bundle, claim_id, speaker, said_in, date)
        for outer, inner in report["embeds"]:
            bundle.entity(f"claim:{outer}")
            bundle.entity(f"claim:{inner}")
            bundle.quotation(
                f"claim:{outer}", f"claim:{inner}", identifier=f"rel:derivation/{outer}/{inner}"
            )
    return doc


def qname(doc: ProvDocument, text: str) -> Any:
    return doc.valid_qualified_name(text)


def test_the_seed_equals_the_reference_built_with_the_prov_api(seed: Graph, prov_json: str) -> None:
    ours = read(prov_json)
    expected = reference(seed)
    assert ours.unified() == expected.unified(), _difference(ours, expected)
    assert ours == expected


def _difference(ours: ProvDocument, expected: ProvDocument) -> str:
    mine = set(ours.flattened().get_provn().splitlines())
    theirs = set(expected.flattened().get_provn().splitlines())
    return (
        "only in ours:\n"
        + "\n".join(sorted(mine - theirs))
        + "\nonly in the reference:\n"
        + ("\n".join(sorted(theirs - mine)))
    )


def test_a_minimal_nested_attribution_is_a_bundle_attributed_to_the_memo_s_author(
    write_dossier: Any,
) -> None:
    path = write_dossier(
        "agents: [{id: a, name: A}, {id: b, name: B}]\n"
        "sources: [{id: memo, authors: [a]}, {id: talk}]\n"
        "claims:\n"
        "  - {id: outer, text: A says B said X., source: memo, embeds: [inner]}\n"
        "  - {id: inner, text: X., speaker: b, source: talk}\n"
    )
    data = json.loads(export(load([path]), "prov-json"))
    assert data["wasAttributedTo"]["rel:attribution/bundle/memo/a"] == {
        "prov:entity": "bundle:memo",
        "prov:agent": "agent:a",
    }
    inside = data["bundle"]["bundle:memo"]
    assert inside["wasAttributedTo"] == {
        "rel:attribution/inner/b": {"prov:entity": "claim:inner", "prov:agent": "agent:b"}
    }
    read(json.dumps(data))
