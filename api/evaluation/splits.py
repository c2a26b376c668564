"""The development sets of `make quality`, split into a DEV and a HELD-OUT half, scored by the shared scorers.

The split is fixed so every figure the project reports agrees:

- behavioural suite (dev/checks.jsonl): per construction, in file order, the 1st and 2nd case are DEV,
  the 3rd and 4th HELD-OUT;
- RAMS records (dev/rams_dev.json): records at an even index DEV, at an odd index HELD-OUT;
- PolNeAR (dev/polnear-dev): article files sorted by name, an even index DEV, an odd index HELD-OUT.

Each set is extracted once (every document, through an in-memory store, as `stancegraph extract` does);
the halves and the whole are then scored by running the shared scorers of ../shared/eval as scripts on
files in a temporary folder, so the figures are the scorers' own and no scorer is copied here.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.readers import Skipped, read_paths
from graph.records import Document

Export = Callable[[Iterable[Document | Skipped]], list[dict[str, Any]]]

CHECKS = ("dev", "checks.jsonl")
RAMS = ("dev", "rams_dev.json")
POLNEAR = ("dev", "polnear-dev")
HALVES = ("dev", "held-out", "all")
# the summary line each scorer closes with
CLOSING = re.compile(r"^(checks|plover|attribution): .*$", re.MULTILINE)


@dataclass(frozen=True)
class SetFigures:
    """One development set's closing lines, per half ("dev", "held-out", "all")."""

    name: str
    lines: dict[str, str]
    failures: list[str]

    def report(self) -> list[str]:
        return [f"{half:8} {self.lines[half]}" for half in HALVES]


def checks_split(cases: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """DEV: the 1st and 2nd case of each construction (file order); HELD-OUT: the 3rd and 4th."""
    seen: dict[str, int] = {}
    halves: dict[str, list[dict[str, Any]]] = {"dev": [], "held-out": [], "all": list(cases)}
    for case in cases:
        n = seen.get(case.get("construction", "?"), 0)
        seen[case.get("construction", "?")] = n + 1
        halves["dev" if n % 4 < 2 else "held-out"].append(case)
    return halves


def alternate_split(items: list[Any]) -> dict[str, list[Any]]:
    """DEV: the items at an even index; HELD-OUT: those at an odd index."""
    return {"dev": items[0::2], "held-out": items[1::2], "all": list(items)}


class ScoringRun:
    """A temporary folder where one set's inputs, predictions and split files are written and scored."""

    def __init__(self, export: Export, eval_dir: Path, folder: Path) -> None:
        self.export = export
        self.eval_dir = eval_dir
        self.folder = folder

    def scorer(self, script: str, *args: str | Path) -> str:
        """Run a shared scorer; its standard output (raises when it fails)."""
        done = subprocess.run(
            [sys.executable, str(self.eval_dir / script), *map(str, args)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode not in (0, 1):  # 1 is a scorer's "below --min-*", never set here
            raise RuntimeError(f"{script} failed: {done.stderr.strip()[-500:]}")
        return done.stdout

    def predict(self, script: str, gold: Path) -> Path:
        """Extract the scorer's own input for `gold` (its --make-input) into a stance export file."""
        articles = self.folder / "input.jsonl"
        articles.write_text(self.scorer(script, "--make-input", gold), encoding="utf-8")
        predicted = self.folder / "predicted.jsonl"
        records = self.export(read_paths([articles]))
        predicted.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        return predicted

    @staticmethod
    def closing(output: str) -> str:
        """The scorer's summary line (its last line if the format ever changes)."""
        match = CLOSING.search(output)
        return match.group(0) if match else (output.strip().splitlines() or ["(no output)"])[-1]


# each scorer's option that lists what it missed, and the prefix of those lines
FAILURE_OPTION = {
    "score_checks.py": ("--show-failures", "FAIL"),
    "score_plover.py": ("--show-misses", "MISS"),
    "score_attribution.py": ("--show-misses", "MISS"),
}


def _score_halves(run: ScoringRun, script: str, halves: dict[str, Path], predicted: Path) -> SetFigures:
    """Each half's closing line; the failures listed are the DEV half's only."""
    option, prefix = FAILURE_OPTION[script]
    lines, failures = {}, []
    for half, gold in halves.items():
        output = run.scorer(script, gold, predicted, option)
        lines[half] = run.closing(output)
        if half == "dev":
            failures = [line for line in output.splitlines() if line.startswith(prefix)]
    return SetFigures(script, lines, failures)


def _write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def checks_figures(export: Export, shared: Path) -> SetFigures:
    """The behavioural suite: pass rate, constructions passed fully and the worst, per half."""
    source = shared.joinpath(*CHECKS)
    cases = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory(prefix="sg-checks-") as tmp:
        run = ScoringRun(export, shared / "eval", Path(tmp))
        predicted = run.predict("score_checks.py", source)
        halves = {h: _write_jsonl(Path(tmp) / f"{h}.jsonl", rows) for h, rows in checks_split(cases).items()}
        return _score_halves(run, "score_checks.py", halves, predicted)


def rams_figures(export: Export, shared: Path) -> SetFigures:
    """The RAMS records: type+source recall and precision, per half."""
    source = shared.joinpath(*RAMS)
    data = json.loads(source.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="sg-rams-") as tmp:
        run = ScoringRun(export, shared / "eval", Path(tmp))
        predicted = run.predict("score_plover.py", source)
        halves = {}
        for half, records in alternate_split(data["records"]).items():
            halves[half] = Path(tmp) / f"{half}.json"
            halves[half].write_text(json.dumps({**data, "records": records}), encoding="utf-8")
        return _score_halves(run, "score_plover.py", halves, predicted)


def polnear_figures(export: Export, shared: Path) -> SetFigures:
    """PolNeAR attribution recall, stance-cue recall and the precision proxy, per half."""
    source = shared.joinpath(*POLNEAR)
    texts = sorted((source / "text").glob("*.txt"), key=lambda p: p.name)
    annotations = sorted((source / "attributions").glob("*.ann"))
    with tempfile.TemporaryDirectory(prefix="sg-polnear-") as tmp:
        run = ScoringRun(export, shared / "eval", Path(tmp))
        predicted = run.predict("score_attribution.py", source)
        halves = {}
        for half, files in alternate_split(texts).items():
            folder = Path(tmp) / half
            (folder / "text").mkdir(parents=True)
            (folder / "attributions").mkdir()
            for text in files:
                (folder / "text" / text.name).symlink_to(text)
                for ann in annotations:
                    if ann.stem == text.stem or ann.stem.rsplit("_", 1)[0] == text.stem:
                        (folder / "attributions" / ann.name).symlink_to(ann)
            halves[half] = folder
        return _score_halves(run, "score_attribution.py", halves, predicted)


SETS: dict[str, tuple[tuple[str, str], Callable[[Export, Path], SetFigures]]] = {
    "checks": (CHECKS, checks_figures),
    "rams": (RAMS, rams_figures),
    "polnear": (POLNEAR, polnear_figures),
}
