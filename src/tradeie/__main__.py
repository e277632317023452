"""`python -m tradeie` runs the command line."""

from .cli import main

main()
