"""People by what the sentence says of them: a name of a given name and a family name that no
other rule read as a person is one when the text quotes them ("zegt Julien Stroobants", "says
Cathy Berx", "aldus Jan Mol", "Anna Vos said") or gives their post in lower case before it
("chief administrative officer George Harvie", "leerkracht Petra Zdanska",
"stedenband-wethouder Daan de Haas") or after it with a comma ("Anouk Vork, beleidsmedewerker",
"Wei Lan, tolk"), the post their role word, or calls them someone's counterpart or by their trade
("zijn ambtsgenoot Rainer Vogt", "architect Hans Mol": no post); or writes letters after it
("Lesley Griffiths AM", "Michelle Garnaut AO"), no part of the name, or a party in brackets
("Koen Byttebier (VLD)"), or labels them ("Sponsors: Jan Mol", "Vraag van Anna Vos"). (Not
"Jan Mol of the Secretariat": "Director General of the ..." reads the same.)"""
from __future__ import annotations

import re

from ..model import Sentence, Unknown
from ..names import is_portfolio_word
from ..words import COUNTRIES, ORG_WORDS, STARTERS

# a verb of saying before the name, or after it
_SAYS = (r"said|says|explains|explained|added|adds|stated|states|commented|according to|zegt|zei|"
         r"zegde|aldus|vertelt|vertelde|verklaarde|legt uit|volgens")
_SAID = r"said|says|explained|added|stated|commented|zegt|zei|vertelt|vertelde|verklaarde"
# a post in lower case by its head noun: "administrative manager", "project administrator", a
# role word joined to what it is for ("stedenband-wethouder")
_POST = (r"(?:(?!(?:and|en|met|with|hun|zijn|haar|his|her|their|our|onze|the|de|het|of|van|a|an|"
         r"een)\b)[a-z][\w-]* ){0,2}(?:officer|manager|administrator|secretary|advis[eo]r|"
         r"co-?ordinator|director|directeur|teacher|leerkracht|spokes(?:person|man|woman)|"
         r"woordvoerder|woordvoerster|clerk|treasurer|[a-z]*medewerker|beleidsadviseur|"
         # an interpreter ("Jan Mol, tolk")
         r"tolk|interpreter|"
         r"[a-z]+-(?:wethouder|raadslid|gedeputeerde|schepen|burgemeester))")
# someone's counterpart or colleague, or a trade, no post: "zijn ambtsgenoot Rainer Vogt",
# "her counterpart Anna Vos", "architect Hans Mol", "photographer Jan Mol"
# a label that names a person after it: who sponsors or asks, whom to contact (not a news
# item's writer, "Geschreven door", "Written by": no actor of what it tells)
_LABEL = (r"(?:Sponsors?|Sponsored by|Contact(?:persoon)?|Contact person|Indiener|"
          r"Vragensteller|Interpellant):|Vraag van|Schriftelijke vraag van|Question from|"
          r"Interpellatie van")
_PEER = (r"ambtsgeno(?:ot|te)|counterpart|collega|colleague|architect|kunstenaar|artist|"
         r"fotograaf|photographer")
# a person's name: given name(s) or initials, perhaps particles, a family name
_PERSON = re.compile(r"(?:[A-Z]\.|[A-ZÀ-Þ][a-zà-ÿ’'-]+)(?: (?:(?:van|de|der|den|ter|ten|von|le|"
                     r"la|du) )*(?:[A-Z]\.|[A-ZÀ-Þ][\w’'-]+)){1,3}")


def _a_person(name: str) -> bool:
    words = name.split()
    return bool(_PERSON.fullmatch(name)) and words[0] not in STARTERS and \
        not ORG_WORDS.search(name) and not any(is_portfolio_word(w) or w in COUNTRIES
                                               for w in words)


# letters after a name ("Lesley Griffiths AM", "Ann Low MLA", "Jan Mol OBE"): a member's or an
# honour's, so a person's
_POST_NOMINAL = r" (?:AM|AO|AC|MP|MS|MSP|MLA|MLC|MEP|TD|OBE|MBE|CBE|KBE|DBE|QC|KC|JP)(?![\w-])"
# a party in brackets after the name ("Koen Byttebier (VLD)", "Pieter Soens (CD&V)"); not the
# name's own abbreviation ("Euregio Maas-Rijn (EMR)": it begins as the name does)
_PARTY_AFTER = re.compile(r" \((?P<party>[A-Z][A-Za-z]{0,3}(?:[&/.][A-Za-z]{1,3})*|"
                          r"[A-Z][a-z]+[A-Z][a-z]+)\)")
# a post that heads a name but is no role word of its own: "Mayoress Pam Sharpe",
# "SP-fractievoorzitter Bas Maes", "Oppositieleider Bas Maes"
_HEAD_POST = re.compile(r"(?P<post>(?:[A-Z][\w&/]*-)?(?:[Ff]ractievoorzitter|[Ff]ractieleider|"
                        r"[Oo]ppositieleider|[Pp]artijleider|Mayoress|Lady Mayoress))(?= [A-Z])")
# a form of address before the name is no part of it ("Miss McIlveen said")
_STYLED = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Mevrouw|Meneer|Dhr|Mevr)\.? (?=[A-Z])")


def people_by_context(unknown: list[Unknown], sentences: list[Sentence]) -> None:
    """A name read only as a name that a sentence quotes or gives a post in lower case before
    becomes a person (with that post as its role word), for the reviewer to check."""
    for u in unknown:
        # (after a word that starts a sentence: "Volgens SP-fractievoorzitter Bas Maes")
        first = u.name.split(" ", 1)[0]
        head = _HEAD_POST.match(u.name, len(first) + 1 if first in STARTERS else 0)
        if u.kind == "name" and head and _a_person(u.name[head.end() + 1:]):
            u.kind, u.role_word, u.name = "person", head.group("post"), u.name[head.end() + 1:]
            u.review = f"unknown person: {u.name!r} ({u.role_word}); declare or correct"
            continue
        lettered = re.search(_POST_NOMINAL + "$", u.name)
        if u.kind == "name" and lettered and _a_person(u.name[:lettered.start()]):
            u.kind, u.name = "person", u.name[:lettered.start()]
            u.review = f"unknown person: {u.name!r}, with letters after the name; declare or correct"
            continue
        styled = _STYLED.match(u.name)
        if u.kind != "name" or not (_a_person(u.name) or styled and _a_person(
                "X " + u.name[styled.end():])):
            continue
        n = re.escape(u.name)
        said = post = peer = labelled = None
        for s in (s.text for s in sentences if u.name in s.text):
            # (a person by the label before the name: "Sponsors: Jan Mol", "Vraag van Anna Vos")
            labelled = labelled or re.search(rf"(?<![\w-])(?:{_LABEL}) {n}(?![\w’'-])", s)
            # (a person, no post said)
            peer = peer or re.search(rf"(?<![\w-])(?:{_PEER}) {n}(?![\w’'-])", s)
            said = said or next((m for m in re.finditer(rf"(?<![\w’'-]){n}(?=\s\()", s)
                                 if (party := _PARTY_AFTER.match(s, m.end()))
                                 and party.group("party")[0] != u.name[0]
                                 and party.group("party") not in COUNTRIES), None)
            said = said or re.search(rf"(?<![\w-])(?:{_SAYS}),? {n}(?![\w’'-])|"
                                     rf"(?<![\w’'-]){n},? (?:{_SAID})\b", s)
            # (the post's body or town between: "the project administrator of Lavaux, Jan Mol")
            post = post or re.search(rf"(?<![\w-])(?P<post>{_POST})(?: (?:of|van|for|voor) "
                                     rf"(?:the |de |het )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)?,? "
                                     rf"{n}(?![\w’'-])", s) \
                or re.search(rf"(?<![\w’'-]){n}, (?P<post>{_POST})(?![\w-])", s)
        if said or post or peer or labelled:
            u.kind, u.name = "person", u.name[styled.end():] if styled else u.name
            u.role_word = u.role_word or (post.group("post") if post else None)
            u.review = f"unknown person: {u.name!r}, " + \
                ("quoted" if said else f"the {post.group('post')}" if post else
                 (peer or labelled).group(0).split()[0]) + "; declare or correct"
