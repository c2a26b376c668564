"""GET /paths, /stances (filters, pages, JSON Lines), /positions, /contradictions, /documents."""
from __future__ import annotations

import json

import httpx


def test_paths_with_evidence_on_every_hop(base: str) -> None:
    body = httpx.get(f"{base}/paths", params={"from": "volodymyr-zelensky", "to": "vladimir-putin",
                                              "mode": "all_shortest"}).json()
    assert body["count"] == 2
    for path in body["paths"]:
        assert len(path["edges"]) == path["length"] == len(path["nodes"]) - 1
        assert all(e["stance"] and e["type"] and e["evidence"]["text"] for e in path["edges"])
    forward = httpx.get(f"{base}/paths", params={"from": "vladimir-putin", "to": "donald-trump",
                                                 "direction": "forward"}).json()
    assert forward["count"] == 0
    to_position = httpx.get(f"{base}/paths", params={"from": "volodymyr-zelensky",
                                                     "to": "halt-outside-military-aid"}).json()
    assert to_position["paths"][0]["edges"][0]["type"] == "Reject"


def test_bad_path_requests(base: str) -> None:
    assert httpx.get(f"{base}/paths", params={"to": "vladimir-putin"}).status_code == 422
    assert httpx.get(f"{base}/paths", params={"from": "a", "to": "b", "mode": "longest"}).status_code == 422
    long = httpx.get(f"{base}/paths", params={"from": "volodymyr-zelensky", "to": "vladimir-putin",
                                              "max_length": 99})
    assert long.status_code == 422 and "max_path_length" in long.json()["error"]
    unknown = httpx.get(f"{base}/paths", params={"from": "volodymyr-zelensky", "to": "putinn"})
    assert unknown.status_code == 404 and unknown.json()["suggestions"]


def test_stance_filters_and_pages(base: str) -> None:
    body = httpx.get(f"{base}/stances", params={"holder": "vladimir-putin", "type": "Demand"}).json()
    assert body["total"] == 2 and {s["type"] for s in body["stances"]} == {"Demand"}
    named = [a["id"].rsplit("/", 1)[-1] for a in body["actors"]]
    assert named == ["kremlin", "united-states", "vladimir-putin"]
    page = httpx.get(f"{base}/stances", params={"limit": 3, "offset": 3}).json()
    assert page["total"] == 10 and len(page["stances"]) == 3
    later = httpx.get(f"{base}/stances", params={"since": "2025-03-19", "polarity": "negative"}).json()
    assert [s["type"] for s in later["stances"]] == ["Demand"]
    reported = httpx.get(f"{base}/stances", params={"attributed_to": "kremlin"}).json()
    assert reported["total"] == 1
    assert httpx.get(f"{base}/stances", params={"holder": "nobody-known"}).status_code == 404
    assert httpx.get(f"{base}/stances", params={"polarity": "neutral"}).status_code == 422


def test_stances_as_json_lines_keep_the_export_order(base: str) -> None:
    lines = httpx.get(f"{base}/stances", params={"document": "call-readout"},
                      headers={"Accept": "application/x-ndjson"}).text.splitlines()
    kinds = [json.loads(line)["record"] for line in lines]
    assert kinds == sorted(kinds, key=["actor", "stance", "contradiction"].index)
    assert kinds.count("stance") == 5 and kinds.count("contradiction") == 1


def test_position_contradictions_and_documents(base: str) -> None:
    position = httpx.get(f"{base}/positions/halt-outside-military-aid").json()
    holders = {k: [a.rsplit("/", 1)[-1] for a in v] for k, v in position["holders_by_type"].items()}
    assert holders == {"Demand": ["vladimir-putin"], "Reject": ["volodymyr-zelensky"],
                       "not Demand": ["vladimir-putin"]}
    energy = httpx.get(f"{base}/positions", params={"q": "energy"}).json()
    assert energy["positions"][0]["key"] == "energy-pause"
    assert httpx.get(f"{base}/positions/no-such-thing").status_code == 404
    [pair] = httpx.get(f"{base}/contradictions").json()["contradictions"]
    assert [r["type"] for r in pair["records"]] == ["Demand", "Deny"]
    documents = httpx.get(f"{base}/documents").json()
    assert [d["id"] for d in documents["documents"]] == ["call-readout", "kyiv-reply"]
    one = httpx.get(f"{base}/documents/kyiv-reply").json()
    assert one["stances"] == 5 and len(one["stance_records"]) == 5 and one["date"] == "2025-03-20"
    assert httpx.get(f"{base}/documents/nothing-here").status_code == 404
