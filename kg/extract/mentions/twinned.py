"""Towns and regions in a twinning or a partnership: a place the text names as a twin town, a
sister city or a partner of another ("Pasewalk, de Duitse zusterstad van Halen", "twinned with
Clamart", "20 years of Twinning between Patchway and Gauting", "the friendship between Changchun
and Hjoerring"), acts in the relation, so it is an actor (an organisation: the town as a body),
not only a place. (A town a delegation comes from is not read so: "gasten uit Deventer" may be
anyone's guests.)"""
from __future__ import annotations

import re

from ..model import Sentence, Unknown
from ..words import COUNTRIES, COUNTRY_FORMAL

# what a twinned town is called: "zusterstad", "partnergemeente", "twin town", "sister cities",
# "Naxxar's twinned council"
_TWIN = (r"(?:zuster|partner|jumelage|vriendschaps)(?:stad|steden|gemeenten?|provincie|regio)|"
         r"(?:twin(?:ned)?|sister|partner|friendship)[- ](?:towns?|city|cities|councils?|"
         r"provinces?|states?|regions?)")
# the relation itself: "verzustering met", "twinned with", "the twinning between"
_RELATION = (r"verzustering|verbroedering|stedenband|jumelage|twinning|twinned|verzusterd|"
             r"verbroederd|sister[- ]city relationship|(?:twin|sister)[- ]city agreement")
_TOWN = r"(?:(?:de stad|de gemeente|the city of|the town of) )?"
# ties between two towns or regions: "the friendship between Changchun and Hjoerring",
# "samenwerking tussen Utrecht en Beieren", "connections between the cities of Dresden and Coventry"
_TIES = (r"samenwerking|cooperation|co-operation|relations|relationship|betrekkingen|banden|ties|"
         r"links|friendship|vriendschap|exchanges?|uitwisseling|connections")


def _patterns(name: str) -> list[str]:
    n = re.escape(name)
    return [
        rf"(?:{_TWIN}) (?:(?:van|of) )?{_TOWN}{n}(?![\w-])",          # "zusterstad van Halen"
        rf"(?<![\w-]){n}['’]s? (?:[\w-]+ )?(?:{_TWIN})",                # "Naxxar's twinned council"
        # "Rundu, de Namibische partnerstad van Nieuwegein"
        rf"(?<![\w-]){n}, (?:de|het|the|our|onze|its|their|zijn|haar) (?:[\w-]+ )?(?:{_TWIN})",
        rf"(?:{_RELATION}) (?:[\w-]+ )?(?:with|met) {_TOWN}{n}(?![\w-])",   # "twinned with Clamart"
        # "Twinning between Patchway and Gauting", "the friendship between Changchun and Hjoerring"
        rf"\b(?:{_RELATION}|{_TIES})\b[^.;]{{0,40}}? (?:between|tussen) (?:the |de )?"
        rf"(?:cities of |steden )?{_TOWN}{n}(?![\w-])",
        rf"\b(?:{_RELATION}|{_TIES})\b[^.;]{{0,40}}? (?:between|tussen) [^.,;]+? (?:and|en) "
        rf"{_TOWN}{n}(?![\w-])",
        # the subject of the relation: "Lavaux would be twinned with the City", "Lavaux is
        # verzusterd met Ruisdorp"
        rf"(?<![\w-]){n} (?:(?:is|was|are|were|would be|will be|has been|had been|wordt|werd|"
        rf"zou worden) )?(?:twinned|verzusterd|verbroederd) (?:with|met)\b",
        # both sides named by "both A and B" after the twinning: "de stedenband, omdat zowel
        # Lavaux als Ruisdorp er op vooruitgaan" (not after an exchange: "deze uitwisseling ...
        # zowel Dodenherdenking als Bevrijdingsdag", days)
        rf"\b(?:{_RELATION})\b[^.;]{{0,60}}?\b(?:zowel|both) {_TOWN}{n} (?:als|and)\b",
        rf"\b(?:{_RELATION})\b[^.;]{{0,60}}?\b(?:zowel|both) [^.,;]+? (?:als|and) "
        rf"{_TOWN}{n}(?![\w-])",
    ]


def twinned(name: str, sentence: str) -> bool:
    """Whether the sentence names `name` as a town in a twinning or a partnership (see the
    module)."""
    return any(re.search(p, sentence, re.IGNORECASE) for p in _patterns(name))


def twinned_towns(unknown: list[Unknown], sentences: list[Sentence]) -> None:
    """A name read only as a name or a place that a sentence of the text calls a twin town, a
    sister city or a partner in a twinning or in ties between two becomes an organisation (the
    town acting in it); a country stays a place ("the partnership between the Netherlands and
    India")."""
    for u in unknown:
        if u.kind not in ("name", "place") or u.name in COUNTRIES or \
                COUNTRY_FORMAL.fullmatch(u.name):    # ("the Republic of South Africa")
            continue
        if any(u.name in s.text and twinned(u.name, s.text) for s in sentences):
            u.kind = "organisation"
            u.review = f"unknown name: {u.name!r}, a town in a twinning or a partnership; " \
                "declare or correct"
