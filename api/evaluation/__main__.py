"""`python -m api.evaluation`: the extractor's quality figures (see api/evaluation/quality.py)."""
import sys

from api.evaluation.quality import main

if __name__ == "__main__":
    sys.exit(main())
