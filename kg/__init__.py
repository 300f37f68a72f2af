"""kg: a knowledge graph of regional relations built from travel reports."""

__version__ = "0.1.0"
