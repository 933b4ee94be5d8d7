"""Predicates with an opposite, per language: a summary that writes one where the article has the other
says the reverse of what happened ('ByteDance accepted the offer' for 'rejected it').

Pairs are written as words and compared by their Snowball stems (``stems.py``), so one entry covers
'accept', 'accepted', 'accepts'; irregular forms that stem apart ('won', 'lost') are listed beside their
regular ones. The list is short on purpose: each pair must be opposite in every sense a news sentence
uses it, so no prepositions ('before'/'after', 'vor'/'nach') and no words with a second, common sense
('lead' is also a metal, 'cut' also a wound, 'alta' also a discharge). Comparatives are in ('more than
60' for 'fewer than 60'): the check needs the opposite in the evidence and the summary's word absent from
it, so 'ne … plus' beside an unrelated 'moins' does not trip it. The axes of
``CheckWords.polarity`` and ``direction`` stay where they are; this table is only for the support check.
"""

from __future__ import annotations

OPPOSITES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("more", "fewer"), ("more", "less"), ("gained", "lost"),
        ("accept", "reject"), ("accepted", "rejected"), ("approve", "reject"), ("approved", "rejected"),
        ("approve", "block"), ("approved", "blocked"), ("win", "lose"), ("won", "lost"), ("victory", "defeat"),
        ("rise", "fall"), ("rose", "fell"), ("risen", "fallen"), ("increase", "decrease"), ("raise", "lower"),
        ("gain", "loss"), ("higher", "lower"), ("confirm", "deny"), ("admit", "deny"), ("acquit", "convict"),
        ("acquitted", "convicted"), ("uphold", "overturn"), ("upheld", "overturned"), ("agree", "refuse"),
        ("support", "oppose"), ("guilty", "innocent"), ("allow", "ban"), ("allowed", "banned"),
        ("legal", "illegal"), ("opened", "closed"), ("expand", "shrink"),
        ("strengthen", "weaken"), ("succeed", "fail"), ("success", "failure"),
    ),
    "de": (
        ("mehr", "weniger"),
        ("angenommen", "abgelehnt"), ("annehmen", "ablehnen"), ("zugestimmt", "abgelehnt"),
        ("gewonnen", "verloren"), ("gewann", "verlor"), ("sieg", "niederlage"),
        ("gestiegen", "gesunken"), ("stieg", "sank"), ("steigen", "sinken"), ("anstieg", "rückgang"),
        ("erhöht", "gesenkt"), ("höher", "niedriger"), ("bestätigt", "dementiert"), ("freigesprochen", "verurteilt"),
        ("erlaubt", "verboten"), ("geöffnet", "geschlossen"), ("unterstützt", "abgelehnt"), ("legal", "illegal"),
        ("erfolg", "misserfolg"), ("zunahme", "abnahme"),
    ),
    "fr": (
        ("plus", "moins"),
        ("accepté", "rejeté"), ("accepter", "rejeter"), ("approuvé", "rejeté"), ("adopté", "rejeté"),
        ("gagné", "perdu"), ("victoire", "défaite"), ("hausse", "baisse"), ("augmenté", "diminué"),
        ("augmentation", "diminution"), ("augmenter", "baisser"), ("confirmé", "démenti"), ("acquitté", "condamné"),
        ("autorisé", "interdit"), ("ouvert", "fermé"), ("légal", "illégal"),
        ("succès", "échec"), ("progression", "recul"),
    ),
    "es": (
        ("más", "menos"),
        ("aceptó", "rechazó"), ("aceptar", "rechazar"), ("aprobó", "rechazó"), ("aprobado", "rechazado"),
        ("ganó", "perdió"), ("victoria", "derrota"), ("subió", "bajó"), ("aumentó", "disminuyó"),
        ("aumento", "descenso"), ("confirmó", "desmintió"), ("absuelto", "condenado"),
        ("permitió", "prohibió"), ("abrió", "cerró"), ("legal", "ilegal"), ("éxito", "fracaso"),
        ("creció", "cayó"), ("aumento", "caída"),
    ),
    "it": (
        ("più", "meno"),
        ("accettato", "respinto"), ("approvato", "respinto"), ("accolto", "respinto"), ("vinto", "perso"),
        ("vittoria", "sconfitta"), ("aumentato", "diminuito"), ("aumento", "calo"), ("salita", "scesa"),
        ("salito", "sceso"), ("rialzo", "ribasso"), ("confermato", "smentito"), ("assolto", "condannato"),
        ("autorizzato", "vietato"), ("aperto", "chiuso"), ("legale", "illegale"), ("successo", "fallimento"),
        ("crescita", "calo"),
    ),
    "pt": (
        ("mais", "menos"),
        ("aceitou", "rejeitou"), ("aprovou", "rejeitou"), ("aprovado", "rejeitado"), ("venceu", "perdeu"),
        ("ganhou", "perdeu"), ("vitória", "derrota"), ("subiu", "caiu"), ("aumentou", "diminuiu"),
        ("aumento", "queda"), ("confirmou", "negou"), ("absolvido", "condenado"),
        ("autorizou", "proibiu"), ("abriu", "fechou"), ("legal", "ilegal"), ("sucesso", "fracasso"),
        ("cresceu", "recuou"),
    ),
    "nl": (
        ("meer", "minder"),
        ("aanvaard", "verworpen"), ("goedgekeurd", "afgewezen"), ("aangenomen", "verworpen"),
        ("gewonnen", "verloren"), ("won", "verloor"), ("overwinning", "nederlaag"), ("gestegen", "gedaald"),
        ("steeg", "daalde"), ("stijging", "daling"), ("hoger", "lager"), ("bevestigd", "ontkend"),
        ("vrijgesproken", "veroordeeld"), ("toegestaan", "verboden"), ("geopend", "gesloten"),
        ("legaal", "illegaal"), ("toename", "afname"),
    ),
    "ru": (
        ("больше", "меньше"),
        ("одобрил", "отклонил"), ("одобрила", "отклонила"), ("принял", "отклонил"), ("победил", "проиграл"),
        ("победа", "поражение"), ("вырос", "снизился"), ("выросла", "снизилась"), ("выросли", "снизились"),
        ("рост", "снижение"), ("повысил", "понизил"), ("подтвердил", "опроверг"), ("оправдал", "осудил"),
        ("разрешил", "запретил"), ("открыт", "закрыт"), ("увеличился", "уменьшился"), ("законный", "незаконный"),
    ),
    "ar": (
        ("أكثر", "أقل"),
        ("وافق", "رفض"), ("فاز", "خسر"), ("ارتفع", "انخفض"), ("ارتفاع", "انخفاض"),
        ("زيادة", "نقص"), ("رفع", "خفض"), ("أكد", "نفى"), ("سمح", "منع"), ("فتح", "أغلق"), ("نجاح", "فشل"),
    ),
}
