from common import write
E = [
 ("number", "est interdit entre 8 heures et 20 heures", "espaces verts entre 8 h et 22 h", "20 heures", "22 h", "end of watering ban 20:00 became 22:00"),
 ("omission", "sauf s'il s'agit d'un premier remplissage après construction", None, "sauf s'il s'agit d'un premier remplissage après construction", None, "exception for first filling dropped"),
 ("number", "pour l'irrigation sont réduits de 40 %", "Les agriculteurs doivent réduire de 25 %", "40 %", "25 %", "irrigation cut 40% became 25%"),
 ("negation", "et les pépinières ne sont pas soumises à cette réduction", "sont eux aussi concernés par cette réduction", "ne sont pas soumises", "sont eux aussi concernés", "exempt -> also subject"),
 ("softening", "Les fontaines publiques en circuit ouvert doivent être arrêtées", "Les fontaines publiques en circuit ouvert devraient être arrêtées", "doivent", "devraient", "must -> should"),
 ("omission", "Ces restrictions ne s'appliquent pas aux usages prioritaires", None, None, None, "sentence exempting priority uses dropped"),
 ("entity-substitution", "l'Office départemental de l'eau et par la gendarmerie", "l'Office départemental de l'eau et par la police municipale", "la gendarmerie", "la police municipale", "gendarmerie replaced by municipal police"),
 ("entity-substitution", "présidé par la sous-préfète Claire Vautrin, se réunit", "présidé par la sous-préfète Claire Vaudrin, fait", "Claire Vautrin", "Claire Vaudrin", "surname respelled"),
 ("addition", None, "Les particuliers sont invités à signaler toute fuite", None, None, "added invitation to report leaks"),
 ("omission", "tribunal administratif de Mervans dans un délai de deux mois", None, "dans un délai de deux mois", None, "two-month appeal deadline dropped"),
]
M = [
 ("reword", "vu le niveau exceptionnellement bas de la rivière Lézanne", "En raison du niveau exceptionnellement bas de la Lézanne", "same reason, rivière dropped"),
 ("pronoun", "Le présent arrêté s'applique aux 47 communes", "Elles concernent les 47 communes du bassin", "same scope, pronoun for the measures"),
 ("unit-abbreviation", "descend sous 1,8 mètre cube par seconde", "station de Corbières passe sous 1,8 m³/s", "same flow, unit abbreviated"),
 ("negation-paraphrase", "Le lavage des véhicules hors des stations professionnelles", "Laver sa voiture en dehors d'une station de lavage", "est interdit = n'est pas autorisé; no polarity change"),
 ("time-format", "uniquement entre 20 heures et 8 heures", "et seulement la nuit, de 20 h à 8 h", "same hours"),
 ("unit-abbreviation", "Les industriels prélevant plus de 10 000 mètres cubes", "Les industriels qui prélèvent plus de 10 000 m³", "mètres cubes = m³"),
 ("acronym", "à la direction départementale des territoires", "le relevé de leurs prélèvements à la DDT", "DDT = direction départementale des territoires"),
 ("bound-paraphrase", "d'un montant maximal de 1 500 euros", "Une infraction peut coûter jusqu'à 1 500 euros", "montant maximal = jusqu'à"),
 ("reword", "reste supérieur au seuil pendant 10 jours consécutifs", "reste au-dessus du seuil pendant 10 jours d'affilée", "consécutifs = d'affilée"),
 ("tense", "Il sera affiché dans chaque mairie concernée", "L'arrêté est affiché dans chaque mairie concernée", "future rendered as present; pronoun replaced by noun"),
]
write("fr_fr_drought-order",
      "source = official French prefectoral order (original); target = non-official reworded French version. 'expected' must be reported; 'acceptable' may be reported or not; 'must_not_flag' are benign differences that must not produce an entity, number, date, omission, addition, softening or negation finding.",
      E, M)
