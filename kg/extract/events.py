"""Placeholder until this extractor lands."""


def extract_events(doc, table, article) -> list:
    return []
