from common import write
E = [
 ("number", "sprach ihr einen Betrag von 1,27 Millionen Euro", "The court awarded it €1.72 million plus interest", "1,27 Millionen Euro", "€1.72 million", "awarded sum 1.27 million became 1.72 million"),
 ("negation", "Verlängerung der Bauzeit um 14 Wochen nicht ausreichend belegen", "the claimant was able to substantiate additional costs", "nicht ausreichend belegen", "was able to substantiate", "could not substantiate -> was able to substantiate"),
 ("omission", "Auch eine Vertragsstrafe in Höhe von 95.000 Euro", None, None, None, "sentence about the invalid contractual penalty dropped"),
 ("softening", "dass öffentliche Auftraggeber an dieselben Vertragsregeln gebunden seien", "public contracting authorities might be bound by the same", "betonte", "might be bound", "emphasised that authorities are bound -> remarked that they might be bound"),
 ("number", "Das Verfahren hatte im Februar 2024 begonnen", "The proceedings had begun in February 2023", "Februar 2024", "February 2023", "start date 2024 became 2023"),
 ("addition", None, "and has already prevented flooding twice", None, None, "added clause with no source"),
 ("addition", None, "had already paid two instalments totalling €450,000", None, None, "added sentence with no source"),
 ("number", "beschäftigt nach eigenen Angaben rund 240 Mitarbeiter", "Hollweg Bau GmbH employs around 420 people", "240", "420", "headcount 240 became 420"),
 ("entity-substitution", "Der Geschäftsführer des Unternehmens, Jens Albrecht, zeigte", "Its managing director, Jens Albers, said", "Jens Albrecht", "Jens Albers", "managing director's surname changed"),
 ("entity-substitution", "steht die Pressestelle des Landgerichts werktags", "the press office of the Higher Regional Court", "Landgerichts", "Higher Regional Court", "Regional Court press office became Higher Regional Court's"),
]
M = [
 ("translated-name", "Landgericht Velmstadt – Pressemitteilung Nummer 17/2025", "Velmstadt Regional Court – Press Release 17/2025", "court name translated"),
 ("translated-name", "gegen die Stadtwerke Oberaach teilweise stattgegeben", "claim brought by Hollweg Bau GmbH against Oberaach Municipal Utilities", "Stadtwerke = Municipal Utilities"),
 ("decimal-format", "eine Restvergütung von 1,84 Millionen Euro verlangt", "an outstanding payment of €1.84 million", "1,84 Millionen Euro = €1.84 million"),
 ("reported-speech", "Mängel seien geringfügig und beeinträchtigten die Funktion", "were minor and did not impair the functioning", "German reported subjunctive rendered as indicative"),
 ("number-format", "schätzte der Gutachter auf rund 38.000 Euro", "remedying them at around €38,000", "38.000 = 38,000"),
 ("reported-speech", "Die Verzögerung sei überwiegend auf eigene Planungsfehler", "The delay was mainly attributable to the company's", "subjunctive sei rendered as was"),
 ("percent-format", "müssen 70 Prozent der Verfahrenskosten tragen", "must bear 70% of the costs", "70 Prozent = 70%"),
 ("translated-name", "Berufung beim Oberlandesgericht Rennfeld einlegen", "appeal to the Higher Regional Court in Rennfeld", "Oberlandesgericht = Higher Regional Court"),
 ("number-format", "Das Regenrückhaltebecken fasst 12.500 Kubikmeter und", "The stormwater retention basin holds 12,500 cubic metres", "12.500 = 12,500"),
 ("reported-speech", "werde der Aufsichtsrat in seiner Sitzung am 3. Juli", "The supervisory board will decide on an appeal", "reported future rendered as direct future"),
]
write("de_en_court-press-release",
      "source = German court press release (original); target = English translation. 'expected' must be reported; 'acceptable' may be reported or not; 'must_not_flag' are benign differences that must not produce an entity, number, date, omission, addition, softening or negation finding.",
      E, M)
