"""Draft report sheets from a report's text: `kg extract REPORT.txt|.pdf [-o draft.yaml]`.

`extract(text)` reads a travel report (Dutch or English) and returns a `Draft`: the sentences and
sections of the normalised text (segment), the known actors it mentions (known, mentions), new
people and organisations by their form (names), dates and ranges (dates), amounts (amounts), the
mission (mission), programme items and other events with their participants (events), follow-ups
with a commitment guess (followups) and the cost statements. `draft_to_yaml(draft)` (draft,
actors) writes it as a report sheet (docs/report-sheets.md) for a reviewer to check and `kg add`.

Rules of the draft:

* every fact carries `quote:`, a sentence copied from the normalised text (kg.text.normalise);
* the sheet format has no `confidence:` field, so confidence and `review:` marks are YAML comments
  right above the fact (`# confidence: 0.6 | review: ...`); every item below confidence 0.8 has
  a mark, and `kg add` refuses the sheet until each is removed or written `reviewed:` (kg.review);
* a name that is not in the registry or a report file is never matched on a guess: it is declared
  as a new person or organisation (with its sentence and a review mark) and used by that id; a
  generic name or a bare role word ('Nederlandse ambassade', 'the Director') is resolved only when
  the text around it names the known actor's organisation, place or holder (kg.reconcile), else
  it is a new one with the known one as a candidate;
* amounts are Decimals, never floats.

How well it does on the seed, the development corpus and the held-out texts:
benchmarks/extract_recovery.py and benchmarks/README.md (not tests)."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from ..config import Paths
from ..load import read_text
from ..errors import InputError, UsageError
from ..i18n import _
from ..ingest import SLUG, local_name
from ..text import normalise
from .model import (AmountFact, DateFact, Draft, EventDraft, FollowUpDraft, Mention,
                    Participant, Sentence, Unknown)
from .known import Gazetteer, load_known
from .segment import guess_language, heading_lines, line_breaks, paragraph_starts, split_sentences
from .mentions.attendance import members_present_only
from .mentions import (common_word_names, dedupe_unknown, find_mentions,
                       holders_after_place_offices, named_again, titles_told_short,
                       people_by_context, twinned_towns, unseen_headline_names)
from .dates import dates_in
from .amounts import amounts_in, cost_statements, dollar_of, parse_number
from .events import EventBuilder, slug
from .events.naming import mission_title
from .names import counted_groups, named_delegations, people_groups
from .mission import (context_year, day_heading, mission_date as first_mission_date,
                      mission_sentence, opening_day, speaks_of_a_trip)
from .followups import follow_ups_of, commitment_of, still_to_come, told_afterwards
from .draft import draft_to_yaml
from .listed_trips import listed_trip_events, trips_by_year, visits_to_places
from .writer import byline_writer

__all__ = ["Draft", "extract", "extract_file", "read_report", "draft_to_yaml", "split_sentences",
           "Sentence", "Mention", "DateFact", "AmountFact", "EventDraft", "Participant",
           "FollowUpDraft", "Unknown", "commitment_of", "parse_number"]


# a count said to exist, not to take part: "there are 60 Japanese-owned companies in Wales"
_THERE_ARE = re.compile(r"\b(?:there (?:are|were)|er (?:zijn|waren|werken|werkten))\s+$",
                        re.IGNORECASE)


# ---------------------------------------------------------------- the extractor

_MADE_OF = re.compile(r"\b(?:delegatie|delegation)\b[^.;:]{0,60}?\b(?:wordt gevormd door|werd gevormd "
                      r"door|bestaat uit|bestond uit|bestaande uit|consists of|consisted of|"
                      r"consisting of|comprises|comprised|is made up of|was made up of|"
                      r"(?:is|was) composed of)"
                      # its members right after the word: "The delegation including Jan Mol",
                      # "de delegatie, met onder meer burgemeester Bos,"
                      r"|\b(?:delegatie|delegation),? (?:including|met onder (?:meer|andere)|"
                      r"onder wie)\b", re.IGNORECASE)
# a delegation told by its size or its leader: "a 13-member delegation", "een 20-koppige
# delegatie", "a delegation of 12 people", "een delegatie onder leiding van ...", "a delegation
# led by ..." (the sentence that introduces it, before one that only says where it is from)
_SIZE_OR_LEAD = re.compile(r"\b\d+[- ](?:member|strong|person|koppige|leden)\b[^.;:]{0,30}?\b"
                           r"(?:delegatie|delegation)\b"
                           r"|\b(?:delegatie|delegation) (?:of|van) (?:some |about |ruim |circa |"
                           r"meer dan |more than |over )?\d+ (?:people|persons|members|personen|"
                           r"leden|mensen)\b"
                           # (its leader where it is introduced: not "The delegation, led by")
                           r"|\b(?:a|an|een) (?:[\w-]+ ){0,2}?(?:delegatie|delegation)\b"
                           r"[^.;:]{0,40}?\b(?:led by|headed by|"
                           r"under the leadership of|onder leiding van|geleid door|onder "
                           r"aanvoering van)\b", re.IGNORECASE)

# a delegation said where it is from: "delegatie uit Peking", "delegation from Hefei", "een
# delegatie van de provincie Flevoland"
_DELEGATION_FROM = re.compile(r"\b(?:delegatie|delegation) (?:uit|from|vanuit|van|of) (?:de |het |the )?"
                              # (its twin told as such: "a delegation from its sister province
                              # X", "from Japanese sister city X", "uit haar zusterstad X")
                              r"(?:(?:its|their|our|zijn|haar|hun|onze) )?(?:(?:[A-Z][\w-]+ )?"
                              r"(?:sister|twin|partner|zuster)[- ]?(?:city|town|province|region|"
                              r"stad|provincie|regio|gemeente) |"
                              r"(?:provincie|gemeente|stad|province|city|state) (?:of )?)?"
                              r"(?P<origin>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)")


def extract(text: str, paths: Paths | None = None, *, language: str | None = None,
            report: str | None = None, source_file: str | None = None,
            exclude: str | None = None, known: dict | None = None) -> Draft:
    """A draft sheet of the report `text` (raw or normalised). Known actors come from the
    registry and the report files in `paths.data_dir` (except `exclude`.ttl, e.g. the report
    itself when measuring recovery)."""
    norm = normalise(text)
    lang = language or guess_language(norm)
    known = known if known is not None else load_known(paths, exclude=exclude)
    gaz = Gazetteer(known)
    sentences = split_sentences(norm, heading_lines(text), line_breaks(text, norm))
    report = report or "draft-report"
    mentions: list[Mention] = []
    unknown: list[Unknown] = []
    by_sentence: dict[int, list[Mention]] = {}
    for i, sent in enumerate(sentences):
        # what a generic name is read against: the title, the heading, the sentence before
        around = " ".join(x for x in (sentences[0].text if sentences else "", sent.heading or "",
                                      sentences[i - 1].text if i else "") if x)
        ms, us = common_word_names(*unseen_headline_names(sent, *find_mentions(sent, gaz, around),
                                                          norm), norm)
        ms, us = holders_after_place_offices(ms, us, norm, gaz)
        by_sentence[id(sent)] = ms
        mentions += ms
        unknown += us
    twinned_towns(unknown, sentences)
    people_by_context(unknown, sentences)
    unknown = dedupe_unknown(unknown)
    named_again(mentions, unknown)
    titles_told_short(mentions)
    mentions, unknown = members_present_only(sentences, mentions, unknown)
    kept = {id(m) for m in mentions}
    by_sentence = {key: [m for m in ms if id(m) in kept] for key, ms in by_sentence.items()}

    title = sentences[0].text if sentences and sentences[0].section == "preamble" else ""
    told = mission_sentence(sentences, title)
    mission_date = first_mission_date(sentences, told, context_year(title, told))
    # the mission's year and month, if the text gives its year (a day without one is --MM-DD)
    mission_when = mission_date.when[:7] if mission_date and mission_date.when and \
        mission_date.when[0].isdigit() else None
    dates_by: dict[int, list[DateFact]] = {}
    dates: list[DateFact] = []
    amounts: list[AmountFact] = []
    dollar = dollar_of(norm)
    for sent in sentences:
        ds = dates_in(sent, mission_when, us_order=dollar == "USD")  # (a text about the US)
        dates_by[id(sent)] = ds
        dates += ds
        amounts += amounts_in(sent, dollar)
    # a title repeats a figure of the text ("Trade mission to India generates €170 million"):
    # one amount, quoted where the text tells it
    in_body = {(a.value, a.currency) for a in amounts if not (title and a.sentence is sentences[0])}
    amounts = [a for a in amounts if not (title and a.sentence is sentences[0]
                                          and (a.value, a.currency) in in_body)]

    # the delegation lead: the person under "Bestuurlijke deelname", else the first known
    # person with a gedeputeerde / King's Commissioner post
    lead = None
    lead_sentence = None
    for sent in sentences:
        if sent.category == "political-participation" and sent.section == "preamble":
            p = [m for m in by_sentence[id(sent)] if m.kind == "person" and m.iri]
            if p:
                lead, lead_sentence = p[0].iri, sent
                break
    if lead is None:
        for m in mentions:
            if m.kind == "person" and m.iri and m.role in ("gedeputeerde", "kings-commissioner"):
                lead, lead_sentence = m.iri, m.sentence
                break
    # a role word without a name that is the lead's own role is the lead ("de gedeputeerde")
    if lead is not None:
        lead_roles = {known[p].role for p in known[lead].holds if p in known}
        for m in mentions:
            if m.kind in ("role", "person") and m.iri in (None, lead) and m.role in lead_roles \
                    and not (m.kind == "person" and m.iri is None):
                m.kind, m.iri = "person", lead
                m.post = next((p for p in known[lead].holds if known.get(p) and
                               known[p].role == m.role), m.post)
                m.confidence, m.review = max(m.confidence, 0.75), None

    # the delegation: told by the first sentence (not the title) that speaks of one
    # (a whole sentence before a headline: "Afrikaanse delegatie bezoekt Groningen" under a
    # publisher's name is a heading line)
    telling = [s for s in sentences if re.search(r"\bdelegatie\b|\bdelegation\b", s.text,
                                                 re.IGNORECASE)
               and not (title and s is sentences[0])]
    # the sentence that says who it is made of is the delegation's ("De delegatie uit X wordt
    # gevormd door ...", "De delegatie bestaat uit de volgende leden:", "The delegation
    # consisted of ...", "The delegation including ..."); then one that gives its size or its
    # leader ("a 13-member delegation will travel", "een delegatie onder leiding van ...");
    # then one that says where it is from ("Een delegatie uit Peking bezoekt Brussel", even a
    # headline, rather than "Dan ontving de minister de delegatie."); else the first whole
    # sentence that speaks of one
    delegation_sent = next((s for s in telling if _MADE_OF.search(s.text)), None) or next(
        (s for s in telling if _SIZE_OR_LEAD.search(s.text)), None) or next(
        (s for s in telling if _DELEGATION_FROM.search(s.text)), None) or next(
        (s for s in telling if s.text.rstrip()[-1:] in ".!?"), telling[0] if telling else None)
    delegation_id = f"{report}-delegation" if delegation_sent else None
    groups = []
    # where it is from, if its sentence does not say: a sentence before it that tells a
    # delegation from somewhere ("Council will host a delegation from Kumagaya. ... a 13-member
    # delegation will travel"), the same one told first; else one after it that tells "the
    # delegation from X" (the same one told again)
    origin_sent = delegation_sent
    if delegation_sent is not None and not _DELEGATION_FROM.search(delegation_sent.text):
        at = telling.index(delegation_sent)
        origin_sent = next((s for s in telling[:at] if _DELEGATION_FROM.search(s.text)), None) \
            or next((s for s in telling[at + 1:] if any(
                re.search(r"\b(?:de|the)\s+$", s.text[:m.start()], re.IGNORECASE)
                for m in _DELEGATION_FROM.finditer(s.text))), delegation_sent)
    own_delegations = {words[words.index(head):].lower() for sent in {
        id(s): s for s in (delegation_sent, origin_sent) if s is not None}.values()
                       for head, words in named_delegations(sent.text)}
    for sent in sentences:
        # "Er zijn meer dan 400 Japanse bedrijven actief in Nederland", "There are 50 Dutch
        # firms in Lima": a figure about the world, not a group that takes part
        statistic = re.match(r"(?:Er (?:zijn|waren|werken|werkten)|There (?:are|were))\b",
                             sent.text)
        for count, words in ([] if statistic else counted_groups(sent.text)):
            if _THERE_ARE.search(sent.text[:sent.text.find(words)]):
                continue                        # "... – there are 60 Japanese-owned companies"
            # people counted under a civil-service heading are civil servants; others as written
            civil = sent.category == "civil-service-participation" or re.search(
                r"ambtena|civil servant|officials", words, re.IGNORECASE)
            label = f"{count} civil servants (unnamed)" if civil else f"{words} (unnamed)"
            gid = slug(f"{report}-{label.replace(' (unnamed)', '')}")
            if gid not in {g["id"] for g in groups}:
                groups.append({"id": gid, "count": count, "label": label, "quote": sent,
                               "category": sent.category})
        # people named only as a kind ("Maleisische studenten"): those met, not the delegation
        # (and another delegation than the report's, named by its origin: "een delegatie uit X";
        # not the report's own told again)
        delegations = [] if sent is delegation_sent else [
            (head, words) for head, words in named_delegations(sent.text)
            if words[words.index(head):].lower() not in own_delegations]
        for head, words in people_groups(sent.text) + delegations:
            gid = slug(f"{report}-{re.sub(r'^(?:het|de|the) ', '', words, flags=re.I)}")
            if gid not in {g["id"] for g in groups}:
                groups.append({"id": gid, "count": None, "label": f"{words} (unnamed)",
                               "quote": sent, "category": sent.category, "member": False,
                               "head": head})
    home_org = None
    if lead:
        posts = [p for p in known[lead].holds if p in known]
        home_org = known[posts[0]].post_in if posts and known[posts[0]].post_in else None

    builder = EventBuilder(sentences, by_sentence, dates_by, gaz, report, lead, delegation_id, lang)
    paragraphs, builder_paragraph = paragraph_starts(text, norm), 0
    builder.mission_when = mission_when
    builder.writer = byline_writer(sentences, by_sentence)
    builder.mission_words = " ".join(s.text for s in (sentences[0] if title else None, told) if s)
    builder.ids.add("mission")
    for sent in sentences:
        if sent.section in ("follow-up", "costs"):      # events are told anywhere else
            continue
        # a sub-heading "Bezoek aan X" is a visit of its own (its first sentence as the quote)
        if sent.heading and re.match(r"Bezoek aan|Visit to", sent.heading) and not any(
                e.heading == sent.heading for e in builder.events):
            target = re.sub(r"^(?:Bezoek aan|Visit to) (?:de |het |the )?", "", sent.heading)
            etype = "fair-visit" if re.search(r"beurs|fair|expo", target, re.IGNORECASE) \
                else "regional-visit"
            parts = []
            if delegation_id:
                parts.append(Participant(delegation_id, "de delegatie", "delegation",
                                         confidence=0.5))
            builder.events.append(EventDraft(
                builder.new_id(f"visit-{target}"), etype,
                f"{sent.heading}", [sent], parts, None, True, sent.section, sent.heading,
                confidence=0.5, review=[f"made from the heading {sent.heading!r}; the quote is "
                                        "the first sentence under it"]))
        day = day_heading(sent, dates_by[id(sent)])
        if day is not None:                     # "Maandag 18 januari 14.00 uur": the day of
            builder.current_day = day           # the items under it, until the next one
            continue
        # a paragraph that opens with a day ("Woensdag 1 november wordt ...; Verder bezoekt
        # hij ..."): its sentences are on that day, until the paragraph ends
        paragraph = sum(1 for p in paragraphs if p <= sent.start)
        if paragraph != builder_paragraph:
            builder.paragraph_day, builder_paragraph = None, paragraph
        opening = opening_day(sent, dates_by[id(sent)]) if paragraphs else None
        if opening is not None:
            builder.paragraph_day = opening
        builder.from_sentence(sent, mission=sent is told or (title and sent is sentences[0]))
        builder.last_date = next(reversed(dates_by[id(sent)]), builder.last_date)
    builder.drop_counted_summaries()
    listed = listed_trip_events(sentences, lambda name: builder.new_id(f"{report}-{name}"), told)
    items = {id(e.quotes[0]) for e in listed}
    builder.events = [e for e in builder.events if not (len(e.quotes) == 1 and
                                                        id(e.quotes[0]) in items)] + listed
    builder.events += visits_to_places(sentences, lambda name: builder.new_id(f"{report}-{name}"),
                                       builder.events)
    by_year = trips_by_year([s for s in sentences if s is not told],
                            lambda name: builder.new_id(f"{report}-{name}"))
    years_told = {id(e.quotes[0]) for e in by_year}
    builder.events = [e for e in builder.events if not (e.type == "mission" and len(e.quotes) == 1
                                                        and id(e.quotes[0]) in years_told)] + by_year
    if title and title.rstrip()[-1:] not in ".!?":
        # a headline (no full stop) sums up what the text tells ("Trade mission concludes, agreements signed"):
        # its event is one the body tells again, not one more
        builder.events = [e for e in builder.events if not (
            e.quotes == [sentences[0]] and any(o.type == e.type and sentences[0] not in o.quotes
                                               for o in builder.events))]

    one_day_trip(builder.events, mission_date, told, sentences, dates)

    # a trip still to come may be a follow-up too ("zal er ook een delegatie afreizen naar")
    # in a report told afterwards, an event still to come ("Mayor Jorritsma will lead 17
    # companies to participate in InnoVEX") is a follow-up as well; in an announcement every
    # event is still to come and none is one
    # (a text that tells no trip is told afterwards when its opening sentence is: "On 9
    # December, the office hosted a meeting")
    opening = told if told is not None else sentences[0] if title else None
    afterwards = opening is not None and told_afterwards(opening.text)
    told_already = {id(s) for e in builder.events if e.type != "mission" for s in e.quotes
                    if not (afterwards and still_to_come(s.text))} | {
        id(s) for s in (sentences[0] if title else None, told, *builder.mission_quotes)
        if s is not None}
    follow_ups = follow_ups_of(sentences, by_sentence, dates_by, report, home_org, known,
                               told_already, announced=told is not None and not afterwards)
    costs = cost_statements(amounts)
    # a release about a signing or a meeting at home tells no trip: no mission is made up for it
    # (the title and no sentence speak of a mission, visit or delegation, and no costs are told)
    # (a budget alone is no trip's cost: "a budget of £10,000 could be transferred to twinning
    # activities"; money spent, or a budget in a sentence that speaks of a trip, is)
    trip = told is not None or speaks_of_a_trip(title) or bool(builder.mission_quotes) or any(
        c["actual"] is not None or speaks_of_a_trip(c["budget"].sentence.text) for c in costs)
    mission = {
        # (a byline names the writer, not the mission: "Rt Hon Mark Drakeford, First Minister")
        # (a mission the sentence that tells it names by its title goes by that title)
        "name": None if builder.writer is not None and builder.writer.sentence is sentences[0]
        else (told is not None and mission_title(told.text)) or re.sub(
            r"^(?:Verslag(?: van)?(?: het| de)?|Report(?: on| of)?(?: the| a)?)\s+", "", title)
        or None,
        "date": mission_date if trip else None, "told": trip,
        # (and the line under the title that gave its days)
        "quotes": list({id(s): s for s in (sentences[0] if title else None, told, mission_date and
                                           mission_date.sentence)
                        if s is not None and trip}.values()) + builder.mission_quotes,
        "lead": lead, "lead_sentence": lead_sentence, "organiser": home_org,
    }
    delegation = None
    if delegation_id:
        members = ([local_name(lead)] if lead else []) + [g["id"] for g in groups
                                                          if g.get("member", True)]
        origin = _DELEGATION_FROM.search(origin_sent.text)
        delegation = {"id": delegation_id, "members": members, "quote": delegation_sent,
                      "home": home_org, "origin": origin.group("origin") if origin else None}
    return Draft(report, lang, norm, title or first_line_title(text, norm), source_file,
                 sentences, mentions, unknown, dates, amounts, builder.events, follow_ups, costs,
                 mission, delegation, groups, known)


# a sentence about another time than the trip's: "Nog niet zo lang geleden bracht een delegatie
# ...", "Earlier, the council visited ...", "Sinds 2001 ...", "every year"
_ANOTHER_TIME = re.compile(r"\b(?:geleden|eerder|vroeger|destijds|sinds|sindsdien|vorig|vorige|"
                           r"jaarlijks|ago|earlier|previous(?:ly)?|formerly|since|last|annual(?:ly)?|"
                           r"every|elk|ieder|each)\b", re.IGNORECASE)


def one_day_trip(events, mission_date, told, sentences, dates) -> None:
    """A trip its own sentence tells as one day ("Op 13 juni brachten elf vertegenwoordigers ...
    een werkbezoek"), in a text that gives no other day after it: the events the sentences after
    it tell without a date of their own, and without a word of another time, were on that day;
    their date says so in a note."""
    if told is None or mission_date is None or mission_date.sentence is not told or \
            mission_date.precision != "day" or mission_date.ranged or mission_date.until or \
            not mission_date.when:
        return
    order = {id(s): i for i, s in enumerate(sentences)}
    if any(d.precision in ("day", "weekday") and d.when != mission_date.when
           and order.get(id(d.sentence), -1) > order[id(told)] for d in dates):
        return                                  # (a programme of several days)
    for e in events:
        first = e.quotes[0] if e.quotes else None
        if e.date is not None or first is None or e.type == "mission" or \
                order.get(id(first), -1) <= order.get(id(told), 10 ** 9) or \
                _ANOTHER_TIME.search(first.text):
            continue
        e.date = replace(mission_date, sentence=first, confidence=min(mission_date.confidence, 0.5),
                         note=f"the day of the trip ({mission_date.as_stated!r})")


def first_line_title(raw: str, norm: str) -> str:
    """The text's first line as the sheet's title where no sentence comes before the first
    heading (a title that reads as a programme heading: "Bezoek aan Dmitrov"), so that a draft
    always names its report: a short line without a closing stop that opens the normalised
    text as written; else none."""
    line = next((normalise(x) for x in raw.splitlines() if x.strip()), "")
    if line and len(line) <= 150 and not line.endswith((".", "!", "?", ":", ";")) \
            and norm.startswith(line):
        return line
    return ""



# ---------------------------------------------------------------- files

def read_report(path) -> str:
    """The text of a report file: UTF-8 text, or the text layer of a PDF (needs pypdf)."""
    path = Path(path)
    if path.is_dir():
        raise InputError(_("{path}: is a folder; give the report's .txt or .pdf file").format(
            path=path))
    if not path.is_file():
        raise InputError(_("{path}: file not found").format(path=path))
    if path.suffix.lower() == ".pdf":
        try:
            from pypdf import PdfReader
        except ImportError as exc:      # pragma: no cover - depends on the environment
            raise UsageError(_("reading a PDF needs pypdf ({command})").format(
                command="pip install pypdf==7.1.0")) from exc
        import logging
        logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings become our one line
        try:
            reader = PdfReader(str(path))
            return "\n\n".join((page.extract_text() or "") for page in reader.pages)
        except OSError as exc:
            raise InputError.unreadable(path, exc) from exc
        except Exception as exc:  # pypdf raises many kinds for a damaged or fake PDF
            raise InputError(_("{path}: not a readable PDF ({reason}); give the report's text "
                               "as .txt instead").format(path=path, reason=exc)) from exc
    return read_text(path)


def report_id_for(path) -> str:
    stem = Path(path).name
    for suffix in (".pdf", ".txt", ".raw"):
        if stem.lower().endswith(suffix):
            stem = stem[:-len(suffix)]
    stem = re.sub(r"\.raw$", "", stem)
    s = slug(stem, 60)
    return s if SLUG.fullmatch(s) else "draft-report"


def extract_file(path, paths: Paths | None = None, *, language: str | None = None,
                 exclude: str | None = None) -> Draft:
    """`kg extract REPORT`: read the file (text or PDF) and extract a draft. A text file is
    named under `source: file:` (relative to the project when inside it); a PDF's text goes
    under `source: text:`."""
    paths = paths or Paths()
    path = Path(path)
    text = read_report(path)
    source_file = None
    if path.suffix.lower() != ".pdf":
        try:
            source_file = path.resolve().relative_to(paths.root.resolve()).as_posix()
        except ValueError:
            source_file = str(path.resolve())
    return extract(text, paths, language=language, report=report_id_for(path),
                   source_file=source_file, exclude=exclude)
