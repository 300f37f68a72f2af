"""Before a report is removed: which statements of the other data files still need it."""
from __future__ import annotations

import pytest

from kg.citations import citations_of, refuse_if_cited
from kg.config import Paths
from kg.errors import RemovalRefused

PREFIXES = ("@prefix rikg: <https://w3id.org/rikg/ontology#> .\n"
            "@prefix rexc: <https://w3id.org/rikg/id/excerpt/> .\n"
            "@prefix revt: <https://w3id.org/rikg/id/event/> .\n"
            "@prefix rper: <https://w3id.org/rikg/id/person/> .\n"
            "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n")


@pytest.fixture
def project(tmp_path) -> Paths:
    """A report `old` that describes an excerpt and a meeting."""
    paths = Paths(root=tmp_path)
    paths.data_dir.mkdir(parents=True)
    (paths.data_dir / "old.ttl").write_text(
        PREFIXES + "rexc:old-1 a rikg:Excerpt .\nrevt:old-meeting a rikg:Meeting .\n",
        encoding="utf-8")
    return paths


def _write(paths: Paths, name: str, turtle: str) -> None:
    (paths.data_dir / name).write_text(PREFIXES + turtle, encoding="utf-8")


def test_a_report_nothing_cites_may_go(project):
    _write(project, "registry.ttl", "rper:kim a foaf:Person .\n")
    refuse_if_cited(project, "old", project.data_dir / "old.ttl")


def test_what_cites_the_report_is_named_per_file_and_entry(project):
    _write(project, "registry.ttl", "rper:kim a foaf:Person ; rikg:evidence rexc:old-1 .\n")
    _write(project, "press.ttl", "revt:old-meeting rikg:evidence rexc:press-1 ;\n"
                                 "    rikg:hasParticipation revt:x .\n")
    with pytest.raises(RemovalRefused) as refused:
        refuse_if_cited(project, "old", project.data_dir / "old.ttl")
    assert refused.value.message == ("report old cannot be removed: 3 statement(s) in press.ttl, "
                                     "registry.ttl still cite what it describes; change or "
                                     "remove them first")
    assert refused.value.details == [
        "press.ttl: 2 statement(s) about revt:old-meeting (rikg:evidence, "
        "rikg:hasParticipation)",
        "registry.ttl: rper:kim cites rexc:old-1 (rikg:evidence)"]


def test_a_thing_another_file_also_describes_is_not_the_reports_alone(project):
    _write(project, "registry.ttl", "revt:old-meeting a rikg:Meeting ; rikg:evidence rexc:r-2 .\n")
    assert citations_of(project, project.data_dir / "old.ttl") == []
