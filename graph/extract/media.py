"""News agencies and social platforms: facts of the world the NER gets wrong.

The NER reads "Xinhua" or "Interfax" as a person and "Truth Social" or "Telegram" as an organisation
taking part in the story. A news agency is an organisation (kind Organization, never Person); a platform
named as the medium of a statement ("wrote on Truth Social", "in a Telegram post", "his X account") is
no actor at all. As a subject ("Telegram blocked the channels") a platform is the company that runs it.
Tests: tests/graph/extract/cases/names.toml.
"""
from __future__ import annotations

from spacy.tokens import Span

# Wire services and state news agencies, by the names the press uses for them.
NEWS_AGENCIES = {
    "Reuters", "Associated Press", "AP", "Agence France-Presse", "Agence France Presse", "AFP", "Xinhua",
    "Xinhua News Agency", "TASS", "Tass", "RIA Novosti", "RIA", "Interfax", "Interfax-Ukraine", "Ukrinform",
    "Yonhap", "Kyodo", "Kyodo News", "Jiji Press", "KCNA", "Korean Central News Agency", "IRNA", "Fars",
    "Tasnim", "ISNA", "Anadolu", "Anadolu Agency", "WAFA", "SANA", "MENA", "Saudi Press Agency",
    "Press Trust of India", "PTI", "Asian News International", "Bernama", "Antara", "dpa",
    "Deutsche Presse-Agentur", "EFE", "ANSA", "Bloomberg News", "Sputnik", "Belta", "PAP", "CTK", "APA",
    "Kuwait News Agency", "Qatar News Agency", "Emirates News Agency", "Prensa Latina",
}
# Social networks and messaging services.
PLATFORMS = {
    "Truth Social", "X", "Twitter", "Facebook", "Instagram", "Telegram", "TikTok", "YouTube", "WhatsApp",
    "Weibo", "WeChat", "Bluesky", "Threads", "LinkedIn", "Reddit", "Snapchat", "Signal", "Discord",
    "Substack", "Rumble", "Gab", "Parler", "Douyin", "VKontakte", "VK", "Viber", "Mastodon",
}
# Nouns a platform's name modifies when it is the medium: "a Telegram post", "his X account".
MEDIUM_NOUNS = {"post", "account", "video", "channel", "page", "message", "statement", "feed", "thread",
                "broadcast", "livestream", "stream", "handle", "tweet", "posting", "update", "address"}


def news_agency(text: str) -> bool:
    """Whether a name is a news agency's: "Xinhua", "the Associated Press"."""
    return text.removeprefix("the ").removeprefix("The ") in NEWS_AGENCIES


def medium_of_speech(span: Span) -> bool:
    """A platform named where a statement was made: after a preposition ("on Truth Social", "via
    Telegram") or before a medium noun ("a Telegram post", "his X account")."""
    if span.text.removeprefix("the ") not in PLATFORMS:
        return False
    root = span.root
    if root.dep_ == "pobj":
        return True
    return root.dep_ in ("compound", "nmod", "poss") and root.head.lemma_.lower() in MEDIUM_NOUNS
