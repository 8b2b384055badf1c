"""A small built-in corpus where two words change meaning between the 1980s and the 2010s.

Generated from Spanish templates, the same for every seed but the choices drawn: in the 1980s
"ratón" is an animal (it eats cheese in the field, the cat chases it) and "nube" is weather (it
covers the sky); in the 2010s "ratón" plugs into the computer and "nube" keeps our files. "perro"
and "casa" mean the same in both periods: the controls. Each document is a handful of sentences
dated within its decade, so the demo also goes through ``split_periods``'s date handling.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from lab_app.core.embeddings.periods import Period, split_periods

SHIFTING_WORDS = ("ratón", "nube")
CONTROL_WORDS = ("perro", "casa")
DEMO_PERIODS = ("1980s", "2010s")
SENTENCES_PER_PERIOD = 3000
SENTENCES_PER_DOCUMENT = 10

ANIMALS = ("gato", "perro", "conejo", "caballo", "vaca", "oveja", "zorro", "pájaro")
ANIMAL_PLACES = ("campo", "granja", "bosque", "prado", "establo")
ANIMAL_FOODS = ("queso", "hierba", "grano", "pienso", "semillas")
ANIMAL_PARTS = ("cola", "oreja", "pata", "pelo", "hocico")
DEVICES = ("teclado", "monitor", "impresora", "altavoz", "micrófono", "pantalla", "webcam")
COMPUTERS = ("ordenador", "portátil", "tableta")
PORTS = ("usb", "cable", "bluetooth", "wifi")
STORAGE = ("servidor", "disco", "memoria", "web")
FILES = ("fotos", "archivos", "documentos", "datos", "contraseñas")
WEATHER = ("lluvia", "tormenta", "niebla", "nieve", "granizo")
LANDSCAPE = ("cielo", "montaña", "valle", "costa", "horizonte")
HOUSES = ("casa", "piso", "vivienda", "cabaña", "apartamento")
ROOMS = ("cocina", "jardín", "salón", "habitación", "terraza")
OLD_DEVICES = ("radio", "televisor", "tocadiscos", "casete", "teléfono", "magnetófono")

# The words the demo expects near "ratón" in each period (the test checks them).
ANIMAL_WORDS = frozenset(ANIMALS + ANIMAL_PLACES + ANIMAL_FOODS + ANIMAL_PARTS + ("ratón",))
COMPUTER_WORDS = frozenset(DEVICES + COMPUTERS + PORTS + STORAGE + FILES + ("ratón", "nube"))
WEATHER_WORDS = frozenset(WEATHER + LANDSCAPE + ("nube",))
HOME_WORDS = frozenset(HOUSES + ROOMS)

_Pick = Callable[[tuple[str, ...]], str]


def _animal_sentences(animals: tuple[str, ...]) -> list[Callable[[_Pick], str]]:
    return [
        lambda p: f"el {p(animals)} come {p(ANIMAL_FOODS)} en el {p(ANIMAL_PLACES)}",
        lambda p: f"el {p(animals)} mueve la {p(ANIMAL_PARTS)} en el {p(ANIMAL_PLACES)}",
        lambda p: f"el {p(animals)} persigue al {p(animals)} por el {p(ANIMAL_PLACES)}",
        lambda p: f"vimos un {p(animals)} en el {p(ANIMAL_PLACES)} buscando {p(ANIMAL_FOODS)}",
        lambda p: f"el {p(animals)} tiene la {p(ANIMAL_PARTS)} larga y el {p(ANIMAL_PARTS)} suave",
        lambda p: f"el {p(animals)} y el {p(animals)} duermen en el {p(ANIMAL_PLACES)}",
    ]


def _home_sentences() -> list[Callable[[_Pick], str]]:
    pets = ("perro", "gato")
    return [
        lambda p: f"la familia vive en una {p(HOUSES)} con {p(ROOMS)}",
        lambda p: f"limpiamos la {p(HOUSES)} y el {p(ROOMS)} el domingo",
        lambda p: f"la {p(HOUSES)} tiene un {p(ROOMS)} grande y luminoso",
        lambda p: f"compramos una {p(HOUSES)} cerca del pueblo",
        lambda p: f"el {p(pets)} duerme en el {p(ROOMS)} de la {p(HOUSES)}",
    ]


def _weather_sentences(weather: tuple[str, ...]) -> list[Callable[[_Pick], str]]:
    return [
        lambda p: f"una {p(weather)} oscura cubre el {p(LANDSCAPE)}",
        lambda p: f"mañana habrá {p(weather)} sobre el {p(LANDSCAPE)}",
        lambda p: f"la {p(weather)} trae frío al {p(LANDSCAPE)}",
        lambda p: f"desde la ventana veo la {p(weather)} en el {p(LANDSCAPE)}",
    ]


def _old_device_sentences() -> list[Callable[[_Pick], str]]:
    return [
        lambda p: f"escuchamos el {p(OLD_DEVICES)} por la tarde",
        lambda p: f"el {p(OLD_DEVICES)} nuevo funciona con pilas",
        lambda p: f"mi padre arregla el {p(OLD_DEVICES)} viejo",
        lambda p: f"compré un {p(OLD_DEVICES)} en la tienda del barrio",
    ]


def _computer_sentences(devices: tuple[str, ...]) -> list[Callable[[_Pick], str]]:
    return [
        lambda p: f"conecto el {p(devices)} al {p(COMPUTERS)} por {p(PORTS)}",
        lambda p: f"el {p(devices)} del {p(COMPUTERS)} no funciona",
        lambda p: f"compré un {p(devices)} nuevo para el {p(COMPUTERS)}",
        lambda p: f"pulso el botón del {p(devices)} y el {p(COMPUTERS)} responde",
        lambda p: f"instalo el programa del {p(devices)} en el {p(COMPUTERS)}",
    ]


def _storage_sentences(storage: tuple[str, ...]) -> list[Callable[[_Pick], str]]:
    return [
        lambda p: f"guardo las {p(FILES)} en la {p(storage)}",
        lambda p: f"subo los {p(FILES)} a la {p(storage)} desde el {p(COMPUTERS)}",
        lambda p: f"la {p(storage)} guarda mis {p(FILES)}",
        lambda p: f"descargo los {p(FILES)} de la {p(storage)} por {p(PORTS)}",
    ]


def _period_topics(period: str) -> list[tuple[float, list[Callable[[_Pick], str]]]]:
    """(share of the sentences, templates) per topic of a demo period."""
    if period == "1980s":
        return [
            (0.35, _animal_sentences(ANIMALS + ("ratón",))),
            (0.20, _home_sentences()),
            (0.25, _weather_sentences(WEATHER + ("nube",))),
            (0.20, _old_device_sentences()),
        ]
    return [
        (0.25, _animal_sentences(ANIMALS)),
        (0.20, _home_sentences()),
        (0.15, _weather_sentences(WEATHER)),
        (0.25, _computer_sentences(DEVICES + ("ratón",))),
        (0.15, _storage_sentences(STORAGE + ("nube",))),
    ]


def time_demo_documents(seed: int = 0) -> tuple[list[str], list[str]]:
    """Return (documents, dates): ~300 short dated documents per period, 1980s then 2010s.

    Deterministic for a seed (``numpy.random.default_rng``). Any thread (fast).
    """
    rng = np.random.default_rng(seed)

    def pick(words: tuple[str, ...]) -> str:
        return words[rng.integers(len(words))]

    documents, dates = [], []
    for period in DEMO_PERIODS:
        topics = _period_topics(period)
        shares = np.array([share for share, _ in topics])
        sentences = []
        for _ in range(SENTENCES_PER_PERIOD):
            templates = topics[rng.choice(len(topics), p=shares / shares.sum())][1]
            sentences.append(templates[rng.integers(len(templates))](pick).capitalize() + ".")
        decade = int(period[:4])
        for start in range(0, len(sentences), SENTENCES_PER_DOCUMENT):
            documents.append(" ".join(sentences[start : start + SENTENCES_PER_DOCUMENT]))
            year, month = decade + rng.integers(10), 1 + rng.integers(12)
            dates.append(f"{year}-{month:02d}-{1 + rng.integers(28):02d}")
    return documents, dates


def time_demo_corpus(seed: int = 0) -> list[Period]:
    """Return the demo's two periods, "1980s" and "2010s", as sentences of tokens (about 3,000
    sentences each). Deterministic for a seed. Any thread (~0.2 s)."""
    documents, dates = time_demo_documents(seed)
    return split_periods(documents, dates)
