"""Extraction: a report in, its facts out (actors, posts, events, participations,
collaborations, endorsements, commitments, declarations), each with its evidence."""

from kg.extract.nlp import load_nlp
from kg.extract.pipeline import extract, extract_doc, extract_many

__all__ = ["extract", "extract_doc", "extract_many", "load_nlp"]
