"""kg.timeline: the relationship of Noord-Brabant and Gyeonggi on one time axis (with the press
report's post tenures), and its picture and page."""
from __future__ import annotations

from kg.config import project_root
from kg.timeline import between, write

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
