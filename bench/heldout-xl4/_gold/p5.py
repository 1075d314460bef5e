from common import write
E = [
 ("number", "dell'Ente Parco il 14 aprile, dopo due", "the Park Authority's Board on 14 May, after", "14 aprile", "14 May", "decision date April became May"),
 ("number", "sono stati percorsi da oltre 86.000 escursionisti", "In 2024, more than 68,000 hikers walked", "86.000", "68,000", "visitor count 86,000 became 68,000"),
 ("omission", "ma devono comunque essere registrati", None, "ma devono comunque essere registrati", None, "registration requirement for children dropped"),
 ("negation", "non possono accedere alla riserva integrale", "may also enter the strict reserve", "non possono accedere", "may also enter", "dogs may not enter -> may also enter"),
 ("softening", "I trasgressori saranno puniti con una sanzione", "Offenders may be fined between €100 and €500", "saranno puniti", "may be fined", "will be punished -> may be fined"),
 ("entity-substitution", "con il Corpo di vigilanza ambientale della Regione", "together with the Valdargento municipal police", "Corpo di vigilanza ambientale della Regione", "Valdargento municipal police", "regional environmental guard replaced by municipal police"),
 ("entity-substitution", "Il direttore del Parco, Lorenzo Barbieri, ha", "The Park's director, Lorenzo Barbera, said", "Lorenzo Barbieri", "Lorenzo Barbera", "director's surname changed"),
 ("omission", "perché lungo il percorso non ci sono fontane", None, "perché lungo il percorso non ci sono fontane", None, "reason clause (no fountains on route) dropped"),
 ("omission", "ricorda che il soccorso alpino è gratuito solo", None, None, None, "sentence on mountain rescue being free only on marked trails dropped"),
 ("addition", None, "Flying drones anywhere in the park requires a permit", None, None, "added drone rule"),
]
M = [
 ("translated-name", "Ente Parco del Monte Serrone – Avviso ai visitatori", "Monte Serrone Park Authority – Notice to Visitors", "authority name translated"),
 ("date-format", "Dal 1° giugno al 30 settembre 2025", "From 1 June to 30 September 2025", "same date range; 1° = 1"),
 ("bound-paraphrase", "Ogni giorno potranno entrare al massimo 600 persone", "No more than 600 people will be admitted", "al massimo = no more than"),
 ("currency-format", "costa 4 euro per tutti gli altri visitatori", "costs €4 for all other visitors", "4 euro = €4"),
 ("unit-conversion", "Il parcheggio di Pian delle Mole, a 1.350 metri", "at an altitude of 1,350 m (about 4,430", "1,350 m = 4,429 ft; times 6.30/20.00 = 6:30 a.m./8 p.m."),
 ("reword", "in tutta l'area protetta, anche nelle aree attrezzate", "the protected area, including in the designated picnic areas", "aree attrezzate = designated picnic areas"),
 ("reword", "con una capienza di 45 posti letto", "The Sella hut will also stay open on weekdays, with", "capacity of 45 beds = with 45 beds"),
 ("unit-conversion", "Il sentiero principale, lungo 9 chilometri, richiede", "The main trail is 9 kilometres (5.6 miles)", "9 km = 5.59 miles"),
 ("time-format", "aperto tutti i giorni dalle 9 alle 17", "open daily from 9 a.m. to 5 p.m.", "same hours"),
]
write("it_en_park-notice",
      "source = Italian nature-park visitor notice (original); target = English translation. 'expected' must be reported; 'acceptable' may be reported or not; 'must_not_flag' are benign differences that must not produce an entity, number, date, omission, addition, softening or negation finding.",
      E, M)
