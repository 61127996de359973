"""Evaluation of the fact extractor against hand-made gold annotations (``tests/gold/``)."""
