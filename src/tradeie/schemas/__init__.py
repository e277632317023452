"""Pydantic v2 output models (frozen, Decimal-valued) shared by every stage."""
