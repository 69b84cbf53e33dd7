"""Loading a corpus: folders or JSONL, front matter, datelines, reference dates."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import CorpusError

#: Front-matter keys an article may carry, and the same metadata in a JSONL record.
METADATA_KEYS = ("title", "source", "url", "published")
#: Other names for the published date, as blog engines and scrapers write it (Jekyll and Hugo
#: write ``date:``), read as ``published`` (matched ignoring case).
PUBLISHED_ALIASES = ("date", "pubdate", "published_at", "date_published", "datepublished")
ARTICLE_SUFFIXES = (".txt", ".md")

_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "Tokyo, February 9:", "WASHINGTON, Feb. 9, 2026 (Reuters) -", "LONDON (AP) — Feb 9 —" is rarer;
# a dateline is a short run of capitalised place words, then a month-day date, then a colon or dash.
_DATELINE = re.compile(
    rf"""^\s*(?P<place>[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){{0,4}}),?\s+
    (?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?
    (?:,?\s+(?P<year>\d{{4}}))?
    \s*(?:\([^)\n]{{1,40}}\)\s*)?[:—–-]""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class Article:
    """One source's text with its metadata. ``text`` is the body as written; offsets index it."""

    id: str
    text: str
    path: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    #: The dateline as written ("Tokyo, February 9") and the date it gives, if any.
    dateline: str | None = None
    dateline_date: date | None = None
    #: What relative dates in this article are resolved against, and why.
    reference_date: date | None = None
    reference_reason: str = "no date known"
    #: False when the reference date is an estimate from the rest of the corpus.
    reference_certain: bool = False
    #: 1-based line of the file where the body starts (after any front matter).
    body_line: int = 1


@dataclass(frozen=True)
class Corpus:
    """The articles given to one run, sorted by id, and the inputs that could not be read."""

    name: str
    articles: tuple[Article, ...]
    problems: tuple[CorpusError, ...] = field(default_factory=tuple)

    def article(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)


def load_corpus(path: str | Path, reference_date: date | None = None) -> Corpus:
    """Load a folder of .txt/.md articles or a .jsonl file, and choose each reference date.

    A missing path, or one with no readable article, raises CorpusError. An article that
    cannot be read (empty, binary, not UTF-8, broken front matter) is skipped and kept in
    ``Corpus.problems`` so the rest of the corpus still runs.
    """
    root = Path(path)
    if not root.exists():
        raise CorpusError("no such file or folder", path=str(path))
    if root.is_dir():
        files = sorted(p for p in root.iterdir() if p.is_file() and p.suffix in ARTICLE_SUFFIXES)
        if not files:
            raise CorpusError(
                f"no articles here: expected {' or '.join(ARTICLE_SUFFIXES)} files", path=str(path)
            )
        loaded = _collect(_read_article_file(p) for p in files)
        name = root.resolve().name
    elif root.suffix == ".jsonl":
        loaded = _collect(_read_jsonl(root))
        name = root.stem
    else:
        raise CorpusError("a corpus is a folder of .txt/.md files or a .jsonl file", path=str(path))
    articles, problems = loaded
    _check_unique_ids(articles)
    if not articles:
        raise (
            problems[0]
            if len(problems) == 1
            else CorpusError(
                f"no readable article ({len(problems)} files could not be read; "
                f"first: {problems[0]})",
                path=str(path),
            )
        )
    articles = assign_reference_dates(articles, reference_date)
    articles.sort(key=lambda a: a.id)
    return Corpus(name=name, articles=tuple(articles), problems=tuple(problems))


def _collect(
    results: Iterable[Article | CorpusError],
) -> tuple[list[Article], list[CorpusError]]:
    articles: list[Article] = []
    problems: list[CorpusError] = []
    for result in results:
        (problems if isinstance(result, CorpusError) else articles).append(result)  # type: ignore[arg-type]
    return articles, problems


def _check_unique_ids(articles: list[Article]) -> None:
    seen: dict[str, str] = {}
    for article in articles:
        if article.id in seen:
            raise CorpusError(
                f"article id {article.id!r} is used twice (also in {seen[article.id]})",
                path=article.path,
            )
        seen[article.id] = article.path


# --- reading ------------------------------------------------------------------------------


def decode_text(data: bytes, path: str) -> str:
    """Bytes of an article as text: UTF-8 (a BOM is dropped); anything else is an error."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte-order mark is text
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise CorpusError("not UTF-16 text despite its byte-order mark", path=path) from None
    if not data.strip():
        raise CorpusError("empty file", path=path)
    if b"\x00" in data[:8192]:
        raise CorpusError("binary file, not text", path=path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise CorpusError(
            f"not UTF-8 text (byte 0x{data[err.start]:02x}); save it as UTF-8", path=path, line=line
        ) from None


def _read_article_file(path: Path) -> Article | CorpusError:
    try:
        text = decode_text(path.read_bytes(), str(path))
        meta, body, body_line = split_front_matter(text, str(path))
        return make_article(path.stem, body, str(path), meta, body_line)
    except CorpusError as err:
        return err
    except OSError as err:
        return CorpusError(f"cannot read: {err.strerror}", path=str(path))


def split_front_matter(text: str, path: str) -> tuple[dict[str, Any], str, int]:
    """Split optional YAML front matter (between two ``---`` lines) from the body."""
    if not text.startswith("---"):
        return {}, text, 1
    lines = text.splitlines(keepends=True)
    if lines[0].strip() != "---":
        return {}, text, 1
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            break
    else:
        raise CorpusError("front matter starts with '---' but is never closed", path=path, line=1)
    raw = "".join(lines[1:i])
    try:
        meta = yaml.safe_load(raw) if raw.strip() else {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        # An error found at the end of the stream belongs to the last front matter line.
        line = min(mark.line + 2, i) if mark is not None else 1
        problem = getattr(err, "problem", None) or "invalid YAML"
        raise CorpusError(f"front matter: {problem}", path=path, line=line) from None
    if not isinstance(meta, dict):
        raise CorpusError("front matter must be a mapping of key: value", path=path, line=2)
    body = "".join(lines[i + 1 :])
    _validate_metadata(meta, path, lines)
    return meta, body, i + 2


def _validate_metadata(meta: dict[str, Any], path: str, lines: list[str] | None = None) -> None:
    def line_of(key: str) -> int | None:
        if lines is None:
            return None
        for n, line in enumerate(lines[1:], start=2):
            if line.split(":", 1)[0].strip() == key:
                return n
        return None

    dated: dict[str, Any] = {}  # the published date under each name it is given
    for key, value in meta.items():
        if _names_published(key):
            _check_published(str(key), value, path, line_of(str(key)))
            dated[str(key)] = value
            if len({str(v) for v in dated.values()}) > 1:
                first = next(iter(dated))
                raise CorpusError(f"{key} {value} disagrees with {first} {dated[first]}: "
                                  "give the published date once", path=path,
                                  line=line_of(str(key)))
            continue
        if key not in METADATA_KEYS:
            # Other metadata (author, license, tags) is welcome and kept; a near-miss of a key
            # factcheck reads is a typo that would silently lose a date or a source.
            near = difflib.get_close_matches(str(key).lower(), METADATA_KEYS, n=1, cutoff=0.75)
            if near:
                raise CorpusError(
                    f"unknown front matter key {key!r}: did you mean {near[0]!r}? "
                    f"factcheck reads {', '.join(METADATA_KEYS)}",
                    path=path,
                    line=line_of(str(key)),
                )
            continue
        if value is not None and not isinstance(value, str):
            raise CorpusError(f"{key} must be text, not {value!r}", path=path, line=line_of(key))


def _names_published(key: object) -> bool:
    return key == "published" or str(key).lower() in PUBLISHED_ALIASES


def _check_published(key: str, value: Any, path: str, line: int | None) -> None:
    if isinstance(value, date):  # YAML reads 2026-02-09 as a date (a datetime is one too)
        return
    try:
        date.fromisoformat(str(value))
    except ValueError:
        raise CorpusError(f"{key} must be a date YYYY-MM-DD, not {value!r}", path=path,
                          line=line) from None


def _published(meta: dict[str, Any]) -> Any:
    """The published date in ``meta``, under ``published`` or another name for it."""
    if meta.get("published") is not None:
        return meta["published"]
    return next((v for k, v in meta.items() if _names_published(k) and v is not None), None)


def _read_jsonl(path: Path) -> Iterable[Article | CorpusError]:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise CorpusError(f"cannot read: {err.strerror}", path=str(path)) from None
    text = decode_text(data, str(path))
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield CorpusError(f"invalid JSON: {err.msg}", path=str(path), line=n)
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield CorpusError(
                "each line must be an object with a 'text' string", path=str(path), line=n
            )
            continue
        article_id = str(record.get("id") or f"{path.stem}-{n}")
        meta = {k: v for k, v in record.items()
                if (k in METADATA_KEYS or _names_published(k)) and v is not None}
        if not record["text"].strip():
            yield CorpusError(f"article {article_id!r} has empty text", path=str(path), line=n)
            continue
        try:
            _validate_metadata(
                {k: v for k, v in record.items() if k not in ("id", "text")}, str(path)
            )
            yield make_article(article_id, record["text"], f"{path}:{n}", meta, 1)
        except CorpusError as err:
            yield CorpusError(err.message, path=str(path), line=n)


def make_article(
    article_id: str, body: str, path: str, meta: dict[str, Any], body_line: int
) -> Article:
    """An Article from its body and validated metadata (reference date chosen later)."""
    published = _published(meta)
    if isinstance(published, datetime):
        published = published.date()
    elif published is not None and not isinstance(published, date):
        published = date.fromisoformat(str(published))
    dateline, month, day, year = find_dateline(body)
    dateline_date = None
    if dateline and year is not None:
        dateline_date = _safe_date(year, month, day)
    return Article(
        id=article_id,
        text=body,
        path=path,
        title=meta.get("title"),
        source=meta.get("source"),
        url=meta.get("url"),
        published=published,
        dateline=dateline,
        dateline_date=dateline_date,
        body_line=body_line,
    )


def find_dateline(body: str) -> tuple[str | None, int, int, int | None]:
    """The dateline at the top of a body ("Tokyo, February 9:"): text, month, day, year or None."""
    head = body.lstrip()[:120]
    match = _DATELINE.match(head)
    if not match:
        return None, 0, 0, None
    month = _MONTHS[match.group("month").lower()]
    day = int(match.group("day"))
    if not 1 <= day <= 31:
        return None, 0, 0, None
    year = int(match.group("year")) if match.group("year") else None
    text = head[match.start("place") : match.end("day")].strip()
    if match.group("year"):
        text = head[match.start("place") : match.end("year")].strip()
    return text, month, day, year


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# --- reference dates ----------------------------------------------------------------------


def assign_reference_dates(articles: list[Article], override: date | None = None) -> list[Article]:
    """Give each article the date its relative expressions are read against, and the reason.

    In order: its published date; its dateline (a dateline without a year takes the year
    that puts it nearest the corpus's dates); else the corpus: ``override``
    (--reference-date) if given, otherwise the latest date the other articles establish,
    marked as an estimate.
    """
    own: dict[str, date] = {a.id: a.published for a in articles if a.published}
    own.update({a.id: a.dateline_date for a in articles if a.dateline_date and a.id not in own})
    result = []
    for article in articles:
        others = [d for i, d in own.items() if i != article.id]
        anchor = override or (max(others) if others else None)
        if article.published:
            result.append(
                replace(
                    article,
                    reference_date=article.published,
                    reference_certain=True,
                    reference_reason="published date in its metadata",
                )
            )
            continue
        if article.dateline_date:
            result.append(
                replace(
                    article,
                    reference_date=article.dateline_date,
                    reference_certain=True,
                    reference_reason=f"its dateline “{article.dateline}”",
                )
            )
            continue
        if article.dateline and anchor:
            _, month, day, _ = find_dateline(article.text)
            guess = _nearest_year(month, day, anchor)
            if guess:
                result.append(
                    replace(
                        article,
                        dateline_date=guess,
                        reference_date=guess,
                        reference_certain=True,
                        reference_reason=f"its dateline “{article.dateline}”, year from the corpus",
                    )
                )
                continue
        if override:
            result.append(
                replace(
                    article,
                    reference_date=override,
                    reference_certain=True,
                    reference_reason="--reference-date",
                )
            )
        elif others:
            latest = max(others)
            cited = sorted(i for i, d in own.items() if d == latest and i != article.id)
            result.append(
                replace(
                    article,
                    reference_date=latest,
                    reference_certain=False,
                    reference_reason=f"estimated: the latest date the corpus establishes "
                    f"({', '.join(cited)}); the article gives none",
                )
            )
        else:
            result.append(
                replace(
                    article,
                    reference_date=None,
                    reference_certain=False,
                    reference_reason="no date known: relative dates stay unresolved",
                )
            )
    return result


def _nearest_year(month: int, day: int, anchor: date) -> date | None:
    candidates = [_safe_date(anchor.year + k, month, day) for k in (-1, 0, 1)]
    valid = [c for c in candidates if c]
    return min(valid, key=lambda c: abs((c - anchor).days)) if valid else None
