"""kg.timeline: the relationship of Noord-Brabant and Gyeonggi on one time axis (with the press
report's post tenures), and its picture and page."""
from __future__ import annotations

import pytest

from kg.config import project_root
from kg.errors import InputError
from kg.timeline import TimelineItem, between, draw, words, write

QUERIES = project_root() / "queries"


def test_between_the_provinces_keeps_shared_events_and_either_side_s_tenures(store_all,
                                                                             labels_all):
    items = between(store_all, labels_all, QUERIES, "Noord-Brabant", "Gyeonggi")
    seen = {(i.label, i.start) for i in items}
    assert ("Memorandum of Understanding Noord-Brabant – Gyeonggi", "2024-10-30") in seen
    assert ("Kim Dong-yeon as Governor of Gyeonggi", "2024-10-30") in seen
    assert ("Ina Adema as King's Commissioner of Noord-Brabant", "2024-10-30") in seen
    assert ("Meeting with Governor Kim Dong-yeon of Gyeonggi", "2025-03-06") in seen
    # the Interbattery fair had no Gyeonggi participant: not part of the relationship
    assert not any("Interbattery" in i.label for i in items)


def test_a_month_as_stated_is_a_month_long_span(store_all, labels_all):
    items = between(store_all, labels_all, QUERIES, "Noord-Brabant", "Gyeonggi")
    lunch = next(i for i in items if i.label.startswith("Lunch with Vice-Governor"))
    assert lunch.precision == "month"
    first, last = lunch.span()
    assert (first.isoformat(), last.isoformat()) == ("2025-03-01", "2025-03-31")


def test_picture_and_page_are_written(store_all, labels_all, tmp_path):
    items = between(store_all, labels_all, QUERIES, "Noord-Brabant", "Gyeonggi")
    png = write(items, tmp_path / "t.png", "NB and Gyeonggi")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    page = write(items, tmp_path / "t.html", "NB and Gyeonggi").read_text(encoding="utf-8")
    assert "<svg" in page and "signed on 30 October 2024" in page
    assert "<script" not in page


VISIT = TimelineItem(item="urn:x:visit", label="Visit to Hafenstadt", kind="mission",
                     group="event", start="2025-05-20", end=None, status=None,
                     evidence="Op 20 mei 2025 bezocht burgemeester Els Visser Hafenstadt.")
SIGNING = TimelineItem(item="urn:x:signing", label="Sister-city agreement", kind="agreement",
                       group="agreement", start="--05-06", end=None, status=None,
                       evidence="Daarna ondertekenden beide burgemeesters op 6 mei een overeenkomst.")
PREPARING = TimelineItem(item="urn:x:prepare", label="Preparing the return visit",
                         kind="follow-up action", group="follow-up", start="2025-05-20",
                         end="--09-01", status=None, evidence="Zeestad bereidt het voor tegen 1 september.")


def test_a_day_without_a_year_is_said_so_and_given_no_year():
    assert words("--05-06") == "6 May (year not stated)"
    assert words("--05-06", "nl") == "6 mei (jaar niet vermeld)"
    assert SIGNING.precision == "day, year not stated" and not SIGNING.placed
    # a due day without a year leaves the follow-up open on the axis
    assert PREPARING.span()[1] == PREPARING.span()[0]


def test_a_day_without_a_year_is_in_the_table_but_not_on_the_axis(tmp_path):
    page = write([VISIT, SIGNING, PREPARING], tmp_path / "t.html", "Zeestad").read_text(
        encoding="utf-8")
    assert "<td>6 May (year not stated)</td>" in page and "<td>1 September (year not stated)</td>" in page
    svg = draw([VISIT, SIGNING, PREPARING], tmp_path / "t.svg", "Zeestad",
               href=lambda iri: f"/page?{iri}").read_text(encoding="utf-8")
    assert "/page?urn:x:visit" in svg and "/page?urn:x:prepare" in svg
    assert "/page?urn:x:signing" not in svg


def test_a_timeline_of_days_without_a_year_only_has_no_picture(tmp_path):
    with pytest.raises(InputError, match="every date of the timeline is a day without a year"):
        draw([SIGNING], tmp_path / "t.png", "Zeestad")
    page = write([SIGNING], tmp_path / "t.html", "Zeestad").read_text(encoding="utf-8")
    assert "<svg" not in page and "6 May (year not stated)" in page
