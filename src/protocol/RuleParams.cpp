#include "protocol/RuleParams.h"

#include "domain/Errors.h"

namespace s113 {
namespace {

std::string recordOf(RuleKind kind, int position) {
  return "protocol " + ruleLabel(position, kind);
}

bool isCleanToken(const std::string& text) {
  return !text.empty() && text.find('=') == std::string::npos &&
         text.find(';') == std::string::npos;
}

// Allowed keys of a mapping rule: every spelling of E except "none".
template <typename E>
bool isMappingKey(const std::string& key) {
  for (const auto& s : spellings<E>())
    if (key == s.text && std::string(s.text) != "none") return true;
  return false;
}

template <typename E>
std::string mappingKeys() {
  std::string text;
  for (const auto& s : spellings<E>()) {
    if (std::string(s.text) == "none") continue;
    text += (text.empty() ? "" : ", ") + std::string(s.text);
  }
  return text;
}

template <typename E>
void validateMapping(RuleKind kind, int position, const RuleParams& params) {
  for (const auto& [key, value] : params) {
    if (!isMappingKey<E>(key))
      throw ValidationError(recordOf(kind, position), key,
                            "unknown parameter; expected one of: " + mappingKeys<E>());
    try {
      parseEnum<PartnerKind>(value);
    } catch (const std::invalid_argument& e) {
      throw ValidationError(recordOf(kind, position), key, e.what());
    }
  }
}

std::optional<BasisPoints> parseThreshold(const std::string& text) {
  if (text.empty() || text.size() > 5) return std::nullopt;
  for (char c : text)
    if (c < '0' || c > '9') return std::nullopt;
  const int value = std::stoi(text);
  if (value <= 0 || value > kWholeShare.value()) return std::nullopt;
  return BasisPoints(value);
}

}  // namespace

std::string encodeParams(const RuleParams& params) {
  std::string text;
  for (const auto& [key, value] : params) {
    if (!isCleanToken(key) || !isCleanToken(value))
      throw ValidationError("rule parameters", key.empty() ? "(empty key)" : key,
                            "keys and values must be non-empty and hold no '=' or ';'");
    text += (text.empty() ? "" : ";") + key + "=" + value;
  }
  return text;
}

RuleParams decodeParams(RuleKind kind, int position, const std::string& text) {
  RuleParams params;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(';', start);
    if (end == std::string::npos) end = text.size();
    const std::string item = text.substr(start, end - start);
    const std::size_t eq = item.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == item.size() ||
        item.find('=', eq + 1) != std::string::npos)
      throw ValidationError(recordOf(kind, position), item.empty() ? "(empty)" : item,
                            "expected key=value");
    const std::string key = item.substr(0, eq);
    if (!params.emplace(key, item.substr(eq + 1)).second)
      throw ValidationError(recordOf(kind, position), key, "given more than once");
    start = end + 1;
    if (end + 1 == text.size())
      throw ValidationError(recordOf(kind, position), "(empty)", "trailing ';'");
  }
  validateParams(kind, position, params);
  return params;
}

void validateParams(RuleKind kind, int position, const RuleParams& params) {
  switch (kind) {
    case RuleKind::StatutoryOffice:
      validateMapping<StatutoryRole>(kind, position, params);
      return;
    case RuleKind::ProfessionalFit:
      validateMapping<Registration>(kind, position, params);
      return;
    case RuleKind::PensionProtection:
      validateMapping<PensionScheme>(kind, position, params);
      return;
    case RuleKind::MajorityOfFunctions: {
      for (const auto& [key, value] : params)
        if (key != kThresholdParam)
          throw ValidationError(recordOf(kind, position), key,
                                std::string("unknown parameter; expected ") + kThresholdParam);
      const auto it = params.find(kThresholdParam);
      if (it == params.end())
        throw ValidationError(recordOf(kind, position), kThresholdParam, "required");
      if (!parseThreshold(it->second))
        throw ValidationError(
            recordOf(kind, position), kThresholdParam,
            "'" + it->second + "' is not a share in basis points above 0 and at most 10000");
      return;
    }
    case RuleKind::DesignatedPost:
    case RuleKind::ExistingStaff:
    case RuleKind::Replacement:
    case RuleKind::Unresolved:
      if (!params.empty())
        throw ValidationError(recordOf(kind, position), params.begin()->first,
                              "this rule takes no parameters");
      return;
  }
  throw ValidationError("protocol rule " + std::to_string(position), "rule_kind",
                        "unknown rule kind; expected one of: " + allowedValues<RuleKind>());
}

BasisPoints thresholdOf(const Rule& rule) {
  const auto it = rule.params.find(kThresholdParam);
  const auto value = it == rule.params.end() ? std::nullopt : parseThreshold(it->second);
  if (!value)
    throw ValidationError(recordOf(rule.kind, rule.position), kThresholdParam,
                          "missing or not a share in basis points above 0 and at most 10000");
  return *value;
}

std::optional<PartnerKind> mappedPartnerKind(const Rule& rule, const std::string& key) {
  const auto it = rule.params.find(key);
  if (it == rule.params.end()) return std::nullopt;
  try {
    return parseEnum<PartnerKind>(it->second);
  } catch (const std::invalid_argument& e) {
    throw ValidationError(recordOf(rule.kind, rule.position), key, e.what());
  }
}

}  // namespace s113
