"""Placeholder until entity resolution lands."""
from kg.extract.table import EntityTable


def resolve_entities(doc, article) -> EntityTable:
    return EntityTable()
