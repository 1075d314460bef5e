from common import write
E = [
 ("entity-substitution", "They were adopted by the general meeting on", "Sie wurden am 8. März 2025 vom Vorstand", "general meeting", "Vorstand", "general meeting replaced by the board"),
 ("omission", "it closes at 18:00 and remains closed on Sundays", None, "and remains closed on Sundays", None, "Sunday closure dropped"),
 ("softening", "Juniors under 16 must always be accompanied on", "Jugendliche unter 16 Jahren sollten auf dem Wasser", "must always", "sollten", "must always -> should"),
 ("number", "at the Fenwick Bridge gauge exceeds 2.5 metres", "von über 3,5 Metern am Pegel Fenwick-Brücke", "2.5 metres", "3,5 Metern", "river level limit 2.5 m became 3.5 m"),
 ("entity-substitution", "to the boatman, Mr Tobias Renner, on", "dem Bootswart, Herrn Tobias Rennert, zu melden", "Tobias Renner", "Tobias Rennert", "surname respelled"),
 ("negation", "The club accepts no liability for theft", "Der Club haftet für Diebstahl oder Beschädigung", "accepts no liability", "haftet", "no liability -> is liable"),
 ("omission", "and for anyone rowing between November and March", None, "and for anyone rowing between November and March", None, "second group required to wear life jackets dropped"),
 ("addition", None, "Hunde sind im Bootshaus nur an der Leine", None, None, "added rule about dogs"),
 ("number", "suspended by the board for up to three months", "für bis zu sechs Monate gesperrt werden", "three months", "sechs Monate", "maximum suspension three -> six months"),
 ("softening", "Serious breaches endangering other people will lead to immediate", "die andere Menschen gefährden, können zum Ausschluss führen", "will lead to immediate exclusion", "können zum Ausschluss führen", "will lead to immediate exclusion -> can lead to exclusion"),
]
M = [
 ("translated-name", "Larkspur Rowing Club – Boathouse and Water Safety Rules", "Ruderclub Larkspur – Regeln für Bootshaus und Sicherheit", "club name translated in the title"),
 ("date-format", "guests of the Larkspur Rowing Club from 1 April 2025", "Diese Regeln gelten ab dem 1. April 2025", "same date, German ordinal format, reordered"),
 ("time-format", "is open from 6:00 to 21:00 between April", "von April bis Oktober von 6 bis 21 Uhr", "same hours, reordered"),
 ("modal-paraphrase", "Every outing must be entered in the logbook", "Jede Ausfahrt ist vor dem Ablegen ins Fahrtenbuch", "must be entered = ist einzutragen"),
 ("bound-paraphrase", "return to the boathouse no later than 30 minutes", "müssen spätestens 30 Minuten vor Sonnenuntergang", "no later than = spätestens"),
 ("currency-format", "to the member responsible, up to a maximum of €500", "bis zu einem Höchstbetrag von 500 € in Rechnung", "€500 = 500 €"),
 ("translated-term", "by holders of a valid inland boating licence", "mit gültigem Sportbootführerschein Binnen gesteuert werden", "licence name localised"),
 ("bound-paraphrase", "row at the club no more than four times", "Gäste dürfen höchstens viermal pro Kalenderjahr", "no more than four times = höchstens viermal"),
 ("title", "be addressed to the club secretary, Ms Ingrid Hallam", "an die Schriftführerin des Clubs, Frau Ingrid Hallam", "Ms = Frau"),
]
write("en_de_club-rules",
      "source = English club rules (original); target = German translation. 'expected' must be reported; 'acceptable' may be reported or not; 'must_not_flag' are benign differences that must not produce an entity, number, date, omission, addition, softening or negation finding.",
      E, M)
