"""Write the RNN tab's two Spanish samples from small template grammars (run once, offline).

``resources/corpora/spanish_sentiment.csv``: 300 short sentences, columns text,label, 150 pos
and 150 neg. Polarity comes from the adjective or phrase, flipped by "no" and decided by the
clause after "pero": word order matters, which is what a many-to-one RNN can learn.

``resources/corpora/spanish_tagged.conllu``: 500 sentences with UPOS tags (UD conventions: the
copula "ser/estar" is AUX, "no" is ADV, the clitic "la/lo" is PRON). Words such as "canto",
"vino", "cocina", "bajo", "la", "que" take several tags, so a tag depends on the context.

Usage: ``python packaging/make_rnn_samples.py`` (same output on every run: fixed seed).
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

CORPORA = Path(__file__).resolve().parent.parent / "resources" / "corpora"
SEED = 20240501

# -- sentiment ---------------------------------------------------------------------------------
SUBJECTS = [
    ("la película", "f"), ("el libro", "m"), ("el restaurante", "m"), ("la comida", "f"),
    ("el servicio", "m"), ("el hotel", "m"), ("la música", "f"), ("el concierto", "m"),
    ("la clase", "f"), ("el viaje", "m"), ("la obra", "f"), ("el museo", "m"),
    ("la serie", "f"), ("el disco", "m"), ("la novela", "f"), ("el profesor", "m"),
    ("la habitación", "f"), ("el tren", "m"), ("la tienda", "f"), ("el café", "m"),
    ("la playa", "f"), ("el partido", "m"), ("la app", "f"), ("el curso", "m"),
]  # fmt: skip
POSITIVE = [
    ("bueno", "buena"), ("estupendo", "estupenda"), ("precioso", "preciosa"),
    ("divertido", "divertida"), ("genial", "genial"), ("excelente", "excelente"),
    ("agradable", "agradable"), ("fantástico", "fantástica"), ("encantador", "encantadora"),
    ("magnífico", "magnífica"), ("entretenido", "entretenida"), ("limpio", "limpia"),
    ("maravilloso", "maravillosa"), ("interesante", "interesante"), ("barato", "barata"),
]  # fmt: skip
NEGATIVE = [
    ("malo", "mala"), ("aburrido", "aburrida"), ("horrible", "horrible"),
    ("terrible", "terrible"), ("pésimo", "pésima"), ("sucio", "sucia"), ("lento", "lenta"),
    ("decepcionante", "decepcionante"), ("caro", "cara"), ("ruidoso", "ruidosa"),
    ("desastroso", "desastrosa"), ("mediocre", "mediocre"), ("pesado", "pesada"),
    ("frío", "fría"), ("absurdo", "absurda"),
]  # fmt: skip
ADVERBS = ["", "muy ", "bastante ", "realmente ", "francamente ", "tan "]
VERBS = ["es", "fue", "era", "ha sido", "me pareció", "resultó"]
PHRASES = {
    "pos": ["lo recomiendo", "volveré sin duda", "merece la pena", "me ha encantado",
            "una experiencia para repetir", "nos gustó mucho", "quedamos muy contentos"],
    "neg": ["no lo recomiendo", "no volveré nunca", "no merece la pena", "una pérdida de tiempo",
            "no me ha gustado", "nos arrepentimos", "quedamos muy decepcionados"],
}  # fmt: skip


def _adjective(rng: random.Random, polarity: str, gender: str) -> str:
    pair = rng.choice(POSITIVE if polarity == "pos" else NEGATIVE)
    return pair[0] if gender == "m" else pair[1]


def _sentiment_sentence(rng: random.Random, label: str) -> str:
    other = "neg" if label == "pos" else "pos"
    subject, gender = rng.choice(SUBJECTS)
    verb, adverb = rng.choice(VERBS), rng.choice(ADVERBS)
    kind = rng.randrange(5)
    if kind == 0:  # plain: "el hotel es muy limpio"
        return f"{subject} {verb} {adverb}{_adjective(rng, label, gender)}"
    if kind == 1:  # negated: "el hotel no es limpio" is negative
        return f"{subject} no {verb} {_adjective(rng, other, gender)}"
    if kind == 2:  # two adjectives of one polarity
        first, second = _adjective(rng, label, gender), _adjective(rng, label, gender)
        return f"{subject} {verb} {adverb}{first} y {second}"
    if kind == 3:  # contrast: the clause after "pero" decides
        subject2, gender2 = rng.choice(SUBJECTS)
        first = _adjective(rng, other, gender)
        return f"{subject} {verb} {first}, pero {subject2} {verb} {_adjective(rng, label, gender2)}"
    return (
        f"{subject} {verb} {adverb}{_adjective(rng, label, gender)}: {rng.choice(PHRASES[label])}"
    )


def sentiment_rows(n_per_class: int = 150, seed: int = SEED) -> list[tuple[str, str]]:
    """Return (text, label) rows, ``n_per_class`` distinct sentences per label, shuffled."""
    rng = random.Random(seed)
    rows: dict[str, str] = {}
    for label in ("pos", "neg"):
        count = 0
        while count < n_per_class:
            text = _sentiment_sentence(rng, label)
            text = text[0].upper() + text[1:] + "."
            if text not in rows:
                rows[text] = label
                count += 1
    items = list(rows.items())
    rng.shuffle(items)
    return items


# -- part-of-speech tagging --------------------------------------------------------------------
NOUNS_M = [
    "perro",
    "gato",
    "niño",
    "libro",
    "coche",
    "árbol",
    "río",
    "pan",
    "vino",
    "canto",
    "trabajo",
    "juego",
    "paseo",
    "sobre",
    "mercado",
    "pueblo",
    "médico",
    "vecino",
    "maestro",
    "jardín",
    "barco",
    "caballo",
    "campo",
    "camino",
    "cielo",
    "cuaderno",
    "dinero",
    "edificio",
    "fuego",
    "hermano",
    "hospital",
    "lago",
    "mar",
    "mensaje",
    "monte",
    "museo",
    "ordenador",
    "pájaro",
    "papel",
    "periódico",
    "plato",
    "puente",
    "queso",
    "regalo",
    "reloj",
    "sol",
    "teatro",
    "teléfono",
    "tren",
    "viento",
    "zapato",
]
NOUNS_F = [
    "casa",
    "mesa",
    "niña",
    "cocina",
    "ventana",
    "ciudad",
    "calle",
    "carta",
    "playa",
    "montaña",
    "puerta",
    "silla",
    "escuela",
    "fruta",
    "flor",
    "guitarra",
    "historia",
    "hermana",
    "iglesia",
    "isla",
    "leche",
    "luna",
    "madre",
    "manzana",
    "música",
    "noche",
    "nube",
    "película",
    "plaza",
    "radio",
    "sopa",
    "tarde",
    "tienda",
    "vaca",
    "vecina",
    "voz",
    "abuela",
    "camisa",
    "cama",
]
ADJ = [
    ("grande", "grande"), ("pequeño", "pequeña"), ("bajo", "baja"), ("alto", "alta"),
    ("rojo", "roja"), ("nuevo", "nueva"), ("viejo", "vieja"), ("bonito", "bonita"),
    ("feliz", "feliz"), ("rápido", "rápida"), ("blanco", "blanca"), ("negro", "negra"),
    ("limpio", "limpia"), ("tranquilo", "tranquila"), ("antiguo", "antigua"),
    ("verde", "verde"), ("frío", "fría"), ("caliente", "caliente"), ("oscuro", "oscura"),
    ("largo", "larga"), ("famoso", "famosa"), ("cansado", "cansada"), ("simpático", "simpática"),
]  # fmt: skip
# Transitive verbs, third person, and first person (some first persons are also nouns).
VERBS_3 = [
    "come",
    "lee",
    "compra",
    "mira",
    "vende",
    "busca",
    "escribe",
    "abre",
    "cierra",
    "pinta",
    "lava",
    "prepara",
    "encuentra",
    "necesita",
    "toca",
    "cocina",
    "visita",
    "limpia",
    "rompe",
    "trae",
    "lleva",
    "guarda",
    "dibuja",
]
VERBS_1 = [
    "canto",
    "trabajo",
    "juego",
    "paseo",
    "cocino",
    "como",
    "leo",
    "compro",
    "miro",
    "escribo",
    "pinto",
    "bajo",
]
VERBS_INTR = [
    "duerme",
    "corre",
    "sale",
    "llega",
    "vino",
    "camina",
    "descansa",
    "nada",
    "baila",
    "llora",
    "ríe",
    "espera",
]
NAMES = [
    "María",
    "Juan",
    "Lucía",
    "Pedro",
    "Ana",
    "Carlos",
    "Elena",
    "Pablo",
    "Sofía",
    "Diego",
    "Marta",
    "Luis",
]
PRONOUNS = ["él", "ella", "usted"]
ADVERBS_T = [
    "hoy",
    "ayer",
    "mañana",
    "siempre",
    "pronto",
    "tarde",
    "despacio",
    "bien",
    "mal",
    "aquí",
    "allí",
]
PREPS = ["en", "con", "sin", "para", "bajo", "sobre", "desde", "hacia"]
SAY = ["dice", "sabe", "cree", "piensa"]


def _noun_phrase(rng: random.Random, adjective: bool | None = None) -> list[tuple[str, str]]:
    masculine = rng.random() < 0.55
    noun = rng.choice(NOUNS_M if masculine else NOUNS_F)
    definite = rng.random() < 0.6
    det = ("el" if definite else "un") if masculine else ("la" if definite else "una")
    if rng.random() < 0.1:
        det = rng.choice(["dos", "tres"])
        words = [(det, "NUM"), (noun + ("es" if noun[-1] in "lnrz" else "s"), "NOUN")]
    else:
        words = [(det, "DET"), (noun, "NOUN")]
    if adjective if adjective is not None else rng.random() < 0.35:
        pair = rng.choice(ADJ)
        words.append((pair[0] if masculine else pair[1], "ADJ"))
    return words


def _subject(rng: random.Random) -> list[tuple[str, str]]:
    roll = rng.random()
    if roll < 0.25:
        return [(rng.choice(NAMES), "PROPN")]
    if roll < 0.4:
        return [(rng.choice(PRONOUNS), "PRON")]
    return _noun_phrase(rng)


def _clause(rng: random.Random) -> list[tuple[str, str]]:
    kind = rng.randrange(7)
    if kind == 0:  # first person: "yo canto una canción"
        words = [("yo", "PRON")] if rng.random() < 0.5 else []
        return words + [(rng.choice(VERBS_1), "VERB")] + _noun_phrase(rng)
    subject = _subject(rng)
    negation = [("no", "ADV")] if rng.random() < 0.2 else []
    if kind == 1:  # copula: "la casa es grande"
        pair = rng.choice(ADJ)
        adjective = (
            pair[1] if subject[-1][0] in NOUNS_F or subject[0][0] in ("la", "una") else pair[0]
        )
        return subject + negation + [(rng.choice(["es", "está", "era"]), "AUX"), (adjective, "ADJ")]
    if kind == 2:  # clitic object: "María la ve"
        clitic = rng.choice(["la", "lo"])
        return subject + negation + [(clitic, "PRON"), (rng.choice(VERBS_3 + ["ve"]), "VERB")]
    if kind == 3:  # intransitive with an adverb: "el niño duerme hoy"
        return (
            subject + negation + [(rng.choice(VERBS_INTR), "VERB"), (rng.choice(ADVERBS_T), "ADV")]
        )
    if kind == 4:  # prepositional phrase: "el gato duerme bajo la mesa"
        verb = [(rng.choice(VERBS_INTR), "VERB")]
        return subject + negation + verb + [(rng.choice(PREPS), "ADP")] + _noun_phrase(rng)
    if kind == 5:  # relative clause: "el libro que lee Juan es nuevo"
        head = _noun_phrase(rng, adjective=False)
        rel = [("que", "PRON"), (rng.choice(VERBS_3), "VERB")] + _subject(rng)
        feminine = head[1][0] in NOUNS_F or head[0][0] in ("la", "una")
        pair = rng.choice(ADJ)
        return head + rel + [("es", "AUX"), (pair[1] if feminine else pair[0], "ADJ")]
    # transitive: "Lucía compra una manzana"
    return subject + negation + [(rng.choice(VERBS_3), "VERB")] + _noun_phrase(rng)


def _tagged_sentence(rng: random.Random) -> list[tuple[str, str]]:
    roll = rng.random()
    if roll < 0.15:  # complement clause: "Ana dice que el perro come pan"
        words = _subject(rng) + [(rng.choice(SAY), "VERB"), ("que", "SCONJ")] + _clause(rng)
    elif roll < 0.3:
        words = _clause(rng) + [(rng.choice(["y", "pero"]), "CCONJ")] + _clause(rng)
    else:
        words = _clause(rng)
    words = [(words[0][0][0].upper() + words[0][0][1:], words[0][1])] + words[1:]
    return words + [(".", "PUNCT")]


def conllu_text(n_sentences: int = 500, seed: int = SEED) -> str:
    """Return ``n_sentences`` distinct tagged sentences as CoNLL-U (ID FORM LEMMA UPOS … MISC)."""
    rng = random.Random(seed)
    seen: set[str] = set()
    blocks = []
    while len(blocks) < n_sentences:
        words = _tagged_sentence(rng)
        text = " ".join(form for form, _ in words[:-1]) + "."
        if text in seen:
            continue
        seen.add(text)
        lines = [f"# sent_id = {len(blocks) + 1}", f"# text = {text}"]
        for i, (form, upos) in enumerate(words, start=1):
            space = "SpaceAfter=No" if i == len(words) - 1 else "_"
            lines.append(f"{i}\t{form}\t_\t{upos}\t_\t_\t_\t_\t_\t{space}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks) + "\n"


def main() -> None:
    CORPORA.mkdir(parents=True, exist_ok=True)
    with open(CORPORA / "spanish_sentiment.csv", "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["text", "label"])
        writer.writerows(sentiment_rows())
    (CORPORA / "spanish_tagged.conllu").write_text(conllu_text(), encoding="utf-8")


if __name__ == "__main__":
    main()
