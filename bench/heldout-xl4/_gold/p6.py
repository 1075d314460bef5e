from common import write
E = [
 ("entity-substitution", "W tym czasie spółka Torbud Południe wymieni", "During this period, Torbud Północ will replace", "Torbud Południe", "Torbud Północ", "contractor replaced by a different company"),
 ("number", "jest w 60 procentach finansowana ze środków unijnych", "and is 40% financed from EU funds", "60 procentach", "40%", "EU funding share 60% became 40%"),
 ("number", "i co 12 minut w pozostałych porach", "and every 15 minutes at other times", "12 minut", "15 minutes", "off-peak interval 12 min became 15 min"),
 ("negation", "Osoby posiadające bilety okresowe nie muszą ich wymieniać", "Passengers holding season tickets must exchange them", "nie muszą", "must", "need not exchange -> must exchange"),
 ("omission", "zgłaszając przejazd co najmniej dzień wcześniej", None, "zgłaszając przejazd co najmniej dzień wcześniej", None, "condition of booking a day ahead dropped"),
 ("softening", "zapewniła, że prace zakończą się zgodnie z harmonogramem", "said she hoped the work would be completed", "zapewniła, że prace zakończą się", "said she hoped the work would be completed", "assured -> hoped"),
 ("number", "Ostatni gruntowny remont mostu przeprowadzono w 1997 roku", "overhaul of the bridge was carried out in 1979", "1997", "1979", "year 1997 became 1979"),
 ("omission", "Po remoncie tramwaje będą mogły przejeżdżać przez most", None, None, None, "sentence on post-renovation 50 km/h speed dropped"),
 ("entity-substitution", "Punkt obsługi przy Dworcu Głównym będzie czynny", "The customer service point at West Station", "Dworcu Głównym", "West Station", "Main Station replaced by West Station"),
 ("addition", None, "Additional night trams will run on Saturdays until", None, None, "added sentence about night trams"),
]
M = [
 ("translated-name", "Komunikacja Miejska Zarzecze – Remont torowiska na Moście Grodzkim", "Zarzecze Public Transport – Track Renewal on Grodzki Bridge", "operator name and bridge name translated"),
 ("date-format", "Od 7 lipca do 31 sierpnia 2025 roku", "From 7 July to 31 August 2025", "same dates"),
 ("translated-name", "objazdem przez ulicę Kolejową i aleję Brzozową", "via Kolejowa Street and Brzozowa Avenue", "street names in nominative with English street types"),
 ("reorder", "Zamiast tramwajów na trasie Rynek Dolny – Osiedle Słoneczne", "will run instead of trams between Rynek Dolny and", "same content, reordered"),
 ("reword", "Przystanek Most Grodzki zostanie zlikwidowany na czas remontu", "The Most Grodzki stop will be closed for", "zlikwidowany (removed) = closed; stop name kept in Polish"),
 ("date-format", "W nocy z 19 na 20 lipca most", "On the night of 19–20 July, the bridge", "same night"),
 ("unit-conversion", "gdzie obowiązuje ograniczenie prędkości do 40 km/h", "where the speed limit is 40 km/h (25 mph)", "40 km/h = 24.9 mph; Most Kolejarzy = Railwaymen's Bridge"),
 ("currency-format", "karę w wysokości 50 tysięcy złotych za każdy", "a penalty of PLN 50,000 for each day", "50 tysięcy złotych = PLN 50,000"),
 ("date-format", "na adres kontakt@kmzarzecze.example do 15 września", "can be sent to kontakt@kmzarzecze.example until 15 September", "same deadline"),
]
write("pl_en_transport-notice",
      "source = Polish public-transport notice (original); target = English translation. 'expected' must be reported; 'acceptable' may be reported or not; 'must_not_flag' are benign differences that must not produce an entity, number, date, omission, addition, softening or negation finding.",
      E, M)
