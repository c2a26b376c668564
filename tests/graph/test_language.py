"""Language identification: short, name-heavy English briefs are read; other languages are skipped, saying which."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.language import not_english_reason
from graph.readers import Skipped, read_paths
from graph.records import Document

# briefs written for the project: one sentence each, mostly names, few function words
BRIEFS = [
    "Ukrainian President Volodymyr Zelensky praised Germany for delivering two more Patriot air defence systems.",
    "Olaf Scholz, Emmanuel Macron and Giorgia Meloni met Volodymyr Zelensky in Kyiv on Thursday.",
    "Kremlin spokesman Dmitry Peskov dismissed the Istanbul proposal.",
    "Xi Jinping hosted Lula da Silva in Beijing.",
    "Erdogan, Putin discuss Black Sea grain deal by phone - Ankara",
    "Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae-myung in Tokyo.",
    "Sheikh Mohammed bin Zayed Al Nahyan received Recep Tayyip Erdogan in Abu Dhabi.",
    "Narendra Modi, Shehbaz Sharif trade barbs over Pahalgam attack.",
    "Ursula von der Leyen, Antonio Costa sign EU-Mercosur deal in Montevideo with Javier Milei.",
    "Pedro Sanchez, Giorgia Meloni, Friedrich Merz and Donald Tusk agree on migration pact.",
]

# paragraphs written for this test
FOREIGN = {
    "German": "Der Bundeskanzler hat am Montag in Berlin erklärt, dass die Regierung die Lieferung weiterer "
              "Luftabwehrsysteme an die Ukraine prüfen werde. Die Opposition forderte eine schnelle Entscheidung.",
    "French": "Le président de la République a déclaré lundi que la France continuerait à soutenir l'Ukraine "
              "aussi longtemps que nécessaire. Les partis d'opposition ont demandé un débat au Parlement.",
    "Spanish": "El presidente del Gobierno afirmó el martes que España enviará más ayuda humanitaria a la "
               "población afectada por la guerra. La oposición pidió una votación en el Congreso.",
    "Russian": "Президент заявил во вторник, что правительство рассмотрит новые предложения о прекращении огня "
               "на следующей неделе. Представители оппозиции потребовали провести открытое обсуждение.",
    "Chinese": "外交部发言人周二表示，中国愿意继续为政治解决危机发挥建设性作用。发言人还呼吁有关各方保持克制，"
               "尽快恢复对话与谈判。",
}


@pytest.mark.parametrize("brief", BRIEFS)
def test_a_short_name_heavy_english_brief_is_read(tmp_path: Path, brief: str) -> None:
    (tmp_path / "brief.txt").write_text(brief, encoding="utf-8")
    [item] = list(read_paths([tmp_path / "brief.txt"]))
    assert isinstance(item, Document), item
    assert item.text == brief


def test_briefs_in_json_lines_are_all_read(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"brief-{i}", "text": text}) for i, text in enumerate(BRIEFS)]
    (tmp_path / "briefs.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = list(read_paths([tmp_path / "briefs.jsonl"]))
    assert [i.id for i in items if isinstance(i, Document)] == [f"brief-{i}" for i in range(len(BRIEFS))]


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_a_paragraph_in_another_language_is_skipped_naming_the_language(tmp_path: Path, language: str) -> None:
    (tmp_path / "article.txt").write_text(FOREIGN[language], encoding="utf-8")
    [item] = list(read_paths([tmp_path / "article.txt"]))
    assert isinstance(item, Skipped), item
    assert "not English" in item.reason and language in item.reason, item.reason


def test_a_text_too_short_to_judge_is_left_to_the_extractor() -> None:
    assert not_english_reason("Putin: no.") is None
