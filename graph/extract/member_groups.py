"""Groups that an organisation of the text is named for: "a bloc of small island states" and "the
Alliance of Small Island States", "Southeast Asian nations" and "the Association of Southeast Asian
Nations".

An organisation named "<body> of <members>" is its members acting together, so a group of several words
that the text names so, in the same words, is that organisation and no group of its own (one node, not a
Group beside the Organization). A one-word group ("states", "nations") is too general to be its members.
"""

from __future__ import annotations

from collections.abc import Mapping

from graph.records import Actor


def organisation_named_for(label: str, actors: Mapping[str, Actor]) -> str | None:
    """The key of the organisation among `actors` named "... of <label>" (its label or an alias), if any."""
    if len(label.split()) < 2:
        return None
    wanted = " of " + label.lower()
    return next(
        (
            key
            for key, actor in actors.items()
            if actor.kind == "Organization" and any(n.lower().endswith(wanted) for n in {actor.label, *actor.aliases})
        ),
        None,
    )
