"""Words the summary stage uses whatever the article's language: wire copy mixes them, so these lists do too."""

from __future__ import annotations

# A role noun phrase is an apposition only where it opens a clause: after a comma or one of these.
CLAUSE_OPENERS = frozenset("but and while as mais et alors que pero y mientras".split())
# An opening phrase with one of these dates the event ("Last week,"), so it stays.
TEMPORAL = frozenset("year week month day today yesterday tomorrow ago last next earlier later "
                     "hier demain aujourd'hui semaine mois année gestern morgen heute woche jahr monat tag "
                     "ayer mañana hoy semana anno settimana mese giorno oggi ieri domani ano mês dia hoje "
                     "ontem amanhã jaar maand dag vandaag gisteren".split())
