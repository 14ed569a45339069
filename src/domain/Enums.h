// The closed vocabularies of the register. Each enum has one spelling in
// files, the database and the CLI (lower_snake, or the upper form of the usual
// abbreviations for statutory roles); toString/parse convert, parse throws std::invalid_argument
// listing the allowed values.
#pragma once
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace s113 {

enum class PartnerKind { Council, Nhs };
enum class Nation { England, Scotland };
enum class PostKind { Single, S113, Joint, SingleManager };
enum class StatutoryRole { None, DASS, DCS, DPH, S151, HeadOfPaidService, NhsAccountableOfficer };
enum class Registration { None, SocialWork, Nursing, AlliedHealth, Medical };
enum class PostStatus { Proposed, Approved, Vacant, Filled, Frozen, Deleted };
enum class PayFramework { NJC, JNC, AgendaForChange, VSM };
enum class PensionScheme { LGPS, NHSPS, None };

// One table per enum: value <-> spelling, in declaration order.
template <typename E>
struct EnumSpelling {
  E value;
  const char* text;
};
template <typename E>
const std::vector<EnumSpelling<E>>& spellings();

template <typename E>
std::string toString(E value) {
  for (const auto& s : spellings<E>())
    if (s.value == value) return s.text;
  return "?";
}

// All spellings joined by ", " (for error messages and combo boxes).
template <typename E>
std::string allowedValues() {
  std::string text;
  for (const auto& s : spellings<E>()) text += (text.empty() ? "" : ", ") + std::string(s.text);
  return text;
}

// The value spelt `text`; none when it is not one of E's spellings.
template <typename E>
std::optional<E> findEnum(const std::string& text) {
  for (const auto& s : spellings<E>())
    if (text == s.text) return s.value;
  return std::nullopt;
}

template <typename E>
E parseEnum(const std::string& text) {
  if (auto value = findEnum<E>(text)) return *value;
  throw std::invalid_argument("'" + text + "' is not one of: " + allowedValues<E>());
}

template <> const std::vector<EnumSpelling<PartnerKind>>& spellings<PartnerKind>();
template <> const std::vector<EnumSpelling<Nation>>& spellings<Nation>();
template <> const std::vector<EnumSpelling<PostKind>>& spellings<PostKind>();
template <> const std::vector<EnumSpelling<StatutoryRole>>& spellings<StatutoryRole>();
template <> const std::vector<EnumSpelling<Registration>>& spellings<Registration>();
template <> const std::vector<EnumSpelling<PostStatus>>& spellings<PostStatus>();
template <> const std::vector<EnumSpelling<PayFramework>>& spellings<PayFramework>();
template <> const std::vector<EnumSpelling<PensionScheme>>& spellings<PensionScheme>();

}  // namespace s113
