"""Knowledge graph of Vietnamese local-government news articles."""

__version__ = "0.1.0"
