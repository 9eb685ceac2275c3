"""Article records: the human-curated YAML files and their checks."""
