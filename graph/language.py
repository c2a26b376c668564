"""Which articles are not English: only a confident verdict rejects one.

A news brief is short and full of names ("Ukrainian President Volodymyr Zelensky praised Germany ..."), so
counting English function words, or trusting any language identifier's first guess, throws such briefs
away. Here an article is judged not English only when

- most of its letters are in a script other than Latin (Cyrillic, Han, Arabic ...), or
- the language identifier (py3langid, a naive Bayes model over byte n-grams, shipped inside the package)
  names another language with a probability of at least `CONFIDENT`.

Anything else, including a text too short to judge, is read as English and left to the extractor.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

CONFIDENT = 0.9  # a name-heavy English brief gets at most ~0.3 for another language; real German ~1.0
MIN_LETTERS = 20  # below this there is nothing to judge
SAMPLE_CHARS = 20_000  # the identifier reads the beginning of a long article only
_LATIN_END = 0x024F  # Basic Latin to Latin Extended-B


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """The py3langid model with probabilities normalised to 0..1 (loaded once, about half a second)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str) -> tuple[str, float]:
    """The most likely language of `text` as an ISO 639 code, and its probability.

    >>> identify_language("Le président a déclaré lundi que la France continuerait à aider l'Ukraine.")[0]
    'fr'
    """
    code, probability = _identifier().classify(text[:SAMPLE_CHARS])
    return str(code), float(probability)


def not_english_reason(text: str) -> str | None:
    """None when `text` is, or may be, English; else why it is not, for the skip line.

    >>> not_english_reason("Ukrainian President Volodymyr Zelensky praised Germany for delivering two more "
    ...                    "Patriot air defence systems.") is None
    True
    >>> not_english_reason("Der Bundeskanzler hat am Montag erklärt, dass die Regierung weitere Systeme liefern werde.")
    'the language is German (de, probability 1.00)'
    """
    sample = text[:SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < MIN_LETTERS:
        return None
    code, probability = identify_language(sample)
    latin = sum(1 for c in letters if ord(c) <= _LATIN_END)
    if latin * 2 < len(letters):
        return f"most letters are not Latin script; the language looks like {language_name(code)} ({code})"
    if code != "en" and probability >= CONFIDENT:
        return f"the language is {language_name(code)} ({code}, probability {probability:.2f})"
    return None


def language_name(code: str) -> str:
    """The English name of an ISO 639 language code (the code itself when unknown).

    >>> language_name("ru")
    'Russian'
    """
    import pycountry

    language = pycountry.languages.get(alpha_2=code) or pycountry.languages.get(alpha_3=code)
    return str(language.name) if language is not None else code
