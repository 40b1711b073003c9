"""Checks a briefing read from a file, field by field, so that no wrong type reaches the window."""

from __future__ import annotations

import math
import types
import typing
from dataclasses import fields, is_dataclass
from functools import cache

from desktop.domain.model import Briefing, Span
from desktop.fileio import without_lone_surrogates

_KINDS = {str: "text", bool: "true or false", int: "a whole number", float: "a number"}


class BriefingTypeError(ValueError):
    """A field of a loaded briefing holds the wrong kind of value; str() names the field."""


def validate_briefing(briefing: Briefing) -> None:
    """Check every field of a briefing just read against the type the model declares.

    Every field the model declares is checked, the article's, each item's and the
    page one's, so a field added later is checked too. Text loses any lone surrogate
    (written as U+FFFD), whole numbers become numbers where a number is declared, and
    spans must lie inside the article text.
    A figure whose value is "12" -> BriefingTypeError("figures[0].value is text, not a
    number").

    Raises:
        BriefingTypeError: the first field that is wrong, named as "quotes[3].speaker".
    """
    _check_fields(briefing, "")
    length = len(briefing.article.text)
    if not 0 <= briefing.article.body_start <= length:
        raise BriefingTypeError("article.body_start lies outside the article text")
    for number, heading in enumerate(briefing.article.headings):
        _check_span(heading.span, length, f"article.headings[{number}].span")
    for field in fields(briefing):
        items = getattr(briefing, field.name)
        if not isinstance(items, list):
            continue
        for number, item in enumerate(items):
            for k, span in enumerate(getattr(item, "spans", ())):
                _check_span(span, length, f"{field.name}[{number}].spans[{k}]")


def _check_fields(obj: object, where: str) -> None:
    hints = _hints(type(obj))
    for field in fields(obj):
        value = getattr(obj, field.name)
        name = f"{where}.{field.name}" if where else field.name
        checked = _checked(value, hints[field.name], name)
        if checked is not value:
            setattr(obj, field.name, checked)


@cache
def _hints(cls: type) -> dict[str, object]:
    return typing.get_type_hints(cls)


def _checked(value: object, hint: object, where: str) -> object:
    """value, cleaned, if it is of the kind hint declares; else BriefingTypeError."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        if value is None and len(options) < len(typing.get_args(hint)):
            return None
        return _checked(value, options[0], where)
    if origin is list:
        if not isinstance(value, list):
            raise BriefingTypeError(f"{where} is {_describe(value)}, not a list")
        (inner,) = typing.get_args(hint)
        out = [_checked(v, inner, f"{where}[{k}]") for k, v in enumerate(value)]
        return value if all(a is b for a, b in zip(out, value, strict=True)) else out
    if hint is Span:
        if not isinstance(value, Span):
            raise BriefingTypeError(f"{where} is {_describe(value)}, not a span")
        return value
    if is_dataclass(hint):
        if not isinstance(value, hint):
            raise BriefingTypeError(f"{where} is {_describe(value)}")
        _check_fields(value, where)
        return value
    return _scalar(value, hint, where)


def _scalar(value: object, hint: object, where: str) -> object:
    wanted = _KINDS.get(hint)
    if hint is str and isinstance(value, str):
        return without_lone_surrogates(value)
    if hint is bool and isinstance(value, bool):
        return value
    if hint is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if hint is float and isinstance(value, int | float) and not isinstance(value, bool):
        if not math.isfinite(value):
            raise BriefingTypeError(f"{where} is {value}, not a number")
        return float(value)
    if wanted is None:
        return value  # a kind the model does not use yet: nothing to check
    raise BriefingTypeError(f"{where} is {_describe(value)}, not {wanted}")


def _check_span(span: Span, length: int, where: str) -> None:
    if span.end > length:
        raise BriefingTypeError(f"{where} lies outside the article text")


def _describe(value: object) -> str:
    """How a wrong value is named in a message: "text", "a number", "a list" ..."""
    if value is None:
        return "empty (null)"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, str):
        return "text"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
