"""Loading articles: front matter, datelines, JSONL, bad input, and the choice of reference date."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from factcheck.corpus import find_dateline, load_corpus
from factcheck.errors import CorpusError

ROOT = Path(__file__).resolve().parents[1]


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_front_matter_is_metadata_and_offsets_index_the_body(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.md",
        "---\ntitle: Vote\nsource: Wire\npublished: 2026-02-09\n---\nIt rained on Sunday.\n",
    )
    corpus = load_corpus(tmp_path)
    article = corpus.article("a")
    assert (article.title, article.source, article.published) == ("Vote", "Wire", date(2026, 2, 9))
    assert article.text == "It rained on Sunday.\n"
    assert article.body_line == 6
    assert article.reference_date == date(2026, 2, 9)
    assert article.reference_certain
    assert "published" in article.reference_reason


def test_date_and_other_names_of_the_published_date(tmp_path: Path) -> None:
    # Jekyll and Hugo write "date:"; scrapers "pubDate" or "published_at" (with a time)
    folder = tmp_path / "story"
    folder.mkdir()
    write(folder, "a.md", "---\ndate: 2025-01-07\n---\nA quake struck on Tuesday.\n")
    write(folder, "b.md", "---\npubDate: 2025-01-08T09:30:00Z\n---\nThe toll rose.\n")
    path = write(tmp_path, "s.jsonl",
                 json.dumps({"id": "c", "text": "More.", "published_at": "2025-01-09"}) + "\n")
    corpus = load_corpus(folder)
    assert corpus.article("a").published == date(2025, 1, 7)
    assert corpus.article("a").reference_date == date(2025, 1, 7)
    assert corpus.article("b").published == date(2025, 1, 8)
    assert load_corpus(path).article("c").published == date(2025, 1, 9)


def test_two_different_published_dates_are_an_error(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\ndate: 2025-01-07\npublished: 2025-01-08\n---\nBody.\n")
    write(tmp_path, "b.md", "---\ndate: 2025-01-07\npublished: 2025-01-07\n---\nBody.\n")
    write(tmp_path, "c.md", "---\ndate: last Tuesday\n---\nBody.\n")
    corpus = load_corpus(tmp_path)
    assert [a.id for a in corpus.articles] == ["b"]
    problems = sorted(str(p) for p in corpus.problems)
    assert problems[0].endswith(
        "a.md:3: published 2025-01-08 disagrees with date 2025-01-07: give the published date once")
    assert problems[1].endswith("c.md:2: date must be a date YYYY-MM-DD, not 'last Tuesday'")


def test_dateline_gives_the_reference_date(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "WASHINGTON, Feb. 9, 2026 (Reuters) - The Senate voted on Sunday.")
    article = load_corpus(tmp_path).article("a")
    assert article.dateline == "WASHINGTON, Feb. 9, 2026"
    assert article.reference_date == date(2026, 2, 9)
    assert "dateline" in article.reference_reason


def test_dateline_without_year_takes_the_corpus_year(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Tokyo, February 9: The prime minister spoke.")
    write(tmp_path, "b.txt", "---\npublished: 2026-02-10\n---\nAnother report.")
    article = load_corpus(tmp_path).article("a")
    assert article.reference_date == date(2026, 2, 9)
    assert "year from the corpus" in article.reference_reason


@pytest.mark.parametrize(
    "head", ["The Tokyo, February 9 summit", "Tokyo welcomed February 9 guests"]
)
def test_not_a_dateline(head: str) -> None:
    assert find_dateline(head)[0] is None


def test_undated_article_is_estimated_from_the_latest_corpus_date(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "---\npublished: 2026-02-01\n---\nOne.")
    write(tmp_path, "b.txt", "---\npublished: 2026-02-09\n---\nTwo.")
    write(tmp_path, "c.txt", "Three, undated.")
    article = load_corpus(tmp_path).article("c")
    assert article.reference_date == date(2026, 2, 9)
    assert not article.reference_certain
    assert "estimated" in article.reference_reason and "b" in article.reference_reason


def test_reference_date_option_fills_in_for_undated_articles_only(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "---\npublished: 2026-02-01\n---\nOne.")
    write(tmp_path, "c.txt", "Undated.")
    corpus = load_corpus(tmp_path, reference_date=date(2026, 3, 1))
    assert corpus.article("a").reference_date == date(2026, 2, 1)
    assert corpus.article("c").reference_date == date(2026, 3, 1)
    assert corpus.article("c").reference_reason == "--reference-date"


def test_nothing_known_stays_unknown(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Undated text.")
    article = load_corpus(tmp_path).article("a")
    assert article.reference_date is None
    assert "no date known" in article.reference_reason


def test_jsonl_corpus(tmp_path: Path) -> None:
    lines = [
        {"id": "x", "text": "First on Sunday.", "published": "2026-02-09", "source": "Wire"},
        {"id": "y", "text": "Second."},
    ]
    path = write(tmp_path, "story.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n\n")
    corpus = load_corpus(path)
    assert corpus.name == "story"
    assert [a.id for a in corpus.articles] == ["x", "y"]
    assert corpus.article("x").source == "Wire"
    assert corpus.article("y").reference_date == date(2026, 2, 9)


def test_jsonl_bad_line_is_a_problem_with_its_line_and_the_rest_loads(tmp_path: Path) -> None:
    path = write(
        tmp_path, "s.jsonl", '{"id": "a", "text": "ok"}\n{not json}\n{"id": "b", "text": "ok"}\n'
    )
    corpus = load_corpus(path)
    assert [a.id for a in corpus.articles] == ["a", "b"]
    assert len(corpus.problems) == 1
    assert str(corpus.problems[0]).startswith(f"{path}:2: invalid JSON")


def test_articles_sorted_whatever_the_order_on_disk(tmp_path: Path) -> None:
    for name in ("c.txt", "a.txt", "b.md"):
        write(tmp_path, name, f"Text of {name}.")
    assert [a.id for a in load_corpus(tmp_path).articles] == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("---\ntitle: [unclosed\n---\nBody.", ":2: front matter"),
        (
            "---\ntitle: x\nBody without closing.",
            ":1: front matter starts with '---' but is never closed",
        ),
        (
            "---\ntitel: x\n---\nBody.",
            ":2: unknown front matter key 'titel': did you mean 'title'?",
        ),
        ("---\npublished: yesterday\n---\nBody.", ":2: published must be a date YYYY-MM-DD"),
        ("---\n- a list\n---\nBody.", "front matter must be a mapping"),
        ("", "empty file"),
        ("   \n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        (b"caf\xe9 on line one\n", ":1: not UTF-8 text (byte 0xe9)"),
    ],
)
def test_bad_article_is_named_and_the_rest_still_loads(
    tmp_path: Path, content: str | bytes, expected: str
) -> None:
    bad = write(tmp_path, "bad.txt", content)
    write(tmp_path, "good.txt", "A good article.")
    corpus = load_corpus(tmp_path)
    assert [a.id for a in corpus.articles] == ["good"]
    (problem,) = corpus.problems
    message = str(problem)
    assert message.startswith(str(bad))
    assert expected in message
    assert "\n" not in message


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Voted on Sunday, café.".encode("utf-16"))
    assert load_corpus(tmp_path).article("a").text == "Voted on Sunday, café."


def test_other_metadata_is_welcome(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\nauthor: A. Writer\nlicense: CC BY 2.5\ntags: [x]\n---\nBody.")
    path = write(tmp_path, "s.jsonl", '{"id": "j", "text": "Body.", "license": "CC0"}\n')
    assert load_corpus(tmp_path).article("a").text == "Body."
    assert load_corpus(path).article("j").text == "Body."


def test_jsonl_near_miss_key_is_an_error(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "s.jsonl",
        '{"id": "a", "text": "ok"}\n{"id": "b", "text": "x", "publised": "2026-02-09"}\n',
    )
    corpus = load_corpus(path)
    assert [a.id for a in corpus.articles] == ["a"]
    assert "s.jsonl:2: unknown front matter key 'publised': did you mean 'published'?" in str(
        corpus.problems[0]
    )


def test_missing_corpus(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such file or folder"):
        load_corpus(tmp_path / "nope")


def test_folder_without_articles(tmp_path: Path) -> None:
    write(tmp_path, "notes.csv", "a,b")
    with pytest.raises(CorpusError, match="no articles here"):
        load_corpus(tmp_path)


def test_corpus_of_only_bad_files_raises_the_problem(tmp_path: Path) -> None:
    write(tmp_path, "only.txt", "")
    with pytest.raises(CorpusError, match="only.txt: empty file"):
        load_corpus(tmp_path)


def test_duplicate_ids_across_suffixes(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "One.")
    write(tmp_path, "a.md", "Two.")
    with pytest.raises(CorpusError, match="used twice"):
        load_corpus(tmp_path)


def test_bundled_seeds_reference_dates() -> None:
    corpus = load_corpus(ROOT / "seeds")
    assert len(corpus.articles) == 5 and not corpus.problems
    dated = [a for a in corpus.articles if a.reference_certain]
    assert [a.id for a in dated] == ["001_3e5224c92dbf37e7"]
    assert all(a.reference_date == date(2026, 2, 9) for a in corpus.articles)
    shared = Path("/work/shared/seeds")
    if shared.is_dir():  # the bundled bodies are the shared articles, byte for byte
        for article in corpus.articles:
            assert article.text == (shared / f"{article.id}.txt").read_text(encoding="utf-8")
