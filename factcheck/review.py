"""The review file: editors' decisions on findings, kept between runs, saved atomically."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import ConfigError, ReviewFileError
from factcheck.fsutil import atomic_write_text
from factcheck.schema import SEVERITIES, Finding

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: saves still merge, but without the lock
    fcntl = None  # type: ignore[assignment]

#: The default review file name; it lives beside the articles of a folder corpus.
REVIEW_FILE = "factcheck.review.yaml"
STATUSES = ("accepted", "dismissed")
#: Key order of one decision in the file: what was decided first, then what it was about.
DECISION_KEYS = ("status", "by", "at", "note", "rule", "subject", "summary")
#: Severity ranks: a finding fails the run when its rank is at least the failing level's.
LEVEL_RANK = {"error": 3, "warning": 2, "info": 1}
_FULL_ID = re.compile(r"[0-9a-f]{12}")

_HEADER = """\
# factcheck review file: editors' decisions on findings, keyed by finding id (fingerprint).
#   accepted  = a real discrepancy: it stays in the report and no longer fails the run
#   dismissed = a false alarm: it is hidden from the report (and counted)
# Edit with `factcheck review`, or by hand: one entry per finding id, sorted by id.
"""


@dataclass(frozen=True)
class Decision:
    """An editor's accept or dismiss of one finding, with who, when and why."""

    status: str
    by: str = ""
    at: str = ""
    note: str = ""
    rule: str = ""
    subject: str = ""
    summary: str = ""

    def to_yaml(self) -> dict[str, str]:
        return {k: getattr(self, k) for k in DECISION_KEYS if getattr(self, k) or k == "status"}


@dataclass(frozen=True)
class ReviewState:
    """The decisions of one review file, by finding id."""

    path: Path | None = None
    decisions: Mapping[str, Decision] = field(default_factory=dict)

    def get(self, finding_id: str) -> Decision | None:
        return self.decisions.get(finding_id)

    def status(self, finding_id: str) -> str:
        """``new``, ``accepted`` or ``dismissed``."""
        decision = self.decisions.get(finding_id)
        return decision.status if decision else "new"


@dataclass(frozen=True)
class Classified:
    """Findings split by review state, plus decisions that match no current finding."""

    new: list[Finding]
    accepted: list[Finding]
    dismissed: list[Finding]
    stale: list[tuple[str, Decision]]


def default_review_path(corpus: str | Path) -> Path:
    """Where a corpus keeps its decisions: ``factcheck.review.yaml`` inside a folder corpus,
    ``<stem>.review.yaml`` beside a JSONL corpus (so two corpora never share a file)."""
    root = Path(corpus)
    if root.suffix == ".jsonl" or (root.exists() and root.is_file()):
        return root.with_name(f"{root.stem}.review.yaml")
    return root / REVIEW_FILE


# --- reading ------------------------------------------------------------------------------


def load_review(path: str | Path | None) -> ReviewState:
    """Read a review file; a missing file is an empty state, a malformed one a ReviewFileError."""
    if path is None:
        return ReviewState()
    target = Path(path)
    try:
        text = target.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ReviewState(path=target)
    except (OSError, UnicodeDecodeError) as err:
        raise ReviewFileError(f"cannot read the review file: {err}", path=str(target)) from None
    return ReviewState(path=target, decisions=parse_review(text, str(target)))


def parse_review(text: str, path: str = "<review>") -> dict[str, Decision]:
    """Decisions from the text of a review file, with file:line errors for anything off."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        problem = getattr(err, "problem", None) or "invalid YAML"
        raise ReviewFileError(problem, path=path,
                              line=mark.line + 1 if mark is not None else None) from None
    if root is None:
        return {}
    top = _mapping(root, path, "the review file must be a mapping with a 'decisions' key")
    decisions_node = None
    for key, value in top:
        if key.value == "decisions":
            decisions_node = value
        elif key.value != "version":
            raise ReviewFileError(f"unknown key {key.value!r}; valid keys: version, decisions",
                                  path=path, line=_line(key))
    if decisions_node is None or (
        isinstance(decisions_node, yaml.ScalarNode) and decisions_node.value in ("", "~", "null")
    ):
        return {}
    result: dict[str, Decision] = {}
    for key, value in _mapping(decisions_node, path, "'decisions' must map ids to decisions"):
        # Raw scalar text, not the constructed value: an all-digit id stays a string.
        finding_id = str(key.value).strip()
        if not isinstance(key, yaml.ScalarNode) or not finding_id:
            raise ReviewFileError("a decision's key must be a finding id", path=path,
                                  line=_line(key))
        if finding_id in result:
            raise ReviewFileError(f"finding {finding_id} is decided twice", path=path,
                                  line=_line(key))
        fields: dict[str, str] = {}
        for k, v in _mapping(value, path, f"decision {finding_id} must be a mapping"):
            if k.value not in DECISION_KEYS:
                raise ReviewFileError(f"unknown key {k.value!r} in decision {finding_id}; "
                                      f"valid keys: {', '.join(DECISION_KEYS)}",
                                      path=path, line=_line(k))
            if not isinstance(v, yaml.ScalarNode):
                raise ReviewFileError(f"{k.value} of decision {finding_id} must be text",
                                      path=path, line=_line(v))
            fields[k.value] = "" if v.value in ("~", "null") and v.style is None else str(v.value)
        status = fields.get("status", "")
        if status not in STATUSES:
            raise ReviewFileError(
                f"decision {finding_id}: status must be accepted or dismissed, not {status!r}",
                path=path, line=_line(key))
        result[finding_id] = Decision(**fields)
    return result


def _mapping(node: yaml.Node, path: str, message: str) -> list[tuple[yaml.Node, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        raise ReviewFileError(message, path=path, line=_line(node))
    return list(node.value)


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


# --- writing ------------------------------------------------------------------------------


def dump_review(decisions: Mapping[str, Decision]) -> str:
    """The review file's text: a header, then the decisions sorted by id."""
    body = {"version": 1,
            "decisions": {k: decisions[k].to_yaml() for k in sorted(decisions)}}
    return _HEADER + yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=100,
                                    default_flow_style=False)


@contextlib.contextmanager
def locked(path: str | Path) -> Iterator[None]:
    """Hold an exclusive lock on the review file's lock file (``.<name>.lock`` beside it)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    lock_path = target.with_name(f".{target.name}.lock")
    if fcntl is None:  # pragma: no cover
        yield
        return
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def save_changes(path: str | Path, changes: Mapping[str, Decision | None]) -> ReviewState:
    """Apply this session's changes (a Decision, or None to remove one) to the file on disk.

    Under the lock the file is read again, so decisions another reviewer saved meanwhile are
    kept; only the ids in ``changes`` are touched. The write is atomic.
    """
    target = Path(path)
    with locked(target):
        current = dict(load_review(target).decisions)
        for finding_id, decision in changes.items():
            if decision is None:
                current.pop(finding_id, None)
            else:
                current[finding_id] = decision
        atomic_write_text(target, dump_review(current))
    return ReviewState(path=target, decisions=current)


def now_iso() -> str:
    """The current UTC time as an ISO timestamp to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def summary_line(finding: Finding) -> str:
    """One human line naming a finding: its message, and the articles if it does not name them."""
    message = " ".join(finding.message.split())
    if all(re.search(rf"(?<![\w-]){re.escape(doc)}(?![\w-])", message) for doc in finding.docs):
        return message
    return f"{message} [{', '.join(finding.docs)}]"


def make_decision(finding: Finding | None, status: str, by: str, note: str = "",
                  at: str | None = None, previous: Decision | None = None) -> Decision:
    """A decision on ``finding`` (or, when it is gone, a copy of ``previous`` with a new status)."""
    if status not in STATUSES:
        raise ConfigError(f"status must be accepted or dismissed, not {status!r}")
    # One line each: the file stays readable and YAML line breaks (NEL, LS) cannot creep in.
    by, note = " ".join(by.split()), " ".join(note.split())
    if finding is not None:
        return Decision(status=status, by=by, at=at or now_iso(), note=note, rule=finding.rule,
                        subject=" ".join(finding.subject.split()), summary=summary_line(finding))
    base = previous or Decision(status=status)
    return replace(base, status=status, by=by, at=at or now_iso(), note=note or base.note)


# --- using decisions ----------------------------------------------------------------------


def classify(findings: Iterable[Finding], state: ReviewState) -> Classified:
    """Split findings into new, accepted and dismissed; list decisions matching none as stale."""
    new: list[Finding] = []
    accepted: list[Finding] = []
    dismissed: list[Finding] = []
    seen: set[str] = set()
    for finding in findings:
        seen.add(finding.id)
        status = state.status(finding.id)
        (accepted if status == "accepted" else dismissed if status == "dismissed" else new).append(
            finding)
    stale = [(k, state.decisions[k]) for k in sorted(state.decisions) if k not in seen]
    return Classified(new=new, accepted=accepted, dismissed=dismissed, stale=stale)


def at_or_above(severity: str, level: str) -> bool:
    """Whether a finding of ``severity`` reaches the failing ``level`` (``never``: nothing does)."""
    if level == "never":
        return False
    if level not in LEVEL_RANK:
        raise ConfigError(f"unknown level {level!r}; valid: {', '.join(SEVERITIES)}, never")
    return LEVEL_RANK.get(severity, 0) >= LEVEL_RANK[level]


def failing(findings: Iterable[Finding], state: ReviewState | None, level: str) -> list[Finding]:
    """The NEW findings at or above ``level``: these make `factcheck run` exit 1."""
    state = state or ReviewState()
    return [f for f in findings if state.status(f.id) == "new" and at_or_above(f.severity, level)]


def resolve_ids(prefixes: Sequence[str], candidates: Iterable[str]) -> list[str]:
    """Full ids for unique prefixes; an unknown or ambiguous prefix is a ConfigError."""
    pool = sorted(set(candidates))
    result: list[str] = []
    for prefix in prefixes:
        wanted = prefix.strip().lower()
        if not wanted:
            raise ConfigError("an empty finding id was given")
        exact = [c for c in pool if c == wanted]
        matches = exact or [c for c in pool if c.startswith(wanted)]
        if not matches:
            raise ConfigError(f"no finding id starts with {prefix!r} "
                              "(see `factcheck review --list`)")
        if len(matches) > 1:
            shown = ", ".join(matches[:5]) + (", ..." if len(matches) > 5 else "")
            raise ConfigError(f"finding id {prefix!r} is ambiguous: {shown}")
        if matches[0] not in result:
            result.append(matches[0])
    return result


def decide(path: str | Path, ids: Sequence[str], status: str, by: str, note: str = "",
           findings: Sequence[Finding] | None = None) -> list[str]:
    """Record ``status`` for the findings ``ids`` (unique prefixes allowed); returns full ids.

    With ``findings`` the prefixes resolve against the current findings (and the decided
    ids), and each decision records the rule, subject and a summary line of its finding.
    """
    state = load_review(path)
    by_id = {f.id: f for f in findings or ()}
    pool = set(by_id) | set(state.decisions)
    if findings is None:
        # Without the findings to check against, a whole fingerprint is taken as given.
        pool |= {i.strip().lower() for i in ids if _FULL_ID.fullmatch(i.strip().lower())}
    full = resolve_ids(ids, pool)
    changes = {i: make_decision(by_id.get(i), status, by, note, previous=state.get(i))
               for i in full}
    save_changes(path, changes)
    return full


def undecide(path: str | Path, ids: Sequence[str]) -> list[str]:
    """Remove the decisions ``ids`` (unique prefixes of decided ids); the findings become new."""
    state = load_review(path)
    full = resolve_ids(ids, state.decisions)
    save_changes(path, dict.fromkeys(full))
    return full


def prune(path: str | Path, findings: Iterable[Finding]) -> list[str]:
    """Remove decisions that match no current finding; returns the ids removed."""
    target = Path(path)
    current = {f.id for f in findings}
    with locked(target):
        state = load_review(target)
        stale = sorted(k for k in state.decisions if k not in current)
        if stale:
            kept = {k: v for k, v in state.decisions.items() if k not in stale}
            atomic_write_text(target, dump_review(kept))
    return stale


def default_reviewer(environ: Mapping[str, str] | None = None) -> str:
    """Who is deciding: $FACTCHECK_REVIEWER, else git config user.name, else $USER."""
    env = os.environ if environ is None else environ
    if env.get("FACTCHECK_REVIEWER", "").strip():
        return env["FACTCHECK_REVIEWER"].strip()
    import subprocess

    try:
        out = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True,
                             timeout=5, check=False)
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return env.get("USER", "").strip() or env.get("USERNAME", "").strip() or "unknown"


def findings_json_state(finding: Finding, state: ReviewState | None) -> dict[str, Any]:
    """A finding's review state as JSON: status, and who decided when and why."""
    decision = state.get(finding.id) if state else None
    if decision is None:
        return {"status": "new"}
    return {"status": decision.status, "by": decision.by, "at": decision.at,
            "note": decision.note}


# --- teaching the rules: aliases ----------------------------------------------------------

ALIASES_FILE = "aliases.yaml"
ALIAS_KINDS = ("place", "person", "org")


def _norm(name: str) -> str:
    return " ".join(name.lower().split())


def parse_alias(spec: str) -> list[str]:
    """``"Yeongbingwan=Akasaka Palace"`` -> the names, first one canonical; at least two."""
    names = [" ".join(part.split()) for part in spec.split("=")]
    names = [n for n in names if n]
    if len(names) < 2 or len({_norm(n) for n in names}) < 2:
        raise ConfigError(f"an alias names two or more different things joined by '=', "
                          f"like \"Yeongbingwan=Akasaka Palace\"; not {spec!r}")
    return names


def add_alias(rules_dir: str | Path, names: Sequence[str], kind: str | None = None,
              note: str = "") -> tuple[Path, list[str]]:
    """Teach the vocabulary that ``names`` denote one thing; returns the file and the group.

    A name already in an ``aliases*.yaml`` entry extends that entry in place (its first name
    stays canonical); otherwise a new entry is appended to ``vocabulary/aliases.yaml``, which
    then needs ``kind`` (place, person or org). Only the edited entry's ``names`` changes,
    so the editors' order, notes and comments stay as they were. Atomic, under a lock.
    """
    vocab = Path(rules_dir) / "vocabulary"
    wanted = [" ".join(n.split()) for n in names if n.strip()]
    if kind is not None and kind not in ALIAS_KINDS:
        raise ConfigError(f"alias kind must be one of {', '.join(ALIAS_KINDS)}, not {kind!r}")
    files = sorted(vocab.glob("aliases*.y*ml")) if vocab.is_dir() else []
    keys = {_norm(n) for n in wanted}
    target = next((f for f in files if any(keys & _entry_keys(e) for e, _ in _read_entries(f))),
                  vocab / ALIASES_FILE)
    with locked(target):
        try:
            text = target.read_text(encoding="utf-8")
        except FileNotFoundError:
            text = ("# Names that denote one thing. The first name of each entry is the one "
                    "reports use.\n# kind: place, person or org. "
                    "`factcheck review --alias \"A=B\"` adds entries.\n")
        entries = _read_entries(target)
        match = next(((e, node) for e, node in entries if keys & _entry_keys(e)), None)
        if match is None:
            if kind is None:
                raise ConfigError("none of these names is in the vocabulary yet: say what they "
                                  "name with --kind place, person or org")
            entry: dict[str, Any] = {"kind": kind, "names": _dedupe(wanted)}
            if note:
                entry["note"] = note
            block = yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, width=100,
                                   default_flow_style=None)
            text = (text if text.endswith("\n") or not text else text + "\n") + block
            group = entry["names"]
        else:
            found, node = match
            group = _dedupe([str(n) for n in found["names"]] + wanted)
            if node is None:  # an entry without a names list cannot be extended in place
                raise ConfigError(f"the entry for {group[0]!r} has no names list to extend",
                                  path=str(target))
            flow = yaml.safe_dump(group, default_flow_style=True, allow_unicode=True,
                                  width=10_000).strip()
            # A block list's node ends at the next key; its last item ends where the list does.
            end = node.end_mark.index if node.flow_style or not node.value else (
                node.value[-1].end_mark.index)
            text = text[:node.start_mark.index] + flow + text[end:]
        atomic_write_text(target, text)
    return target, group


def _dedupe(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        if _norm(name) not in seen:
            seen.add(_norm(name))
            out.append(name)
    return out


def _entry_keys(entry: dict[str, Any]) -> set[str]:
    names = entry.get("names") or []
    return {_norm(str(n)) for n in names} if isinstance(names, list) else set()


def _read_entries(path: Path) -> list[tuple[dict[str, Any], yaml.SequenceNode | None]]:
    """The entries of an aliases file, each with the YAML node of its ``names`` list."""
    from factcheck.errors import RuleFileError

    try:
        text = path.read_text(encoding="utf-8")
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        raise RuleFileError(f"cannot read the aliases file: {' '.join(str(err).split())}",
                            path=str(path)) from None
    if data is None:
        return []
    if (not isinstance(data, list) or not all(isinstance(e, dict) for e in data)
            or not isinstance(root, yaml.SequenceNode)):
        raise RuleFileError("an aliases file is a list of entries (- kind: place, names: [...])",
                            path=str(path))
    result = []
    for entry, item in zip(data, root.value, strict=True):
        names_node = next((v for k, v in getattr(item, "value", [])
                           if getattr(k, "value", None) == "names"
                           and isinstance(v, yaml.SequenceNode)), None)
        if not isinstance(entry.get("names"), list):
            entry["names"] = []
        result.append((entry, names_node))
    return result
