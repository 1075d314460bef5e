from common import write
E = [
 ("number", "The existing cast-iron pipe, laid in 1958,", "L'ancienne canalisation en fonte, posée en 1968,", "1958", "1968", "installation year 1958 became 1968"),
 ("omission", "except during the resurfacing on 21 and 22", None, "except during the resurfacing on 21 and 22 June", None, "exception for resurfacing days dropped"),
 ("negation", "will not stop at the Calder Street stops", "desservira les arrêts de la rue Calder", "will not stop", "desservira", "bus will not stop -> bus will serve the stops"),
 ("entity-substitution", "use the temporary stop outside St Aldhelm's Church", "provisoire situé devant l'église Saint-Oswald", "St Aldhelm's Church", "l'église Saint-Oswald", "church replaced by a different one"),
 ("softening", "affected households will receive at least 48 hours'", "les foyers concernés pourraient recevoir un préavis écrit", "will receive", "pourraient recevoir", "will receive -> could receive"),
 ("number", "of which 35% is funded by the regional", "dont 25 % sont financés par le Fonds", "35%", "25 %", "funding share 35% became 25%"),
 ("softening", "Noise levels at the nearest facade must not exceed", "la plus proche ne devrait pas dépasser 75", "must not exceed", "ne devrait pas dépasser", "must not -> should not"),
 ("entity-substitution", "the project officer, Ms Helen Bradshaw, at", "la chargée de projet, Mme Helen Bradshow,", "Helen Bradshaw", "Helen Bradshow", "surname respelled"),
 ("omission", "Updates will also be published on the council's website", None, None, None, "sentence about Friday website updates dropped"),
 ("addition", None, "La participation à cette réunion est obligatoire pour", None, None, "added: attendance compulsory for shopkeepers"),
]
M = [
 ("date-format", "between 12 May and 27 June 2025", "du 12 mai au 27 juin 2025", "same date range"),
 ("translated-name", "carried out by Penwick Civil Engineering Ltd on behalf", "réalisés par l'entreprise Penwick Génie Civil pour", "company name translated, Ltd dropped"),
 ("decimal-format", "over a length of approximately 1.2 kilometres", "sur une longueur d'environ 1,2 kilomètre", "1.2 = 1,2"),
 ("time-format", "closed to through traffic from 7:00 to 18:00", "circulation de transit de 7 h à 18 h", "same times, French notation"),
 ("bound-paraphrase", "will be interrupted on no more than 3 occasions", "sera coupée au maximum 3 fois", "no more than 3 = au maximum 3"),
 ("currency-format", "owners will be charged a release fee of £150", "devront payer des frais de restitution de 150 £", "£150 = 150 £"),
 ("time-format", "not to start noisy work before 8:00", "ne pas commencer les travaux bruyants avant 8 h", "8:00 = 8 h"),
 ("translated-name", "held at Harrowfield Community Hall on 6 May 2025", "à la salle communale de Harrowfield le 6 mai", "hall name translated; date and 18 h 30 time format"),
 ("alias", "The council apologises for the disruption and thanks residents", "La commune présente ses excuses pour la gêne occasionnée", "the council = la commune"),
]
write("en_fr_municipal-notice",
      "source = English municipal notice (original); target = French translation. 'expected' must be reported; 'acceptable' may be reported or not; 'must_not_flag' are benign differences that must not produce an entity, number, date, omission, addition, softening or negation finding.",
      E, M)
