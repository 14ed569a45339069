#include "ui/models/EnumWords.h"

#include <wx/intl.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "ui/WxText.h"

namespace s113::ui {
namespace {

// Spellings whose words are not just the spelling with spaces; wxTRANSLATE
// marks them for xgettext, enumChoiceWords translates them.
const std::map<std::string, const char*>& specialWords() {
  static const std::map<std::string, const char*> words = {
      {"s113", wxTRANSLATE("Section 113")},
      {"s113_placement", wxTRANSLATE("Section 113 placement")},
      {"single", wxTRANSLATE("Single employer")},
      {"joint", wxTRANSLATE("Joint post")},
      {"single_manager", wxTRANSLATE("Single manager")},
      {"council", wxTRANSLATE("Council")},
      {"nhs", wxTRANSLATE("NHS body")},
      {"DASS", wxTRANSLATE("Director of Adult Social Services")},
      {"DCS", wxTRANSLATE("Director of Children's Services")},
      {"DPH", wxTRANSLATE("Director of Public Health")},
      {"S151", wxTRANSLATE("Chief finance officer (s151)")},
      {"HEAD_OF_PAID_SERVICE", wxTRANSLATE("Head of paid service")},
      {"NHS_ACCOUNTABLE_OFFICER", wxTRANSLATE("NHS accountable officer")},
      {"NJC", wxTRANSLATE("NJC")},
      {"JNC", wxTRANSLATE("JNC")},
      {"AfC", wxTRANSLATE("Agenda for Change")},
      {"VSM", wxTRANSLATE("Very senior manager")},
      {"LGPS", wxTRANSLATE("LGPS")},
      {"NHSPS", wxTRANSLATE("NHS Pension Scheme")},
      {"none", wxTRANSLATE("None")},
      {"not_applicable", wxTRANSLATE("Not applicable")},
  };
  return words;
}

std::string wordsOf(const std::string& spelling) {
  const auto found = specialWords().find(spelling);
  if (found != specialWords().end()) return fromWx(wxGetTranslation(found->second));
  // "review_due" -> "Review due".
  std::string text = spelling;
  std::replace(text.begin(), text.end(), '_', ' ');
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
    text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return fromWx(wxGetTranslation(toWx(text)));
}

}  // namespace

std::string enumChoiceWords(const std::string& spelling) {
  // A list of 250,000 rows asks for the same few spellings again and again.
  thread_local std::unordered_map<std::string, std::string> cache;
  auto found = cache.find(spelling);
  if (found == cache.end()) found = cache.emplace(spelling, wordsOf(spelling)).first;
  return found->second;
}

std::string enumWords(const std::string& spelling) {
  if (spelling == "none" || spelling == "not_applicable") return {};
  return enumChoiceWords(spelling);
}

}  // namespace s113::ui
