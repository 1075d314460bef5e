// Names of no wide fame are copied as written. A word of a name that no resource knows (WordNet, the
// dictionary into English, the packs' given names and aliases, ICU's names) has no exonym and, between
// two languages that do not inflect names, no other form: "Corvane" is not "Corvale", "Wallmoden" not
// "Walmoden", "Valbranca" not "Valbrana". Known names keep the looser tests of transcription
// ("Mohammed" / "Mohamed", "Lukashenko" / "Lukaschenko").
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>
#include <string_view>

#include "rules/entities/entities.hpp"
#include "rules/entities/knowledge.hpp"
#include "rules/entities/translations.hpp"

namespace verity::rules::entities {

// Both languages of the pair have packs and add at most one ending to names (the packs' `name_endings`:
// English and German "s", none in French, Spanish, Italian): a name copied between them keeps its
// letters.
bool names_keep_letters(const Knowledge& k);

// Two spellings of a name whose consonants, as transcriptions leave them (see copied_names.cpp), differ by
// one letter at most: "Sharipov" / "Schwaripow", a name from another script; not "Beacon" / "Belton".
bool transcribed_alike(const std::string& a, const std::string& b);

// The folded word `key` (written `raw`) of a name in language `lang` is known to no resource: WordNet,
// the dictionary of `lang` into English (which must exist for a language other than English), the
// packs' given names, aliases and demonyms, ICU's display names; and is written with the letters of
// `lang` alone (a "Špindlerův" in English or German comes from a language with exonyms of its own).
bool obscure_name(const std::string& key, std::string_view raw, const std::string& lang, const Knowledge& k,
                  Translations& tr);

// In a language that capitalises its nouns (`lex`), the folded word `key` is a compound or an inflected
// form of a word the dictionary of `lang` knows: its first part (four letters or more) or its last part
// (three or more) is an ordinary word ("Zulieferbetrieb", "Freibad", "Ratsherrn", "Saisontor"). Such a
// word is a noun no dictionary lists whole, not a name. False in other languages.
bool noun_compound(const std::string& key, const std::string& lang, const Lexicon& lex, Translations& tr);

// A word that stands as a name of no wide fame by itself: obscure_name, and no noun_compound of a language
// that capitalises its nouns (`lex`, the lexicon of `lang`).
bool obscure_name_word(const std::string& key, std::string_view raw, const std::string& lang, const Lexicon& lex,
                       const Knowledge& k, Translations& tr);

// Two folded words that are one name as a translation copies it: the same letters, German umlauts
// written out ("Mueller" / "Müller"), a genitive or plural "s" added, an ending of one or two vowels
// swapped, as languages adapt a region's name ("Occitanie" / "Occitania"), or the ending of a people's
// word added to the whole of the other ("Rica" / "Rican", "Hamburg" / "Hamburger"). Without `s_ending` (a
// pair of languages neither of which adds an "s" to a name: names_take_s), no "s" added: "Quintero" /
// "Quinteros" between English and Spanish are two families.
bool copied_exactly(const std::string& a, const std::string& b, bool s_ending = true);
// Whether a language writes a name with an "s" added: a genitive ("Merkels", "Europas"), as German, Dutch and
// the Scandinavian languages do. English splits its "'s" off the word.
bool names_take_s(std::string_view language);

// A name word that some resource knows as a name: a given name, a pack alias or demonym, an ICU display name,
// or a word WordNet lists only as a name ("Dortmund", "Robert"); not an ordinary word a respelt name may happen
// to be ("Price" for "Pryce").
bool known_name(const std::string& key, const Knowledge& k);

// The other side's folded word `other` (language `other_lang`) is another spelling of the name `name`,
// not a copy: not copied_exactly; its consonants differ beyond what transcriptions swap, as a name from
// another script is transcribed many ways ("Sychev" / "Sychew", "Lukashenko" / "Lukaschenko"), or the
// other spelling is a name a resource knows (known_name: "Dortmend" / "Dortmund"); a vowel, a doubled letter
// or an h changed otherwise respells it ("Brendel" / "Brandel", "Hallworth" / "Halworth"), and so do letters
// respelt_letters counts ("Vantora" / "Ventara"); two neighbouring letters swapped do not ("Wikinwes");
// and no ordinary word of its language, which would be a translation of a cognate ("Sportivo" /
// "Sports", "Admissions" / "Admisiones").
bool copy_differs(const std::string& name, const std::string& other, const std::string& other_lang, const Knowledge& k,
                  Translations& tr);

// A word of the name `e` (words `own_words` of `own_text`, language `own_lang`) of no wide fame that the
// other side does not copy but respells (a word like it by its first letter and half its letters, that
// copy_differs): the two words as written, else nothing. Only between languages that keep names' letters.
std::optional<std::pair<std::string, std::string>> respelt_copy(const Entity& e, const std::vector<Word>& own_words,
                                                                std::string_view own_text, const std::string& own_lang,
                                                                const std::vector<Word>& other_words,
                                                                std::string_view other_text, const std::string& other_lang,
                                                                const Knowledge& k, Translations& tr);

}  // namespace verity::rules::entities
