"""Queries: the named query library, running SPARQL, rendering results."""
