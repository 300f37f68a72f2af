"""kg.review: the review marks a draft leaves in comments, found with their lines."""
from kg.review import mark_problem, unreviewed_marks

SHEET = """report: r-1
# confidence: 0.60 | review: check the roles
programme:
  - id: visit            # review: is this a visit?
    name: {en: "Visit # 2"}
    # confidence: 0.90 | reviewed: roles checked
    quote: "The delegation review: visited the plant."
"""


def test_marks_in_comments_are_found_with_their_lines():
    assert unreviewed_marks(SHEET) == [(2, "check the roles"), (4, "is this a visit?")]


def test_a_reviewed_mark_and_text_inside_values_are_not_marks():
    assert unreviewed_marks('quote: "a # review: b"\n# reviewed: ok\n') == []


def test_a_sheet_without_marks_passes():
    assert unreviewed_marks("report: r-1\nsource: {language: nl}\n") == []


def test_the_message_says_how_to_confirm():
    assert "delete this `review:` mark" in mark_problem("check the roles")
