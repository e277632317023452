"""tradeie: turn Chinese economic and trade bulletins into validated, source-attributed data.

    >>> import tradeie
    >>> ex = tradeie.extract("今年1-4月，我市服务外包执行额79344.3万美元，同比下降32.1%。")
    >>> ex.metrics[0].value.normalized
    Decimal('793443000')

Public API: :func:`extract`, :func:`extract_file`, :func:`quantities`, :func:`periods`,
:func:`entities`, :func:`normalize`.  Heavy stages (spaCy, jieba) load only when used.
"""

from __future__ import annotations

from .errors import InputError, PatternDataError, TradeieError
from .layout import normalize
from .pipeline import Extraction, extract, extract_file
from .quantities import quantities
from .periods import periods

__version__ = "0.1.0"

__all__ = [
    "extract",
    "extract_file",
    "quantities",
    "periods",
    "entities",
    "normalize",
    "Extraction",
    "TradeieError",
    "InputError",
    "PatternDataError",
    "__version__",
]


def __getattr__(name: str):
    # Resolvers import lazily so `import tradeie` stays light (no spaCy/jieba until asked for).
    if name == "quantities":
        from .quantities import quantities

        return quantities
    if name == "periods":
        from .periods import periods

        return periods
    if name == "entities":
        from .ner import entities

        return entities
    raise AttributeError(f"module 'tradeie' has no attribute {name!r}")
