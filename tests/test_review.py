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


def test_a_draft_header_naming_the_mark_is_not_a_mark():
    from kg.config import Paths, project_root
    from kg.extract import draft_to_yaml, extract_file
    source = project_root() / "benchmarks" / "corpus" / "zh-pudong-mou" / "source.txt"
    draft = draft_to_yaml(extract_file(source, Paths()))
    header = [n for n, line in enumerate(draft.splitlines(), 1) if "`review:` mark" in line]
    assert header, "the draft's header explains the marks"
    assert not set(header) & {n for n, _ in unreviewed_marks(draft)}
