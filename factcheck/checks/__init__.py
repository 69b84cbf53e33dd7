"""The check registry: comparison kinds registered by name, each declaring its options."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.checks.base import CheckContext
    from factcheck.rules import Rule
    from factcheck.schema import Finding

CheckFn = Callable[["CheckContext", "Rule"], Iterable["Finding"]]

#: Option types a check may declare, by the name a rule file's error message uses.
OPTION_TYPES: dict[str, tuple[type, ...]] = {
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "str": (str,),
    "list": (list,),
    "mapping": (dict,),
}


@dataclass(frozen=True)
class Option:
    """One key a check accepts in a rule file: its name, type (a key of OPTION_TYPES), default."""

    name: str
    type: str
    default: Any
    help: str = ""

    def accepts(self, value: Any) -> bool:
        if self.type in ("int", "float") and isinstance(value, bool):
            return False
        return isinstance(value, OPTION_TYPES[self.type])


@dataclass(frozen=True)
class Check:
    """A registered check: its name, the function that runs it, and the options it declares."""

    name: str
    fn: CheckFn
    options: tuple[Option, ...] = ()
    description: str = ""
    #: Claim kinds the check looks at when a rule gives no ``select``.
    kinds: tuple[str, ...] = field(default_factory=tuple)

    def option(self, name: str) -> Option | None:
        for option in self.options:
            if option.name == name:
                return option
        return None


REGISTRY: dict[str, Check] = {}
#: The same registry under the name the CLI uses.
CHECKS = REGISTRY


def register(
    name: str,
    *,
    options: Iterable[Option] = (),
    kinds: Iterable[str] = (),
    description: str = "",
) -> Callable[[CheckFn], CheckFn]:
    """Register a check under ``name`` (the name rule files give in ``extends:``).

    A custom check in any module uses this decorator; the module is imported when it is
    listed in ``[tool.factcheck] checks`` of pyproject.toml or in the ``factcheck.checks``
    entry point group.
    """
    for option in options:
        if option.type not in OPTION_TYPES:
            raise ValueError(f"option {option.name!r}: unknown type {option.type!r}")

    def decorate(fn: CheckFn) -> CheckFn:
        REGISTRY[name] = Check(
            name=name,
            fn=fn,
            options=tuple(options),
            description=description or (fn.__doc__ or "").strip().split("\n")[0],
            kinds=tuple(kinds),
        )
        return fn

    return decorate


_BUILTINS = ("dates", "values", "naming", "arithmetic", "quotes", "weekdays")
_loaded = False


def load_builtins() -> None:
    """Import the built-in check modules (each registers itself)."""
    global _loaded
    if _loaded:
        return
    for module in _BUILTINS:
        importlib.import_module(f"factcheck.checks.{module}")
    _loaded = True


def get(name: str) -> Check | None:
    """The check registered as ``name``, or None."""
    load_builtins()
    return REGISTRY.get(name)


def names() -> list[str]:
    """Names of every registered check, sorted."""
    load_builtins()
    return sorted(REGISTRY)
