"""Names of places, people and organisations: vocabulary, cues, links and robustness."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import extract_claims
from factcheck.extract import Context
from factcheck.extract.names import extract_names, find_names, lexicon, normalize_name
from factcheck.schema import NAME_KINDS

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _names(text: str, names: dict[str, str] | None = None) -> list[tuple[str, str]]:
    return [(c.text, c.kind) for c in extract_names(text, Context(names=names or {}))]


def _body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if text.startswith("---"):
        text = text.split("\n---", 1)[1].split("\n", 1)[1]
    return text


def test_vocabulary_names_get_their_kind() -> None:
    vocab = {"yeongbingwan": "place", "state guest house": "place", "geihinkan": "place"}
    text = "They walked down the stairs at the Yeongbingwan state guest house in Tokyo."
    found = _names(text, vocab)
    assert ("Yeongbingwan", "place") in found
    assert ("state guest house", "place") in found
    assert ("Tokyo", "place") in found
    assert _names(text) == [("Tokyo", "place")]  # unknown without the vocabulary


def test_vocabulary_overrides_the_gazetteer() -> None:
    text = "Washington crossed the Delaware with Greene."
    assert ("Washington", "place") in _names(text)
    assert ("Washington", "person") in _names(text, {"Washington": "person"})


def test_vocabulary_phrases_in_lower_case_need_two_words() -> None:
    vocab = {"diet": "org", "state guesthouse": "place"}
    found = _names("He keeps a strict diet at the state guesthouse.", vocab)
    assert found == [("state guesthouse", "place")]


def test_vocabulary_phrases_in_any_case_spacing_and_apostrophe() -> None:
    vocab = {"o'neil street": "place", "state guest house": "place"}
    text = ("They met on O’Neil  Street, then at the STATE guest\nhouse;"
            " not the interstate guest house.")
    found = _names(text, vocab)
    assert ("O’Neil  Street", "place") in found
    assert ("STATE guest\nhouse", "place") in found
    assert not any(t.startswith("interstate") or t == "state guest house" for t, _ in found)


def test_vocabulary_phrase_inside_a_found_name_is_not_repeated() -> None:
    vocab = {"guest house": "place"}
    found = _names("Staff of the Akasaka Guest House Agency met at the guest house.", vocab)
    assert found.count(("guest house", "place")) == 1


def test_results_depend_on_the_vocabulary_given() -> None:
    text = "Officials met at Geihinkan."
    assert find_names(text) == []
    assert [n.kind for n in find_names(text, {"geihinkan": "place"})] == ["place"]
    assert find_names(text) == []


def test_extract_claims_passes_the_vocabulary_through() -> None:
    frame = extract_claims("Leaders met at Geihinkan.", names={"geihinkan": "place"})
    rows = frame[frame["kind"] == "place"]
    assert list(rows["text"]) == ["Geihinkan"]
    assert list(rows["value"]) == ["Geihinkan"]


@pytest.mark.parametrize(
    ("surface", "value"),
    [
        ("Côte d’Ivoire", "Côte d'Ivoire"),
        ("Sanae   Takaichi", "Sanae Takaichi"),
        ("Trump’s", "Trump"),
        ("Reuters'", "Reuters"),
        ("House of\nCommons", "House of Commons"),
    ],
)
def test_normalize_name(surface: str, value: str) -> None:
    assert normalize_name(surface) == value


def test_person_of_an_org_is_a_person_and_an_org() -> None:
    text = ("Wu Chi-wai of the Democratic Party and Tanya Chan of the Civic Party spoke; "
            "the Bank of England and the University of Texas did not.")
    assert _names(text) == [("Wu Chi-wai", "person"), ("Democratic Party", "org"),
                            ("Tanya Chan", "person"), ("Civic Party", "org"),
                            ("Bank of England", "org"), ("University of Texas", "org")]


def test_a_person_ends_before_of_but_not_before_von_or_bin() -> None:
    text = "Elizabeth Quat of DAB met Ursula von der Leyen at the Steven F. Udvar-Hazy Center."
    assert _names(text) == [("Elizabeth Quat", "person"), ("Ursula von der Leyen", "person"),
                            ("Steven F. Udvar-Hazy Center", "place")]


def test_person_value_has_no_title() -> None:
    claims = list(extract_names("U.S. Treasury Secretary Scott Bessent spoke.", Context()))
    people = [c for c in claims if c.kind == "person"]
    assert [(c.text, c.value) for c in people] == [("Scott Bessent", "Scott Bessent")]
    assert "Treasury" not in {c.text for c in claims}


def test_acronym_link_is_shared() -> None:
    claims = list(extract_names(
        "Japan's ruling Liberal Democratic Party (LDP) won. The LDP now leads.", Context()))
    linked = [(c.text, c.link) for c in claims if c.kind == "org"]
    assert linked == [
        ("Liberal Democratic Party", "Liberal Democratic Party"),
        ("LDP", "Liberal Democratic Party"),
        ("LDP", "Liberal Democratic Party"),
    ]


def test_initials_of_an_org_named_in_the_text() -> None:
    found = _names("The Liberal Democratic Party won; the LDP's leader spoke.")
    assert ("LDP", "org") in found


def test_gazetteer_sections_load() -> None:
    lex = lexicon()
    assert lex.known["japan"] == "place"
    assert lex.known["united nations"] == "org"
    assert "japanese" in lex.demonym
    assert "secretary" in lex.title
    assert "Monday" in lex.never and "The" in lex.never
    assert "Us" in lex.never and "US" not in lex.never  # case matters for stop words


def _seed_names() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {kind: set() for kind in NAME_KINDS}
    for path in sorted(SEEDS.glob("*.txt")):
        for claim in extract_names(_body(path), Context()):
            found[claim.kind].add(claim.value)
    return found


@pytest.mark.skipif(not SEEDS.is_dir(), reason="bundled seeds missing")
def test_seed_people_places_and_orgs() -> None:
    found = _seed_names()
    assert {"Donald Trump", "Sanae Takaichi", "Scott Bessent", "George Glass", "Shinzo Abe",
            "Javier Milei", "Viktor Orban", "Naruhito", "Lee Ha-won", "Takaichi",
            "Trump"} <= found["person"]
    assert {"Japan", "Tokyo", "Washington", "China", "Taiwan Strait", "Akasaka Palace",
            "White House", "Yokosuka Naval Base", "USS George Washington",
            "Beijing"} <= found["place"]
    assert {"Liberal Democratic Party", "LDP", "Kyodo News", "State Department",
            "House of Representatives", "House of Councillors", "Truth Social",
            "Fox News", "Indo-Pacific Command"} <= found["org"]
    every = set().union(*found.values())
    for wrong in ("Sunday", "February", "The", "Japanese", "Prime Minister", "President",
                  "Trump's Personal Endorsement", "Strengthening the US-Japan Alliance",
                  "Asianet Newsable", "SHE WILL NOT LET THE PEOPLE OF JAPAN DOWN"):
        assert wrong not in every


_ALPHABET = st.sampled_from(
    list("abcXYZ .,;:'\"“”‘’()-–\n\t@#/0123456789")
    + ["The ", "of ", "of the ", "U.S. ", "Mr. ", "President ", "Party", "House of ",
       "Japan", "Trump", "Sanae Takaichi", "(LDP)", "LDP", "'s ", "’s ", "Ha-won", "said ",
       "Monday", "USS ", "Strait", "É", "İ", "ß", "\u00a0"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join),
       st.dictionaries(st.sampled_from(["japan", "lee ha-won", "x y", "ldp", "é"]),
                       st.sampled_from(list(NAME_KINDS)), max_size=3))
def test_any_text_gives_valid_name_spans(text: str, vocab: dict[str, str]) -> None:
    for claim in extract_names(text, Context(names=vocab)):
        assert text[claim.start:claim.end] == claim.text
        assert claim.kind in NAME_KINDS
        assert claim.value and claim.value == normalize_name(claim.text)
