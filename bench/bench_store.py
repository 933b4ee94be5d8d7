"""Claim store at scale: fill it with 100,000 claims, then time related-claims queries and ingest.

Synthetic news claims in five languages come from aligned templates (subjects, figures, years,
speakers); about half restate an earlier statement, translated, with another speaker or another
figure, so related claims, misattributions and conflicts exist in the store as they would in news.

Measured:
- related claims: ``ClaimStore.related(id, k=5)`` for random stored claims, p50/p95 (target p95
  <= 100 ms). Each query catches the index up with the database, reads the claim and its vector,
  searches the FAISS index and labels the candidates with service/store/matching.
- ingest: ``ClaimStore.add_analysis`` of already analysed articles (target >= 120 articles/min):
  embedding each claim with the encoder plus the one transaction that writes the article and its
  claims (SQLite: synchronous=FULL, an fsync per commit). The pipeline's own analysis is not in it.

    python bench/bench_store.py                    # the real encoder (use), 100,000 claims: minutes
    python bench/bench_store.py --random-vectors   # hashed random word vectors: no model, fast fill
    python bench/bench_store.py --store postgresql://user@host/db   # an empty database or schema
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from service.store.store import ClaimStore  # noqa: E402

LANGUAGES = ("en", "fr", "de", "es", "it")
CUES = {"en": "said", "fr": "a déclaré", "de": "sagte", "es": "dijo", "it": "ha detto"}
# One row per subject, one column per language (LANGUAGES order).
SUBJECTS = [
    ("the economy", "l'économie", "die Wirtschaft", "la economía", "l'economia"),
    ("unemployment", "le chômage", "die Arbeitslosigkeit", "el desempleo", "la disoccupazione"),
    ("inflation", "l'inflation", "die Inflation", "la inflación", "l'inflazione"),
    ("exports", "les exportations", "die Exporte", "las exportaciones", "le esportazioni"),
    ("public debt", "la dette publique", "die Staatsverschuldung", "la deuda pública", "il debito pubblico"),
    ("energy prices", "les prix de l'énergie", "die Energiepreise", "los precios de la energía",
     "i prezzi dell'energia"),
    ("rents", "les loyers", "die Mieten", "los alquileres", "gli affitti"),
    ("hospital waiting times", "les délais d'attente à l'hôpital", "die Wartezeiten in Krankenhäusern",
     "las listas de espera hospitalarias", "i tempi di attesa negli ospedali"),
    ("carbon emissions", "les émissions de carbone", "die CO2-Emissionen", "las emisiones de carbono",
     "le emissioni di carbonio"),
    ("crime", "la criminalité", "die Kriminalität", "la delincuencia", "la criminalità"),
    ("defence spending", "les dépenses de défense", "die Verteidigungsausgaben", "el gasto en defensa",
     "la spesa per la difesa"),
    ("the minimum wage", "le salaire minimum", "der Mindestlohn", "el salario mínimo", "il salario minimo"),
    ("wheat prices", "le prix du blé", "der Weizenpreis", "el precio del trigo", "il prezzo del grano"),
    ("rail traffic", "le trafic ferroviaire", "der Bahnverkehr", "el tráfico ferroviario", "il traffico ferroviario"),
]
# {S}/{s}: the subject (capitalised or not), {n}: a figure, {y}: a year.
TEMPLATES = [
    ("{S} rose by {n} percent in {y}", "{S} a augmenté de {n} % en {y}", "{S} ist {y} um {n} Prozent gestiegen",
     "{S} subió un {n} % en {y}", "{S} è aumentato del {n} per cento nel {y}"),
    ("{S} fell by {n} percent last year", "{S} a baissé de {n} % l'an dernier",
     "{S} ist im vergangenen Jahr um {n} Prozent gesunken", "{S} bajó un {n} % el año pasado",
     "{S} è calato del {n} per cento l'anno scorso"),
    ("We will cut {s} by {n} percent before {y}", "Nous réduirons {s} de {n} % d'ici {y}",
     "Wir werden {s} bis {y} um {n} Prozent senken", "Reduciremos {s} un {n} % antes de {y}",
     "Ridurremo {s} del {n} per cento entro il {y}"),
    ("{S} is at its highest level since {y}", "{S} est à son plus haut niveau depuis {y}",
     "{S} ist so hoch wie seit {y} nicht mehr", "{S} está en su nivel más alto desde {y}",
     "{S} è al livello più alto dal {y}"),
    ("{S} will double by {y}", "{S} va doubler d'ici {y}", "{S} wird sich bis {y} verdoppeln",
     "{S} se duplicará para {y}", "{S} raddoppierà entro il {y}"),
    ("{S} is not rising, whatever the opposition says", "{S} n'augmente pas, quoi qu'en dise l'opposition",
     "{S} steigt nicht, was auch immer die Opposition sagt", "{S} no está subiendo, diga lo que diga la oposición",
     "{S} non sta aumentando, qualunque cosa dica l'opposizione"),
    ("Our plan will create {n} thousand jobs by {y}", "Notre plan créera {n} mille emplois d'ici {y}",
     "Unser Plan wird bis {y} {n} tausend Arbeitsplätze schaffen", "Nuestro plan creará {n} mil empleos antes de {y}",
     "Il nostro piano creerà {n} mila posti di lavoro entro il {y}"),
    ("Nobody has done more for {s} than this government", "Personne n'a fait plus pour {s} que ce gouvernement",
     "Niemand hat mehr für {s} getan als diese Regierung", "Nadie ha hecho más por {s} que este gobierno",
     "Nessuno ha fatto più di questo governo per {s}"),
    ("{S} costs taxpayers {n} billion euros a year", "{S} coûte {n} milliards d'euros par an aux contribuables",
     "{S} kostet die Steuerzahler {n} Milliarden Euro im Jahr", "{S} cuesta {n} mil millones de euros al año",
     "{S} costa ai contribuenti {n} miliardi di euro all'anno"),
]
FIRST = ["Marie", "Jan", "Lucia", "Pierre", "Anna", "Marco", "Sofia", "Thomas", "Elena", "Karl", "Ana", "Luca",
         "Claire", "Jonas", "Paula", "Hugo", "Greta", "Diego", "Chiara", "Olaf"]
LAST = ["Dupont", "Schneider", "García", "Rossi", "Martin", "Becker", "López", "Bianchi", "Moreau", "Fischer",
        "Romero", "Ricci", "Lefebvre", "Wagner", "Navarro", "Greco", "Laurent", "Hoffmann", "Ortega", "Conti"]


class HashedWordEmbedder:
    """--random-vectors: a fixed random 512-d vector per word, summed; similar words, similar claims, no model."""

    name = "random-words-512"
    dims = 512

    def __init__(self) -> None:
        self._words: dict[str, np.ndarray] = {}

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                out[row] += self._vector(word)
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)

    def _vector(self, word: str) -> np.ndarray:
        if word not in self._words:
            seed = int.from_bytes(hashlib.md5(word.encode()).digest()[:8], "little")
            self._words[word] = np.random.default_rng(seed).standard_normal(self.dims).astype(np.float32)
        return self._words[word]


class Newsroom:
    """Synthetic articles of attributed claims, restating earlier statements as news does."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.speakers = [f"{first} {last}" for first in FIRST for last in LAST]
        self.statements: list[tuple[int, int, int, int, str]] = []  # template, subject, figure, year, speaker
        self.serial = 0

    def article(self, claims: int) -> tuple[str, dict]:
        rng = self.rng
        language = rng.choice(LANGUAGES)
        self.serial += 1
        lines = [f"Dispatch {self.serial}."]  # unique text: every article is new to the store
        found = []
        for _ in range(claims):
            template, subject, figure, year, speaker = self._statement()
            quote = _render(template, subject, figure, year, language)
            line = f"{speaker} {CUES[language]}: “{quote}”."
            start = sum(len(part) + 1 for part in lines) + line.index("“") + 1
            lines.append(line)
            found.append({"quote": quote, "start": start, "end": start + len(quote), "type": "direct",
                          "cue": CUES[language], "speaker": {"name": speaker, "mention": speaker}})
        text = "\n".join(lines)
        assert all(text[c["start"] : c["end"]] == c["quote"] for c in found)
        return text, {"language": language, "claims": found}

    def _statement(self) -> tuple[int, int, int, int, str]:
        rng = self.rng
        if self.statements and rng.random() < 0.5:
            template, subject, figure, year, speaker = rng.choice(self.statements)
            roll = rng.random()
            if roll < 0.15:
                speaker = rng.choice(self.speakers)  # the same words, another speaker
            elif roll < 0.3:
                figure = figure + rng.choice([-3, -2, -1, 1, 2, 3]) or 1  # the same claim, another figure
            return template, subject, figure, year, speaker
        statement = (rng.randrange(len(TEMPLATES)), rng.randrange(len(SUBJECTS)), rng.randint(1, 40),
                     rng.randint(1990, 2030), rng.choice(self.speakers))
        self.statements.append(statement)
        return statement


def _render(template: int, subject: int, figure: int, year: int, language: str) -> str:
    column = LANGUAGES.index(language)
    noun = SUBJECTS[subject][column]
    return TEMPLATES[template][column].format(S=noun[0].upper() + noun[1:], s=noun, n=figure, y=year)


def fill(store: ClaimStore, newsroom: Newsroom, claims: int, per_article: int) -> tuple[int, float]:
    started = time.perf_counter()
    articles = 0
    while articles * per_article < claims:
        store.add_analysis(*newsroom.article(per_article))
        articles += 1
        if articles % 1000 == 0:
            rate = articles * per_article / (time.perf_counter() - started)
            print(f"  filled {articles * per_article:,} claims ({rate:,.0f} claims/s)", flush=True)
    return articles, time.perf_counter() - started


def time_related(store: ClaimStore, queries: int, rng: random.Random) -> tuple[list[float], list[int]]:
    top = store.search(limit=1)[0].claim.id
    ids = [rng.randint(1, top) for _ in range(queries + 5)]
    for claim_id in ids[:5]:  # warm-up: the matching rules build their word tables on first use
        store.related(claim_id)
    times, found = [], []
    for claim_id in ids[5:]:
        started = time.perf_counter()
        related = store.related(claim_id, k=5)
        times.append((time.perf_counter() - started) * 1000)
        found.append(len(related))
    return times, found


def time_ingest(store: ClaimStore, newsroom: Newsroom, articles: int, per_article: int) -> float:
    batch = [newsroom.article(per_article) for _ in range(articles)]  # built before the clock starts
    started = time.perf_counter()
    for text, analysis in batch:
        store.add_analysis(text, analysis)
    return articles / (time.perf_counter() - started) * 60


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--claims-per-article", type=int, default=10)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--ingest-articles", type=int, default=200)
    parser.add_argument("--random-vectors", action="store_true", help="hashed random word vectors, no model")
    parser.add_argument("--store", help="store URL (default: a new SQLite file in a temporary folder)")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()

    if args.random_vectors:
        embedder = HashedWordEmbedder()
    else:
        from models.registry import make_backend

        embedder = make_backend("use")  # one BLAS thread, as a batch worker or server process runs it
    folder = tempfile.mkdtemp(prefix="bench-store-")
    url = args.store or f"sqlite:///{folder}/claims.db"
    newsroom = Newsroom(args.seed)
    print(f"store {url}, encoder {embedder.name}, {args.claims:,} claims in articles of {args.claims_per_article}")

    with ClaimStore.open(url, embedder) as store:
        articles, seconds = fill(store, newsroom, args.claims, args.claims_per_article)
        print(f"fill: {articles:,} articles in {seconds:.0f} s ({articles / seconds * 60:,.0f} articles/min)")
    started = time.perf_counter()
    store = ClaimStore.open(url, embedder)  # a fresh process's view: the index built from the rows
    print(f"open: {time.perf_counter() - started:.2f} s to migrate-check and load {store.counts()['claims']:,} vectors")
    with store:
        times, found = time_related(store, args.queries, random.Random(args.seed))
        ingest = time_ingest(store, newsroom, args.ingest_articles, args.claims_per_article)
        counts = store.counts()
    cuts = statistics.quantiles(times, n=100)
    print(f"related claims (k=5) over {len(times)} queries: p50 {cuts[49]:.1f} ms, p95 {cuts[94]:.1f} ms, "
          f"max {max(times):.1f} ms (target p95 <= 100 ms); {statistics.mean(found):.1f} related per query, "
          f"{sum(1 for n in found if n) / len(found):.0%} of queries with any")
    print(f"ingest (store only: embed {args.claims_per_article} claims + one transaction per article): "
          f"{ingest:,.0f} articles/min (target >= 120)")
    print(f"store now {counts['articles']:,} articles, {counts['claims']:,} claims; "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
