"""kg.store_writer: the build's store on disk, written in a thread."""
import pyoxigraph as ox
import pytest

from kg.store import EmbeddedStore
from kg.store_writer import BackgroundStoreWrite

EX = "https://example.org/"


def _memory_store() -> EmbeddedStore:
    memory = EmbeddedStore()
    graph = ox.NamedNode(EX + "graph/report")
    statement = ox.BlankNode()
    memory.raw.extend([
        ox.Quad(ox.NamedNode(EX + "meeting"), ox.NamedNode(EX + "date"),
                ox.Literal("2024-05-01", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
                graph),
        ox.Quad(ox.NamedNode(EX + "meeting"), ox.NamedNode(EX + "label"),
                ox.Literal("Overleg met de provincie", language="nl"), graph),
        ox.Quad(statement, ox.NamedNode(EX + "about"), ox.NamedNode(EX + "meeting"), graph),
    ])
    return memory


def test_the_written_store_has_the_quads_of_the_memory_store_blank_node_labels_too(tmp_path):
    # (the TriG dump that kg add extends uses the store's blank node labels)
    memory = _memory_store()
    store = BackgroundStoreWrite(tmp_path / "store", memory).wait()
    assert set(store.raw) == set(memory.raw)


class _FailingSource:
    """A source whose quads cannot all be read (as a store on a failing disk)."""

    @property
    def raw(self):
        yield from _memory_store().raw
        raise OSError("read error")


def test_a_failure_in_the_thread_is_raised_by_wait(tmp_path):
    writing = BackgroundStoreWrite(tmp_path / "store", _FailingSource())
    with pytest.raises(OSError, match="read error"):
        writing.wait()
