"""Dutch and English: the interface language, its translation catalogue, dates and numbers.

Interface strings are English in the code, wrapped in `_()`; their Dutch lives in the gettext
catalogue kg/locale/nl/LC_MESSAGES/kg.po, compiled to kg.mo beside it (`msgfmt`, committed, so
an install needs no gettext tools). The language in use is a context variable: the CLI sets it
from --lang, kg serve from each request (?lang=, the cookie, Accept-Language), so library code
deep down (labels, dates, messages) follows without passing `lang` through every call.
"""
from __future__ import annotations

import contextvars
import functools
import gettext
from decimal import Decimal
from pathlib import Path

from .errors import UsageError

LANGUAGES = ("en", "nl")
LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands"}     # each in its own language
DEFAULT = "en"
LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "kg"
COOKIE = "kg_lang"        # the language the switch of kg serve's pages chose

_current: contextvars.ContextVar[str] = contextvars.ContextVar("kg_language", default=DEFAULT)


def checked(lang: str | None) -> str:
    """`lang` if it is a language kg speaks; a UsageError (exit 2) naming the choices if not."""
    if lang is None:
        return DEFAULT
    code = lang.strip().lower()
    if code not in LANGUAGES:
        raise UsageError(_("unknown language {lang}; choose one of {choices}").format(
            lang=repr(lang), choices=", ".join(LANGUAGES)))
    return code


def use(lang: str | None) -> str:
    """Make `lang` the language of what follows (in this thread or task); returns it."""
    code = checked(lang)
    _current.set(code)
    return code


def current() -> str:
    return _current.get()


@functools.lru_cache(maxsize=None)
def translations(lang: str) -> gettext.NullTranslations:
    """The catalogue of `lang` (English is the source language: no catalogue needed)."""
    if lang == DEFAULT:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=str(LOCALE_DIR), languages=[lang])


def _(message: str) -> str:
    """`message` in the current language."""
    return translations(current()).gettext(message)


def N_(message: str) -> str:
    """`message` marked for the catalogue but left in English here: a table of words defined
    once, each translated by `_()` where it is used (gettext's usual `N_`)."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(current()).ngettext(singular, plural, n)


def from_accept_language(header: str | None) -> str:
    """The first language of an Accept-Language header that kg speaks (by weight), else English."""
    choices = []
    for i, part in enumerate((header or "").split(",")):
        tag, _sep, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        code = tag.strip().lower().split("-")[0]
        if code in LANGUAGES and weight > 0:
            choices.append((-weight, i, code))
    return min(choices)[2] if choices else DEFAULT


def install(env):
    """A Jinja2 environment that translates `{{ _("…") }}` and `{% trans %}` blocks in the
    language in use (each page in the language of its request)."""
    env.add_extension("jinja2.ext.i18n")
    env.install_gettext_callables(gettext=_, ngettext=ngettext, newstyle=True)
    env.globals["lang"] = current
    return env


# ---------------------------------------------------------------- dates and numbers

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
}


def month_name(month: int, lang: str | None = None) -> str:
    return MONTHS[lang or current()][month - 1]


def date_words(year: int | str, month: int | None = None, day: int | None = None,
               lang: str | None = None) -> str:
    """'6 March 2025' / '6 maart 2025', 'March 2025' / 'maart 2025', '2025'."""
    parts = [str(int(day))] if day else []
    if month:
        parts.append(month_name(int(month), lang))
    return " ".join(parts + [str(year)])


def number(value, decimals: int | None = None, lang: str | None = None) -> str:
    """12,345.67 (English) / 12.345,67 (Dutch); `decimals` fixes the places after the point."""
    if decimals is not None:
        value = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals))
    text = f"{value:,}"
    if (lang or current()) == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def money(value, currency: str | None = None, lang: str | None = None) -> str:
    """An amount with two decimals, the euro sign before it where the currency is EUR:
    '€ 8.330,00' (Dutch) / '€8,330.00' (English)."""
    amount = number(value, 2, lang)
    if currency in ("EUR", "€"):
        return f"€ {amount}" if (lang or current()) == "nl" else f"€{amount}"
    return f"{amount} {currency}" if currency else amount
