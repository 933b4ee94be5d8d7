"""claims-e5: candidates keep offsets, training runs and round-trips, failures fall back to the rules.

A tiny random BertModel with a regex tokenizer stands in for e5-small: the head logic and the
plumbing are what is tested here, not the encoder (tests/models/test_e5_*.py cover that).
"""

from __future__ import annotations

import re

import numpy as np
import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from models.base import BackendUnavailable  # noqa: E402
from models.claims.backend import ClaimsModel, _whole_words, repick_speakers  # noqa: E402
from models.claims.docs import make_document  # noqa: E402
from models.claims.features import ClaimView, _first_tokens, candidates, encode  # noqa: E402
from models.claims.train import train_claims  # noqa: E402
from models.loader import LoadedModels, load_models  # noqa: E402
from service.contracts import Claim, Speaker  # noqa: E402

MARKED = """language: es
origin: written for wirecheck tests

=== es-x001
q1: direct | Carmen Olivares | ministra
q2: indirect | Carmen Olivares | ministra
---
MADRID — El Gobierno aprobó un plan. «⟦q1 Ningún paciente esperará más⟧», ⟦c1 aseguró⟧
⟦s1 la ministra Carmen Olivares⟧ en Madrid. ⟦s2 Ella⟧ ⟦c2 precisó⟧ que ⟦q2 el plan costará mucho⟧.

=== es-x002
q1: indirect | Pablo Ruiz | alcalde
---
SEVILLA — ⟦s1 Pablo Ruiz⟧ ⟦c1 dijo⟧ que ⟦q1 la obra terminará en marzo⟧, según la Junta.
"""


class _Tokenizer:
    """Word pieces with offsets, ids hashed into a small vocabulary."""

    bos_token_id, eos_token_id, pad_token_id = 0, 2, 1

    def encode_with_offsets(self, text):
        found = list(re.finditer(r"\w+|[^\w\s]", text))
        return [3 + sum(map(ord, m.group())) % 90 for m in found], [(m.start(), m.end()) for m in found]

    def encode(self, texts):
        return [self.encode_with_offsets(text)[0] for text in texts]


class TinyEncoder:
    """The attributes of ``E5Encoder`` that the claims model reads, on a 16-dim random BertModel."""

    def __init__(self) -> None:
        torch.manual_seed(0)
        config = transformers.BertConfig(vocab_size=96, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                                         intermediate_size=32, max_position_embeddings=64)
        self.model = transformers.BertModel(config).eval()
        self.tokenizer = _Tokenizer()
        self.dim = 16
        self._window = 62


@pytest.fixture(scope="module")
def encoder():
    return TinyEncoder()


@pytest.fixture(scope="module")
def trained(tmp_path_factory, encoder):
    root = tmp_path_factory.mktemp("claims")
    (root / "data").mkdir()
    (root / "data" / "es-x.txt").write_text(MARKED, encoding="utf-8")
    card = train_claims(root / "data", root / "head", epochs=2, encoder=encoder, cache=root / "cache",
                        say=lambda line: None)
    return root / "head", card


def test_candidates_keep_offsets_and_skip_the_quote():
    doc = make_document("«No cederemos», dijo la ministra Carmen Olivares en Madrid. Ella añadió más.", "es")
    view = ClaimView(((1, 13),), (16, 20), rules=(21, 32))
    found = candidates(doc.tokens, view)
    assert all(doc.text[c.start:c.end] == c.text for c in found)
    texts = [c.text for c in found]
    assert "Carmen Olivares" in texts and "Madrid" in texts and "Ella" in texts
    assert "No" not in texts  # inside the quoted piece
    assert [c.text for c in found if c.from_rules] == ["la ministra"]


def test_candidates_leave_out_the_dateline():
    text = "GRENOBLE (AFP) — Le glacier a perdu trois mètres, selon l'Institut Alpin."
    doc = make_document(text, "fr")
    content = (text.index("Le glacier"), text.index(", selon"))
    found = [c.text for c in candidates(doc.tokens, ClaimView((content,), None))]
    assert "Institut Alpin" in found
    assert "GRENOBLE" not in found and "AFP" not in found


def test_encode_keeps_character_offsets(encoder):
    vectors = encode(encoder, "Pablo Ruiz dijo algo.")
    assert vectors.starts[0] == 0 and vectors.ends[1] == len("Pablo Ruiz")
    assert vectors.mean(0, 5).shape == (16,)


def test_encode_stops_after_max_windows_with_the_same_vectors_for_what_it_read(encoder):
    text = "Pablo Ruiz dijo que la obra terminará en marzo. " * 40  # 400 tokens: seven 62-token windows
    whole, cut = encode(encoder, text), encode(encoder, text, max_windows=2)
    assert whole.reach is None and whole.covers(len(text))
    assert len(cut.starts) <= 2 * encoder._window < len(whole.starts)  # less the 'passage:' prefix's tokens
    assert cut.reach == cut.ends[-1] and not cut.covers(len(text))
    assert cut.starts == whole.starts[:len(cut.starts)]
    assert np.allclose(cut.rows(), whole.rows()[:len(cut.starts)])  # windows are encoded one by one


@pytest.mark.parametrize("text", ["Pablo Ruiz dijo algo. " * 200, "a" * 5_000, "ab " * 20])
def test_the_first_tokens_of_a_long_text_are_those_of_the_whole_text(encoder, text):
    ids, spans = encoder.tokenizer.encode_with_offsets(text)
    first, first_spans, cut = _first_tokens(encoder.tokenizer, text, 62)
    assert (first, first_spans) == (ids[:62], spans[:62])
    assert cut == (len(ids) > 62)


def test_claims_past_the_encoded_part_keep_the_rules_speakers(trained, encoder, monkeypatch):
    from models.claims import features

    monkeypatch.setattr(features, "MAX_WINDOWS", 1)
    model = ClaimsModel(trained[0], encoder=encoder)
    text = "El Gobierno aprobó un plan en Madrid. " * 20 + "SEVILLA — Pablo Ruiz dijo que la obra terminará en marzo."
    doc = make_document(text, "es")
    start, cue = text.index("la obra"), text.index("dijo")
    rules = Speaker(name="Ruiz", mention="Ruiz", start=cue - 5, end=cue - 1)
    claims = [Claim(quote=text[start:-1], start=start, end=len(text) - 1, type="indirect", cue="dijo",
                    cue_start=cue, cue_end=cue + 4, speaker=rules)]
    assert repick_speakers(model, doc, claims) == []
    assert claims[0].speaker is rules
    assert any("claims-e5 read only the first" in warning for warning in doc.warnings)


def test_training_saves_a_head_and_card_that_load(trained, encoder):
    folder, card = trained
    assert card["training_files"] == {"es-x.txt": 2} and card["claims"] == 3
    assert (folder / "speaker_head.safetensors").is_file() and (folder / "model_card.json").is_file()
    model = ClaimsModel(folder, encoder=encoder)
    doc = make_document("SEVILLA — Pablo Ruiz dijo que la obra terminará en marzo.", "es")
    claims = [Claim(quote="la obra terminará en marzo", start=31, end=57, type="indirect", cue="dijo",
                    cue_start=21, cue_end=25)]
    assert repick_speakers(model, doc, claims) == []
    assert claims[0].speaker is not None and doc.text[claims[0].speaker.start:claims[0].speaker.end] \
        == claims[0].speaker.mention


def test_english_keeps_the_rules(trained, encoder):
    model = ClaimsModel(trained[0], encoder=encoder)
    doc = make_document("Mayor Ann Lee said that the bridge opens in May.", "en")
    rules = Speaker(name="Ann Lee", mention="Mayor Ann Lee", start=0, end=13)
    claims = [Claim(quote="the bridge opens in May", start=24, end=47, type="indirect", speaker=rules)]
    model.repick(doc, claims)
    assert claims[0].speaker is rules


@pytest.mark.parametrize("damage", ["missing", "corrupt"])
def test_a_missing_or_corrupt_head_is_a_warning_not_an_error(tmp_path, trained, damage):
    folder = tmp_path / "head"
    if damage == "corrupt":
        folder.mkdir()
        (folder / "config.json").write_text((trained[0] / "config.json").read_text())
        (folder / "speaker_head.safetensors").write_bytes(b"not safetensors")
    with pytest.raises(BackendUnavailable, match="missing or damaged"):
        ClaimsModel(folder, encoder=TinyEncoder())
    loaded = load_models(None, [], claims_model=f"claims-e5:{folder}")
    assert loaded.claims_model is None
    assert any("claims use the rules' speakers" in problem for problem in loaded.problems)


def test_a_failure_at_run_time_keeps_the_rules_speakers(trained, encoder, monkeypatch):
    model = ClaimsModel(trained[0], encoder=encoder)
    monkeypatch.setattr(model, "head", None)  # calling it raises TypeError
    doc = make_document("SEVILLA — Pablo Ruiz dijo que la obra terminará en marzo.", "es")
    rules = Speaker(name="Pablo Ruiz", mention="Pablo Ruiz", start=10, end=20)
    claims = [Claim(quote="la obra terminará en marzo", start=31, end=57, type="indirect", speaker=rules)]
    warnings = repick_speakers(model, doc, claims)
    assert len(warnings) == 1 and "rules" in warnings[0]
    assert claims[0].speaker is rules


def test_the_default_pipeline_defers_the_claims_model_until_a_language_needs_it(monkeypatch):
    from service.config import Settings
    from service.pipeline import Pipeline, default_models

    monkeypatch.delenv("WIRECHECK_CLAIMS_MODEL", raising=False)
    settings = Settings(embedder=None, parsers=[], deferred_parsers=[])
    assert settings.claims_model == "claims-e5"
    loaded = default_models(settings)
    assert loaded.claims_model is None and loaded.deferred_claims_model == "claims-e5"
    # English keeps its rules: nothing is loaded for it.
    assert loaded.claims_model_for("en") is None and loaded.deferred_claims_model == "claims-e5"

    class Exploding:
        name = "exploding"

        def prefetch(self, doc, executor):
            doc.prefetch("claims-e5 token vectors", lambda d: 1 / 0, executor)

        def repick(self, doc, claims):
            doc.index("claims-e5 token vectors", lambda d: None)  # raises the prefetch's error
            raise RuntimeError("boom")

    # With a model that fails, the analysis still answers and says why.
    pipeline = Pipeline(LoadedModels(claims_model=Exploding()), settings)
    analysis = pipeline.analyze("«No cederemos», dijo Carmen Olivares.", language="es", stages=["claims"])
    assert any("claims-e5 failed" in w for w in analysis.warnings)


@pytest.fixture
def arabic_without_rules(monkeypatch):
    """Arabic as a language whose folder has no ``quotes.py`` (every registered language has one now) and that
    keeps no rules over the model: the registry and the lexicon caches see it so for the test's duration."""
    from service.languages.base import Language
    from service.stages.quotes import lexicon

    shipped = Language.has
    monkeypatch.setattr(Language, "has", lambda self, part: False if (self.code, part) == ("ar", "quotes")
                        else shipped(self, part))
    lexicon.get_lexicon.cache_clear()
    lexicon.has_cue_rules.cache_clear()
    yield
    monkeypatch.undo()
    lexicon.get_lexicon.cache_clear()
    lexicon.has_cue_rules.cache_clear()


def test_a_language_without_rules_says_its_speakers_come_from_the_model(arabic_without_rules):
    from service.config import Settings
    from service.pipeline import Pipeline

    class Naming:
        name = "fake-claims"

        def prefetch(self, doc, executor):
            pass

        def repick(self, doc, claims):
            for claim in claims:
                claim.speaker = Speaker(name="Ana Souza", mention="Ana Souza", start=0, end=9)

    settings = Settings(embedder=None, parsers=[], deferred_parsers=[])
    text = "التقت آنا سوزا بالصحفيين. «سنستأنف هذا القرار»، قالت آنا سوزا."
    rules_only = Pipeline(LoadedModels(), settings).analyze(text, language="ar", stages=["claims"])
    assert any("quote marks only" in w for w in rules_only.warnings)
    with_model = Pipeline(LoadedModels(claims_model=Naming()), settings).analyze(text, language="ar",
                                                                                 stages=["claims"])
    assert with_model.claims and all(c.speaker is not None for c in with_model.claims)
    assert not any("quote marks only" in w for w in with_model.warnings)
    assert any(w.startswith("Arabic: ") and "learned model (fake-claims)" in w for w in with_model.warnings)


@pytest.mark.parametrize("value", ["none", "", "off"])
def test_the_claims_model_can_be_turned_off(monkeypatch, value):
    from service.config import Settings

    monkeypatch.setenv("WIRECHECK_CLAIMS_MODEL", value)
    assert Settings().claims_model is None


def test_a_deferred_model_that_cannot_load_warns_once_and_keeps_the_rules(tmp_path):
    from service.config import Settings
    from service.pipeline import Pipeline

    loaded = LoadedModels(deferred_claims_model=f"claims-e5:{tmp_path / 'no-head'}")
    pipeline = Pipeline(loaded, Settings(embedder=None, parsers=[], deferred_parsers=[]))
    text = "SEVILLA — Pablo Ruiz dijo que la obra terminará en marzo."
    first = pipeline.analyze(text, language="es", stages=["claims"])
    assert first.claims and first.claims[0].speaker is not None
    assert first.claims[0].speaker.name == "Pablo Ruiz"
    assert any("missing or damaged" in w and "rules' speakers" in w for w in first.warnings)
    assert loaded.deferred_claims_model is None  # tried once, not on every request
    second = pipeline.analyze(text, language="es", stages=["claims"])
    assert [c.speaker for c in second.claims] == [c.speaker for c in first.claims]


def test_models_listing_shows_version_and_training_data():
    from click.testing import CliRunner

    from models.claims.backend import about
    from service.catalog import describe_backends
    from service.cli import main

    card = about()
    assert card["version"] == "claims-v5" and card["training_data"]["documents_per_language"]["es"] > 0
    listed = {b.name: b for b in describe_backends()}["claims-e5"]
    assert listed.version == "claims-v5" and listed.details["training_data"]["claims"] > 0
    out = CliRunner().invoke(main, ["models"]).output
    assert "version claims-v5; trained on models/training/claims" in out


def test_train_claims_command_writes_head_and_card(tmp_path, monkeypatch):
    import json

    from click.testing import CliRunner

    import models.e5_encoder
    from service.cli import main

    monkeypatch.setenv("WIRECHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(models.e5_encoder, "E5Encoder", lambda threads=1: TinyEncoder())
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "es-x.txt").write_text(MARKED, encoding="utf-8")
    result = CliRunner().invoke(main, ["train", "claims", "--data", str(tmp_path / "data"),
                                       "--out", str(tmp_path / "head"), "--epochs", "1"])
    assert result.exit_code == 0, result.output
    card = json.loads((tmp_path / "head" / "model_card.json").read_text())
    assert card["version"] == "claims-v5" and card["documents_per_language"] == {"es": 2}


def test_training_is_deterministic(trained, encoder, tmp_path):
    from safetensors.torch import load_file

    folder, _ = trained
    again = tmp_path / "again"
    train_claims(folder.parent / "data", again, epochs=2, encoder=encoder, cache=folder.parent / "cache",
                 say=lambda line: None)
    first = load_file(str(folder / "speaker_head.safetensors"))
    second = load_file(str(again / "speaker_head.safetensors"))
    assert all(torch.equal(first[name], second[name]) for name in first)


def test_the_tagger_is_saved_beside_the_head_and_chosen_per_language(trained, encoder, tmp_path,
                                                                    arabic_without_rules):
    import shutil

    folder, card = trained
    assert (folder / "tagger.safetensors").is_file() and "trained_languages" in card["tagger"]
    model = ClaimsModel(folder, encoder=encoder)
    assert model.tagger is not None
    model.tagger_languages, model.trained_languages = frozenset({"pt"}), frozenset({"pt", "es"})
    model.tagger_unseen = True
    assert model.tags("pt") and not model.tags("es")  # trained on es, and the tagger did not win there
    # Never seen: on where the language has no cue rules (Arabic, for this test), not where it has (Italian); English
    # keeps its rules.
    model.trained_languages = frozenset({"pt", "es"})
    assert model.tags("ar") and not model.tags("it") and not model.tags("en")
    broken = tmp_path / "no-tagger"
    shutil.copytree(folder, broken)
    (broken / "tagger.safetensors").unlink()
    with pytest.raises(BackendUnavailable, match="content tagger"):
        ClaimsModel(broken, encoder=encoder)


def test_a_speaker_right_after_a_source_preposition_stays_the_rules(trained, encoder, monkeypatch):
    import numpy as np

    from models.claims import backend

    model = ClaimsModel(trained[0], encoder=encoder)
    text = "Selon l'opposition, la hausse se fera au détriment des écoles, a estimé Mathilde Perrin."
    doc = make_document(text, "fr")

    def prefer_perrin(head, vectors, index, view, cands, counts):
        # A head that always wants the name: only the guard can keep the rules' speaker.
        return np.array([10.0 if c.text == "Mathilde Perrin" else 0.0 for c in cands])

    monkeypatch.setattr(backend, "_head_scores", prefer_perrin)
    s, e = text.index("l'opposition"), text.index(",")
    q0, q1 = text.index("la hausse"), text.index(", a estimé")
    selon = Claim(quote=text[q0:q1], start=q0, end=q1, type="indirect", cue="Selon", cue_start=0, cue_end=5,
                  speaker=Speaker(name="opposition", mention=text[s:e], start=s, end=e))
    model.repick(doc, [selon])
    assert selon.speaker.mention == "l'opposition"
    # The same claim framed by a verb is the head's to re-pick.
    verb = selon.model_copy(update={"cue": "estimé", "cue_start": text.index("estimé"),
                                    "cue_end": text.index("estimé") + 6})
    model.repick(doc, [verb])
    assert verb.speaker.mention == "Mathilde Perrin"


def _prefer(name):
    import numpy as np

    def scores(head, vectors, index, view, cands, counts):
        # A head that always wants ``name``: only the guards can keep the rules' speaker.
        return np.array([10.0 if c.text == name else 1.0 if c.from_rules else 0.0 for c in cands])
    return scores


def _claim(text, quote, cue, speaker=None):
    q0, c0 = text.index(quote), text.index(cue)
    sp = None
    if speaker is not None:
        s = text.index(speaker)
        sp = Speaker(name=speaker, mention=speaker, start=s, end=s + len(speaker))
    return Claim(quote=quote, start=q0, end=q0 + len(quote), type="direct", cue=cue, cue_start=c0,
                 cue_end=c0 + len(cue), speaker=sp)


@pytest.fixture
def repicked(trained, encoder, monkeypatch):
    """Repick one claim's speaker with a head that always wants ``prefer`` (``_prefer``): only the guards can keep
    the rules' speaker. Called as repicked(text, language, prefer, quote, cue, speaker=None); gives the claim."""
    from models.claims import backend

    model = ClaimsModel(trained[0], encoder=encoder)

    def run(text, language, prefer, quote, cue, speaker=None):
        monkeypatch.setattr(backend, "_head_scores", _prefer(prefer))
        claim = _claim(text, quote, cue, speaker)
        model.repick(make_document(text, language), [claim])
        return claim
    return run


def test_a_claim_with_its_own_cue_takes_no_speaker_from_a_later_sentence(repicked):
    text = ("Il presidente del Consiglio ha parlato. «Non lasceremo nessuno indietro», ha affermato a Roma. "
            "Secondo il ministro Giancarlo Giorgetti, le risorse sono limitate.")
    claim = repicked(text, "it", "Giancarlo Giorgetti", "Non lasceremo nessuno indietro", "affermato")
    assert claim.speaker is None or "Giorgetti" not in claim.speaker.name


def test_a_role_resolves_to_no_holder_of_another_office_of_its_kind(repicked):
    text = ("« Nous ne céderons pas », a déclaré le ministre des Affaires étrangères, Jean Dupont. "
            "Le Premier ministre a affirmé que la réforme serait adoptée.")
    claim = repicked(text, "fr", "Jean Dupont", "la réforme serait adoptée", "affirmé", "Le Premier ministre")
    assert claim.speaker.name == "Le Premier ministre"
    # A role the other sentence does not name at all is the head's to resolve, and the claim's own words stay
    # its mention.
    text = text.replace("Le Premier ministre", "La porte-parole")
    claim = repicked(text, "fr", "Jean Dupont", "la réforme serait adoptée", "affirmé", "La porte-parole")
    assert claim.speaker.name == "Jean Dupont" and claim.speaker.mention == "La porte-parole"
    assert text[claim.speaker.start:claim.speaker.end] == "La porte-parole"


def test_an_indefinite_speaker_in_the_claim_s_sentence_is_nobody_named_elsewhere(repicked):
    text = ("El economista Tomás Irarrázaval habló del recorte. Un operador de un banco local dijo que el peso "
            "apenas reaccionó.")
    claim = repicked(text, "es", "Tomás Irarrázaval", "el peso apenas reaccionó", "dijo",
                     "Un operador de un banco local")
    assert claim.speaker.mention == "Un operador de un banco local"
    assert claim.speaker.name == "Un operador de un banco local"


def test_a_body_in_the_claim_s_sentence_stands_for_no_person_named_elsewhere(repicked):
    text = "« Nous faisons du bon travail », a estimé l'adjoint Jan Fischer. « Joyeuses fêtes », a souhaité la mairie."
    claim = repicked(text, "fr", "Jan Fischer", "Joyeuses fêtes", "souhaité", "la mairie")
    assert claim.speaker.name == "la mairie"


def test_a_mention_carried_over_from_another_claim_gives_way_to_the_head_s_pick(repicked):
    text = "La porte-parole a parlé lundi. Mardi, Jean Dupont a voté. « Nous gagnerons », a ajouté le député."
    # The rules' speaker, carried over from an earlier sentence.
    claim = repicked(text, "fr", "Jean Dupont", "Nous gagnerons", "ajouté", "La porte-parole")
    assert claim.speaker.name == "Jean Dupont" and claim.speaker.mention == "Jean Dupont"


@pytest.mark.parametrize("language, text, quote, cue, phrase, person", [
    ("es", "El concejal Ramiro Solís visitó las obras. La oposición criticó que las obras lleguen tarde.",
     "las obras lleguen tarde", "criticó", "La oposición", "Ramiro Solís"),
    ("it", "Il ministro Ettore Valli ha parlato a Roma. Il rapporto indica che le attese sono cresciute.",
     "le attese sono cresciute", "indica", "Il rapporto", "Ettore Valli"),
    ("pt", "O delegado Caio Prates falou à imprensa. A defesa negou que o empresário soubesse do esquema.",
     "o empresário soubesse do esquema", "negou", "A defesa", "Caio Prates"),
    ("es", "El fiscal Marcos Vidal habló con la prensa. La Fiscalía precisó que el fraude es mayor.",
     "el fraude es mayor", "precisó", "La Fiscalía", "Marcos Vidal"),
    ("pt", "O presidente Rui Lage falou. Os advogados afirmaram que o cliente é inocente.",
     "o cliente é inocente", "afirmaram", "Os advogados", "Rui Lage"),
])
def test_a_side_document_or_body_in_the_claim_s_sentence_is_no_person_named_elsewhere(
        repicked, language, text, quote, cue, phrase, person):
    claim = repicked(text, language, person, quote, cue, phrase)
    assert claim.speaker.name == phrase and claim.speaker.mention == phrase


def test_a_body_may_be_a_body_named_elsewhere(repicked):
    text = "El Banco Central subió la tasa el martes. El instituto emisor dijo que la inflación seguirá bajando."
    claim = repicked(text, "es", "El Banco Central", "la inflación seguirá bajando", "dijo", "El instituto emisor")
    assert claim.speaker.name == "Banco Central" and claim.speaker.mention == "El instituto emisor"


def test_a_role_names_a_person_named_elsewhere_but_no_body(repicked):
    text = "Secondo la Corte dei conti, le attese crescono. Il ministro ha detto che la situazione è grave."
    claim = repicked(text, "it", "Corte", "la situazione è grave", "detto", "Il ministro")
    assert claim.speaker.name == "Il ministro"


def test_a_pronoun_is_an_earlier_person_never_a_body_after_it(repicked):
    text = "La portavoz Elena Robles habló el lunes. Ella añadió que el Ayuntamiento «no hizo nada»."
    claim = repicked(text, "es", "Ayuntamiento", "no hizo nada", "añadió", "Ella")
    assert claim.speaker.name == "Ella"
    claim = repicked(text, "es", "Elena Robles", "no hizo nada", "añadió", "Ella")
    assert claim.speaker.name == "Elena Robles" and claim.speaker.mention == "Ella"


@pytest.mark.parametrize("language, text, quote, cue, phrase, person", [
    ("es", "El técnico Néstor Ibarra llegó al estadio. El DT dijo que el equipo jugó mal.",
     "el equipo jugó mal", "dijo", "El DT", "Néstor Ibarra"),  # an abbreviation
    ("fr", "Julien Masset plaide lundi pour la famille. L'avocat a dit que son client est innocent.",
     "son client est innocent", "dit", "L'avocat", "Julien Masset"),  # an elided article
    ("it", "Jalen Brooks è arrivato a Grosseto. Il 26enne di Baltimora ha detto che la squadra è forte.",
     "la squadra è forte", "detto", "Il 26enne di Baltimora", "Jalen Brooks"),  # the place a person comes from
])
def test_a_description_of_a_person_may_name_one_named_elsewhere(repicked, language, text, quote, cue,
                                                                 phrase, person):
    claim = repicked(text, language, person, quote, cue, phrase)
    assert claim.speaker.name == person and claim.speaker.mention == phrase


def test_a_name_inside_an_aside_before_the_verb_is_no_speaker_but_an_apposition_is(repicked):
    text = "Un porte-parole du ministère, cité par l'Agence Delta, a affirmé que les règles pèsent sur le commerce."
    claim = repicked(text, "fr", "Agence Delta", "les règles pèsent sur le commerce", "affirmé",
                     "Un porte-parole du ministère")
    assert claim.speaker.name == "Un porte-parole du ministère"
    text = "La coordenadora do estudo, a engenheira Lia Moura, disse que a mata encolheu."
    claim = repicked(text, "pt", "Lia Moura", "a mata encolheu", "disse", "La coordenadora do estudo")
    assert claim.speaker.name == "Lia Moura"


def test_the_head_s_pick_is_named_without_the_article_or_role_that_opens_its_sentence(repicked):
    text = "El Banco Central subió la tasa. «Actuaremos», dijo el organismo."
    claim = repicked(text, "es", "El Banco Central", "Actuaremos", "dijo", "el organismo")
    assert claim.speaker.name == "Banco Central" and claim.speaker.mention == "el organismo"


@pytest.mark.parametrize("text, cue, content, name", [
    ("El informe prevé que el paro baje al 9 %.", "informe prevé", "el paro baje al 9 %", "informe"),
    ("El sindicato Fuerza Obrera reclamó que suban los sueldos.", "reclamó", "suban los sueldos", "Fuerza Obrera"),
    ("El Banco Central de Chile estima que la inflación cede.", "estima", "la inflación cede",
     "Banco Central de Chile"),
])
def test_a_tagged_claim_s_verb_with_a_subject_is_that_subject_s(text, cue, content, name):
    from models.claims.backend import _subject_before, _subject_speaker, longest_names

    doc = make_document(text, "es")
    c0, q0 = text.index(cue), text.index(content)
    subject = _subject_before(doc, (c0, c0 + len(cue)), (q0, q0 + len(content)))
    assert subject is not None
    speaker = _subject_speaker(doc, subject, (c0, c0 + len(cue)), [], None, None, None, {}, longest_names(doc))
    assert speaker.name == name and text[speaker.start:speaker.end] == speaker.mention


def test_a_tagged_cue_with_no_subject_before_it_leaves_the_speaker_to_the_head():
    from models.claims.backend import _subject_before

    text = "Según la Guardia Civil, el fraude asciende a 60 millones."
    doc = make_document(text, "es")
    assert _subject_before(doc, (0, 5), (text.index("el fraude"), len(text) - 1)) is None


@pytest.mark.parametrize("name, expected", [
    ("Salamanca Pilar Sancho Ibáñez", "Pilar Sancho Ibáñez"),  # a place before the person
    ("María Luisa Cabello", "María Luisa Cabello"),
    ("San Martín Ocotlán", "San Martín Ocotlán"),  # a saint's place
])
def test_a_long_name_starts_at_its_given_name(name, expected):
    from models.claims.backend import _from_given_name

    assert _from_given_name(name, "es") == expected


@pytest.mark.parametrize("run, words", [
    ((55, 68), "concesionar por 20 años"),  # a run opening inside a word: 'r por 20 años'
    ((95, 107), "registraron más de 900"),  # and one closing inside one too: 'on más de 90'
    ((40, 68), "para concesionar por 20 años"),  # whole words stay as they are
])
def test_a_tagged_run_is_widened_to_whole_words(run, words):
    text = ("El cabildo de San Martín Ocotlán aprobó para concesionar por 20 años; "
            "los sismógrafos registraron más de 900.")
    start, end = _whole_words(text, *run)
    assert text[start:end] == words
