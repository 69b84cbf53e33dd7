"""naming: aliases from the vocabulary, spelling variants, swapped names in wire copy."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.checks.naming import fold
from factcheck.rules import Vocabulary
from tests.checks.conftest import run


def n(doc: str, name: str, kind: str = "place", **more: Any) -> dict[str, Any]:
    return {"doc": doc, "kind": kind, "text": name, "value": name, "start": 0,
            "end": len(name), **more}


def test_fold() -> None:
    assert fold("Orbán") == fold("orban") == "orban"
    assert fold("U.S.") == fold("US")


def test_alias_from_the_vocabulary(vocabulary: Vocabulary) -> None:
    found = run("naming", [n("003", "Akasaka Palace"), n("004", "Yeongbingwan")],
                vocabulary=vocabulary)
    assert [f.verdict for f in found] == ["alias"]
    assert found[0].severity == "info"
    assert found[0].subject == "State Guest House"
    assert found[0].docs == ("003", "004")


def test_no_alias_when_every_article_uses_both_names(vocabulary: Vocabulary) -> None:
    names = ("LDP", "Liberal Democratic Party")
    rows = [n(doc, name, "org") for doc in ("a", "b") for name in names]
    assert run("naming", rows, vocabulary=vocabulary) == []


def test_spelling_variants() -> None:
    found = run("naming", [n("a", "Viktor Orbán", "person"), n("b", "Viktor Orban", "person")])
    assert [f.verdict for f in found] == ["variant"]
    assert found[0].severity == "warning"
    assert run("naming", [n("a", "U.S."), n("b", "US")]) == []
    assert run("naming", [n("a", "Donald Trump", "person"), n("b", "Trump", "person")]) == []
    assert run("naming", [n("a", "Austria"), n("b", "Australia")]) == []


def test_swapped_name_in_wire_copy() -> None:
    s1 = "Prime Minister Sanae Takaichi met the envoy in Tokyo on Monday morning."
    s2 = "Prime Minister Fumio Kishida met the envoy in Tokyo on Monday morning."
    rows = [n("a", "Sanae Takaichi", "person", start=15, end=29, sentence=s1),
            n("b", "Fumio Kishida", "person", start=15, end=28, sentence=s2)]
    found = run("naming", rows)
    assert [f.verdict for f in found] == ["variant"]
    assert "same place" in found[0].reasoning


@settings(deadline=None, max_examples=40)
@given(st.sampled_from(["Viktor Orbán", "Viktor Orban", "Akasaka Palace", "Yeongbingwan",
                        "Donald Trump", "Trump", "Scott Bessent", "Scott Besent"]),
       st.sampled_from(["Viktor Orbán", "Viktor Orban", "Akasaka Palace", "Yeongbingwan",
                        "Donald Trump", "Trump", "Scott Bessent", "Scott Besent"]))
def test_symmetric(first: str, second: str) -> None:
    vocab = Vocabulary(aliases={"akasaka palace": "State Guest House",
                                "yeongbingwan": "State Guest House"})
    a, b = n("a", first, "person"), n("b", second, "person")
    one = sorted((f.verdict, f.id) for f in run("naming", [a, b], vocabulary=vocab))
    two = sorted((f.verdict, f.id) for f in run("naming", [b, a], vocabulary=vocab))
    assert one == two
