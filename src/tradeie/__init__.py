"""tradeie: turn Chinese economic and trade bulletins into validated, source-attributed data."""

__version__ = "0.1.0"
