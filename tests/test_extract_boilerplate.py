"""Page boilerplate (tag lists, share bars, promotions, navigation) yields nothing."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.boilerplate import BoilerplateRules, boilerplate_lines, classify_line
from kg.extract.lexicon import load_lexicon
from kg.records import Document


def rules(lang: str) -> BoilerplateRules:
    return BoilerplateRules.from_section(load_lexicon(lang).section("boilerplate"))


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Themen: Ukraine · Russland · Nato"),  # tag list after a marker
        ("de", "Artikel teilen: Facebook | X | WhatsApp | E-Mail"),  # share bar
        ("de", "Jetzt unseren Newsletter abonnieren – jeden Morgen kostenlos"),  # promotion
        ("de", "- Politik"),  # navigation bullet
        ("de", "Polen, Litauen, Lettland, Estland"),  # a line that is only short names
        ("de", "#Nato #Gipfel"),  # hashtags only
        ("en", "Share this article"),
        ("en", "Facebook · X · LinkedIn · Email"),
        ("en", "Most read: Ten things to know about the summit"),
        ("en", "Subscribe to our daily briefing"),
        ("de", "Ein Kommentar von Anna Schmidt"),  # byline
        ("en", "By Jane Doe and John Smith"),
    ],
)
def test_boilerplate_lines_are_recognised(lang: str, line: str) -> None:
    assert classify_line(line, rules(lang))[0]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Frankreich zieht seine letzten Soldaten aus dem Niger ab."),
        ("de", "- Erhöhte Bedrohungslage für die baltischen Staaten"),  # a content bullet
        ("de", "Nato wächst: Auch Schweden ist jetzt dabei"),  # a headline
        ("en", "Poland, Lithuania and Latvia asked for more NATO troops on Tuesday."),
        ("de", "Von Moskau nach Kiew"),  # starts like a byline, is a headline
        ("en", "By 2027 the brigade will be ready."),
        # a marker word inside a longer word: "abo " ends "Malabo "
        ("de", "Malabo (dpa) - Russland hat Soldaten nach Mali entsandt."),
    ],
)
def test_content_lines_are_kept(lang: str, line: str) -> None:
    assert not classify_line(line, rules(lang))[0]


def test_lines_after_a_share_bar_are_boilerplate_unless_they_are_prose() -> None:
    text = ("Der Artikel endet hier.\nArtikel teilen: Facebook | X\nUnser Angebot des Tages\n"
            + "Ein langer Absatz mit " + "vielen Wörtern " * 25 + "und einem Punkt.")
    marked = [text[a:b] for a, b in boilerplate_lines(text, rules("de"))]
    assert "Unser Angebot des Tages" in marked
    assert "Der Artikel endet hier." not in marked
    assert not any(line.startswith("Ein langer Absatz") for line in marked)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Themen: Russland · Ukraine · Polen\nArtikel teilen: Facebook | X | E-Mail\n"
               "Jetzt den Newsletter abonnieren\n- Politik\n- Wirtschaft"),
        ("en", "Share this article\nFacebook · X · LinkedIn · Email\n"
               "Most read: Russia and China hold naval drills\nSubscribe to The Brief"),
    ],
)
def test_text_that_is_only_boilerplate_yields_nothing(lang: str, text: str) -> None:
    ex = extract(Document(text=text, lang=lang, source="t"))
    assert ex.entities == ()
    assert ex.relations == () and ex.treaties == () and ex.deployments == ()


def test_names_in_a_tag_line_are_not_entities_of_the_article() -> None:
    text = ("Litauen erhöht seine Verteidigungsausgaben deutlich.\n"
            "Themen: Nato · Schweden · Finnland · Türkei")
    ex = extract(Document(text=text, lang="de", source="t"))
    labels = {e.label for e in ex.entities}
    assert "Litauen" in labels
    assert not labels & {"Schweden", "Finnland", "Türkei", "NATO", "Nato"}


def test_a_teaser_marker_mid_article_ends_where_the_story_goes_on() -> None:
    text = ("Deutschland und die Ukraine schließen ein Sicherheitsabkommen.\n"
            "Mehr zum Thema: Der Streit um den Taurus – eine Chronik\n"
            "Der Streit um den Taurus geht weiter\n"
            "Noch am selben Abend reiste Selenskyj nach Paris weiter. Dort unterschrieb er mit "
            "Präsident Emmanuel Macron ein ähnliches Abkommen.\n"
            "Verteidigungsminister Boris Pistorius treibt derweil den Aufbau einer Brigade in "
            "Litauen voran, die bis 2027 rund 4.800 Soldaten zählen soll.\n")
    flagged = [text[a:b] for a, b in boilerplate_lines(text, rules("de"))]
    assert flagged == ["Mehr zum Thema: Der Streit um den Taurus – eine Chronik",
                       "Der Streit um den Taurus geht weiter"]


@pytest.mark.parametrize(
    ("lang", "line", "credit"),
    [
        ("de", "Die Pufferzone in Nikosia. Foto: Petros Karadjias/AP", "Foto: Petros Karadjias/AP"),
        ("en", "Soldiers at a checkpoint near Banjul. Photograph: Seyllou/AFP/Getty Images",
         "Photograph: Seyllou/AFP/Getty Images"),
    ],
)
def test_a_photo_credit_after_a_caption_is_boilerplate(lang: str, line: str, credit: str) -> None:
    text = "Erste Zeile.\n" + line + "\n"
    spans = boilerplate_lines(text, rules(lang))
    assert [text[a:b] for a, b in spans] == [credit]


def test_a_credit_names_no_actor() -> None:
    ex = extract(Document(text="Gustavo Petro sprach in Bogotá.\nDie Pufferzone in Nikosia. "
                               "Foto: Petros Karadjias/AP\n", lang="de", source="test"))
    petro = next(e for e in ex.entities if e.label == "Gustavo Petro")
    assert "Petros" not in petro.aliases
