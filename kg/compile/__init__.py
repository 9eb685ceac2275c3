"""Compile checked records, concepts, glossary and ontology into RDF quads."""
