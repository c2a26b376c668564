"""Evaluation, in one place: the scorers (gold files, PLOVER records), the development splits and the
quality figures of `make quality` (`python -m api.evaluation`). The extractor does not depend on it.
"""
