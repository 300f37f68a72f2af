"""Segmentation: headings, sections and sentences of the normalised text; the language."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import join_hyphenated_lines, normalise
from .events.cues import TIME_SLOT
from .model import Sentence
from .words import ABBREVIATIONS, HEADING_RX, MISSING_STOP, MONTH_ABBREVIATIONS, STARTERS


# ---------------------------------------------------------------- sentences and sections

@dataclass
class _Heading:
    start: int
    end: int
    text: str
    section: str | None
    category: str | None


def _headings(text: str, lines: frozenset = frozenset()) -> list[_Heading]:
    """Headings of the normalised text; `lines` are the lines of the raw text that are a heading
    on their own (those count wherever they are)."""
    found: list[_Heading] = []
    for rx, sec, strong, cat in HEADING_RX:
        for m in rx.finditer(text):
            h = m.group(0)
            if sec == "programme-sub" and " " in h:      # "Bezoek aan Gyeonggi-do Tijdens ..."
                words = h.split(" ")
                keep = 2
                for w in words[2:]:
                    if w in STARTERS and keep > 2:
                        break
                    if w in STARTERS and w not in ("de", "het", "the"):
                        break
                    keep += 1
                h = " ".join(words[:keep])
            # a heading that is a line of its own ends with that line
            h = next((line for line in lines if h.startswith(line + " ")), h)
            found.append(_Heading(m.start(), m.start() + len(h), h, sec, cat))
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    accepted: list[_Heading] = []
    strong = {h.start for h in found if _is_strong(h)}
    for h in found:
        if accepted and h.start < accepted[-1].end:
            continue
        before = text[:h.start].rstrip()
        boundary = (not before or before[-1] in ".!?:)•" or (accepted and accepted[-1].end >= len(before))
                    or h.start in strong or h.text in lines)
        if re.search(r"(?:^|\s)\d{1,2}[.)]$", before) and h.start not in strong:
            boundary = False                    # "1. Bezoek aan Canon": a list item, no heading
        if re.search(r"\b(?:Image|Photo|Picture|Figure|Foto|Afbeelding|Figuur) \d+:$", before):
            boundary = False                    # "Image 1: Visit to ...": a caption, no heading
        if boundary:
            accepted.append(h)
    return accepted


def _is_strong(h: _Heading) -> bool:
    for rx, sec, strong, cat in HEADING_RX:
        if strong and rx.match(h.text + " X"):
            return True
    return False


_LIST_NUMBER = re.compile(r"[\s•]*(?:\d{1,2}[.)]|[a-z][.)]|[-–*•])\s+")
# a numbered sub-item inside a sentence ("... to: 3.1 travel to X (dates); and 3.2 travel to Y"):
# each item is a sentence of its own, so it keeps its own dates and names; its number stays, as
# the item is quoted by it
_SUB_ITEM = re.compile(r"(?<=[:;] )(?:(?:and|en|or|of) )?(?=\d{1,2}\.\d{1,2} [a-z])")
_ITEM_JOIN = re.compile(r"(?<=;)\s+(?:and|en|or|of)$")


def _split_block(text: str, offset: int, breaks=()) -> list[tuple[int, int]]:
    """Sentence spans of a block: line breaks that end a title or list item, bullets, full
    stops (not after abbreviations, not inside parentheses) and missing full stops."""
    cuts: list[int] = list(breaks)
    depth = 0
    for i, c in enumerate(text):
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == "•":
            cuts.append(i)
        elif c in "”\"" and depth == 0 and i and text[i - 1] in ".!?" and \
                text[i + 1:i + 3][:1] == " " and (text[i + 2:i + 3].isupper() or (
                    text[i + 2:i + 3] in "“\"„‘" and text[i + 3:i + 4].isupper())):
            cuts.append(i + 1)                  # '... samenwerken.” Afgesproken': ends there
            #                                     (and '... avond." "Op zaterdag': a new quote)
        elif c in ".!?" and depth == 0 and i + 2 < len(text) and text[i + 1] == " ":
            nxt = text[i + 2]
            if not (nxt.isupper() or nxt.isdigit() or nxt in "“\"‘'(•*"):     # ("* ": a bullet)
                continue
            word = text[:i + 1].rsplit(" ", 1)[-1].lower().lstrip("(")
            if word in ABBREVIATIONS or re.fullmatch(r"[a-z]\.", word) or re.fullmatch(r"(?:[a-z]\.){2,}", word):
                continue
            if word[:-1] in MONTH_ABBREVIATIONS and nxt.isdigit():
                continue                        # "Sept. 6", "6 okt. 2022": a month, no full stop
            cuts.append(i + 1)
    for m in _SUB_ITEM.finditer(text):
        cuts.append(m.end())
    for m in MISSING_STOP.finditer(text):
        if text[:m.start()].count("(") == text[:m.start()].count(")"):
            cuts.append(m.start())
    spans, last = [], 0
    for cut in sorted(set(cuts)) + [len(text)]:
        piece = text[last:cut]
        # a bullet or list number starts an item but is no part of its sentence ("2. Bezoek")
        number = _LIST_NUMBER.match(piece)
        lead = number.end() if number else len(piece) - len(piece.lstrip(" •"))
        piece = _ITEM_JOIN.sub("", piece[lead:].rstrip(" •"))
        if piece and not _LIST_NUMBER.fullmatch(piece + " "):
            s = offset + last + lead
            spans.append((s, s + len(piece)))
        last = cut
    return spans


def heading_lines(raw: str) -> frozenset:
    """Lines of a raw text that are nothing but a heading ("Purpose", "Follow-up")."""
    out = set()
    for line in raw.splitlines():
        line = normalise(line)
        if line and any(rx.fullmatch(line + "") or rx.match(line) and rx.match(line).end() == len(line)
                        for rx, _, _, _ in HEADING_RX):
            out.add(line)
    return frozenset(out)


_TIME_RANGE = re.compile(r"\d{1,2}[.:]\d{2}\s*[-–]")


def _ends_paragraph(line: str, nxt: str) -> bool:
    """A paragraph of running text with no full stop at its end, and the next opens a sentence
    (a quotation, "The", "De"): a sentence ends there. Not in double-spaced text, where a blank
    line may fall inside a sentence ("... Institute for" / "Advanced Engineering")."""
    last = line.rsplit(" ", 1)[-1]
    first = nxt.split(" ", 1)[0]
    return len(line) > 60 and last.isalpha() and last.islower() and \
        last.capitalize() not in STARTERS and (nxt[0] in "“\"‘'" or first in STARTERS)


def line_breaks(raw: str, text: str) -> frozenset:
    """Offsets in the normalised `text` where a raw line ends a title, heading or list item: the
    line has no closing punctuation and the next begins with a capital, a bullet, a list
    number or a time ("9.30- 12.00 Lunch": an item of a programme).
    In wrapped text (lines of about one width) only a line clearly shorter than the width
    counts, so a paragraph wrapped before a name is not cut there."""
    raw_lines = [normalise(line) for line in join_hyphenated_lines(raw).splitlines()]
    # a line followed by a blank line ends its paragraph
    ends_paragraph = [bool(line) and (i + 1 < len(raw_lines) and not raw_lines[i + 1])
                      for i, line in enumerate(raw_lines)]
    kept = [(line, end) for line, end in zip(raw_lines, ends_paragraph) if line]
    lines = [line for line, _ in kept]
    lengths = sorted(len(line) for line in lines)
    width = lengths[int(len(lengths) * 0.9)] if lengths else 0
    wrapped = 40 <= width <= 130
    out, pos = set(), 0
    for (line, paragraph_end), nxt in zip(kept, lines[1:] + [""]):
        at = text.find(line, pos)
        if at < 0:
            continue
        pos = at + len(line)
        if nxt and line[-1] in ".!?" and re.match(r"[-–*] ", nxt):
            out.add(pos)                        # "... zelf.", "– 15 en 16 oktober 2009": a
            continue                            # dashed item starts after the full stop
            #                                     (after ":" the items stay the sentence's)
        if not nxt or line[-1] in ".!?:;,":
            continue
        if paragraph_end and _ends_paragraph(line, nxt):
            out.add(pos)
            continue
        if not (nxt[0].isupper() or nxt[0] in "•-–*" or re.match(r"\d+[.)] ", nxt)
                or TIME_SLOT.match(nxt)):
            continue
        # (a programme's time slots, "9.30- 11.00 ...", are items however long their lines)
        if wrapped and len(line) > 0.75 * width and not (
                TIME_SLOT.match(nxt) and (TIME_SLOT.match(line) or _TIME_RANGE.match(nxt))):
            continue
        out.add(pos)
    return frozenset(out)


def split_sentences(text: str, lines: frozenset = frozenset(),
                    breaks: frozenset = frozenset()) -> list[Sentence]:
    """Sentences of the normalised text with their section: headings cut the text into
    sections (the title is the text before the first heading). `lines`: see heading_lines;
    `breaks`: offsets where a sentence ends whatever follows (see line_breaks)."""
    heads = _headings(text, lines)
    out: list[Sentence] = []
    section, heading, category = "preamble", "", None
    pos = 0
    blocks: list[tuple[int, int, str, str, str | None]] = []
    for h in heads:
        blocks.append((pos, h.start, section, heading, category))
        if h.category is not None:              # inline: stays in the sentence
            category = h.category
            pos = h.start
        else:
            category = None
            if h.section == "programme-sub":
                section = "programme"
            else:
                section = h.section
            heading = h.text
            pos = h.end
    blocks.append((pos, len(text), section, heading, category))
    for i, (a, b, sec, head, cat) in enumerate(blocks):
        for s, e in _split_block(text[a:b], a, {x - a for x in breaks if a < x < b}):
            out.append(Sentence(text[s:e], s, e, sec, head, cat))
    return out


def section_headings(text: str) -> list[tuple[str, str | None]]:
    return [(h.text, h.section or h.category) for h in _headings(text)]


# ---------------------------------------------------------------- language

def guess_language(text: str) -> str:
    words = re.findall(r"[a-z]+", text.lower())
    nl = sum(w in {"de", "het", "een", "van", "en", "met", "op", "voor", "tijdens", "is", "zijn",
                   "heeft", "wordt", "naar", "ook"} for w in words)
    en = sum(w in {"the", "a", "of", "and", "with", "on", "for", "during", "is", "was", "were",
                   "has", "will", "to", "also"} for w in words)
    return "nl" if nl >= en else "en"


def paragraph_starts(raw: str, text: str) -> list[int]:
    """Offsets in the normalised `text` where a paragraph of the raw text begins (after a blank
    line); [] when the raw text has no blank line."""
    paragraphs = [normalise(p) for p in re.split(r"\n\s*\n", raw)]
    paragraphs = [p for p in paragraphs if p]
    if len(paragraphs) < 2:
        return []
    out, pos = [], 0
    for p in paragraphs:
        at = text.find(p[:40], pos)
        if at >= 0:
            out.append(at)
            pos = at + 1
    return out
