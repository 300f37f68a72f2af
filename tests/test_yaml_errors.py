"""A sheet's YAML syntax error says where (line and column) and the likely cause."""
from __future__ import annotations

import pytest
import yaml

from kg.yaml_errors import yaml_error_message


def message(text: str) -> str:
    with pytest.raises(yaml.MarkedYAMLError) as caught:
        list(yaml.compose_all(text, Loader=yaml.SafeLoader))
    return yaml_error_message("sheet.yaml", text, caught.value)


def test_a_field_indented_more_than_the_one_above_names_both_indentations():
    assert message("report: x\nsource:\n  file: a\n   text: b\n").startswith(
        "sheet.yaml:4:8: YAML syntax error: mapping values are not allowed here; line 4 is "
        "indented 3 space(s), line 3 above it 2: a field of the same mapping must be indented "
        "as much.")


def test_a_field_indented_less_than_the_one_above_names_both_indentations():
    text = "report: x\nprogramme:\n- title: a\n  date: b\n participants: c\n"
    assert message(text).startswith(
        "sheet.yaml:5:2: YAML syntax error: while parsing a block mapping expected <block end>, "
        "but found '<block mapping start>'; line 5 is indented 1 space(s), line 4 above it 2")


def test_a_colon_in_plain_text_asks_for_quotes_only():
    assert message("report: x\nnote: a: b\n") == (
        "sheet.yaml:2:8: YAML syntax error: mapping values are not allowed here; text with ': ' "
        "or starting with a special character must be put in quotes")


def test_a_tab_says_that_yaml_is_indented_with_spaces():
    assert message("report: x\nsource:\n\tfile: a\n") == (
        "sheet.yaml:3:1: YAML syntax error: a tab indents this line; YAML is indented with "
        "spaces")
