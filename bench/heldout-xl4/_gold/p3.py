from common import write
E = [
 ("entity-substitution", "has been scheduled by Dr Amelia Forsyth's team", "por el equipo de la doctora Amelia Forsyte", "Amelia Forsyth", "Amelia Forsyte", "surgeon's surname respelled"),
 ("number", "You must not eat anything for 6 hours", "No debe comer nada durante las 8 horas", "6 hours", "8 horas", "fasting period 6 h became 8 h"),
 ("omission", "unless your cardiologist advises otherwise", None, "unless your cardiologist advises otherwise", None, "exception for cardiologist's advice dropped"),
 ("negation", "Continue all other regular medicines as normal, including", "Suspenda también todos sus demás medicamentos habituales", "Continue", "Suspenda", "continue -> stop (antonym verb)"),
 ("omission", "Bring a list of your current medicines", None, None, None, "sentence about medicine and allergy list dropped"),
 ("number", "stay with you for the following 24 hours", "quedarse con usted durante las 12 horas siguientes", "24 hours", "12 horas", "24 h became 12 h"),
 ("softening", "your procedure will be cancelled on the day", "es posible que su intervención se cancele", "will be cancelled", "es posible que su intervención se cancele", "will be cancelled -> may be cancelled"),
 ("addition", None, "Los familiares no podrán esperar en la sala", None, None, "added: relatives may not wait in recovery room"),
 ("number", "the wound are normal and usually settle within a week", "son normales y suelen desaparecer en un mes", "within a week", "en un mes", "a week became a month"),
 ("entity-substitution", "Free parking for patients is available in Car Park C", "aparcamiento gratuito en el Aparcamiento D durante", "Car Park C", "Aparcamiento D", "car park C replaced by car park D"),
]
M = [
 ("translated-name", "Northgate Day Surgery Unit – Instructions Before Your Procedure", "Unidad de Cirugía Ambulatoria de Northgate – Instrucciones previas", "unit name translated in the title"),
 ("translated-name", "on Level 2 of the Harbour Wing", "de la planta 2 del Ala del Puerto", "Harbour Wing = Ala del Puerto; Level = planta"),
 ("reword", "drink clear fluids, such as water or black tea", "beber líquidos claros, como agua o té negro", "same permission and same 2-hour limit"),
 ("negation-paraphrase", "Chewing gum and sweets are also not allowed", "Durante el ayuno tampoco se permiten chicles", "also not = tampoco; no polarity change"),
 ("bound-paraphrase", "every 6 hours, up to a maximum of 4 grams", "cada 6 horas, sin superar los 4 gramos diarios", "up to a maximum of = sin superar"),
 ("voice-change", "Your stitches will be removed by the practice nurse", "La enfermera del centro de salud le retirará", "passive rendered active"),
 ("reword", "please tell us at least 72 hours in advance", "avísenos con al menos 72 horas de antelación", "same deadline"),
 ("modal-paraphrase", "may be removed from the waiting list", "podrán ser retirados de la lista de espera", "may = podrán"),
 ("translated-name", "in partnership with Calloway University Hospital", "en colaboración con el Hospital Universitario Calloway", "hospital name translated"),
]
write("en_es_clinic-instructions",
      "source = English patient instructions (original); target = Spanish translation. 'expected' must be reported; 'acceptable' may be reported or not; 'must_not_flag' are benign differences that must not produce an entity, number, date, omission, addition, softening or negation finding.",
      E, M)
