"""Actors-and-commitments knowledge graph."""
