"""Benchmarks: `python -m bench` runs every module of this package that defines `main()`, and prints figures.

Speed is reported as ratios against an alternative measured in the same run, never as a pass/fail limit.
"""
