#include "protocol/RuleParams.h"

#include <algorithm>
#include <map>

#include "domain/Errors.h"

namespace s113 {
namespace {

using Texts = std::vector<std::pair<std::string, std::string>>;

std::string recordOf(RuleKind kind, int position) {
  return "protocol " + ruleLabel(position, kind);
}

// Every spelling of E except "none": the keys a mapping of E may hold.
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
void appendMapping(const std::map<E, PartnerKind>& mapping, Texts& out) {
  for (const auto& [key, kind] : mapping) out.emplace_back(toString(key), toString(kind));
}

// A mapping's key and value from text, into `mapping`.
template <typename E>
void decodeMapping(RuleKind kind, int position, const std::string& key, const std::string& value,
                   std::map<E, PartnerKind>& mapping) {
  const auto from = findEnum<E>(key);
  if (!from || toString(*from) == "none")
    throw ValidationError(recordOf(kind, position), key,
                          "unknown parameter; expected one of: " + mappingKeys<E>());
  try {
    mapping[*from] = parseEnum<PartnerKind>(value);
  } catch (const std::invalid_argument& e) {
    throw ValidationError(recordOf(kind, position), key, e.what());
  }
}

std::optional<BasisPoints> parseThreshold(const std::string& text) {
  if (text.empty() || text.size() > 5) return std::nullopt;
  for (char c : text)
    if (c < '0' || c > '9') return std::nullopt;
  return BasisPoints(std::stoi(text));
}

// The "key=value" items of the text form, each key once.
Texts splitItems(RuleKind kind, int position, const std::string& text) {
  Texts items;
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
    for (const auto& earlier : items)
      if (earlier.first == key) throw ValidationError(recordOf(kind, position), key, "given more than once");
    items.emplace_back(key, item.substr(eq + 1));
    start = end + 1;
    if (end + 1 == text.size())
      throw ValidationError(recordOf(kind, position), "(empty)", "trailing ';'");
  }
  return items;
}

// One item into the params of a rule of `kind`.
void decodeItem(RuleKind kind, int position, const std::string& key, const std::string& value,
                RuleParams& params) {
  switch (kind) {
    case RuleKind::StatutoryOffice:
      return decodeMapping(kind, position, key, value, params.offices);
    case RuleKind::ProfessionalFit:
      return decodeMapping(kind, position, key, value, params.registrations);
    case RuleKind::PensionProtection:
      return decodeMapping(kind, position, key, value, params.schemes);
    case RuleKind::MajorityOfFunctions:
      if (key != kThresholdParam)
        throw ValidationError(recordOf(kind, position), key,
                              std::string("unknown parameter; expected ") + kThresholdParam);
      params.threshold = parseThreshold(value);
      if (!params.threshold)
        throw ValidationError(recordOf(kind, position), kThresholdParam,
                              "'" + value + "' is not a share in basis points above 0 and at most 10000");
      return;
    default:
      throw ValidationError(recordOf(kind, position), key, "this rule takes no parameters");
  }
}

// The params `kind` uses: what validateParams allows to be set.
RuleParams usedBy(RuleKind kind, const RuleParams& params) {
  RuleParams used;
  if (kind == RuleKind::StatutoryOffice) used.offices = params.offices;
  if (kind == RuleKind::ProfessionalFit) used.registrations = params.registrations;
  if (kind == RuleKind::PensionProtection) used.schemes = params.schemes;
  if (kind == RuleKind::MajorityOfFunctions) used.threshold = params.threshold;
  return used;
}

template <typename E>
void refuseNone(RuleKind kind, int position, const std::map<E, PartnerKind>& mapping) {
  for (const auto& entry : mapping)
    if (toString(entry.first) == "none")
      throw ValidationError(recordOf(kind, position), "none",
                            "unknown parameter; expected one of: " + mappingKeys<E>());
}

template <typename E>
std::optional<PartnerKind> mapped(const std::map<E, PartnerKind>& mapping, E key) {
  const auto it = mapping.find(key);
  if (it == mapping.end()) return std::nullopt;
  return it->second;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> paramTexts(const RuleParams& params) {
  Texts out;
  appendMapping(params.offices, out);
  appendMapping(params.registrations, out);
  appendMapping(params.schemes, out);
  if (params.threshold) out.emplace_back(kThresholdParam, std::to_string(params.threshold->value()));
  std::sort(out.begin(), out.end());
  return out;
}

std::string encodeParams(const RuleParams& params) {
  std::string text;
  for (const auto& [key, value] : paramTexts(params)) text += (text.empty() ? "" : ";") + key + "=" + value;
  return text;
}

RuleParams decodeParams(RuleKind kind, int position, const std::string& text) {
  RuleParams params;
  for (const auto& [key, value] : splitItems(kind, position, text)) decodeItem(kind, position, key, value, params);
  validateParams(kind, position, params);
  return params;
}

void validateParams(RuleKind kind, int position, const RuleParams& params) {
  if (!isKnownRuleKind(kind))
    throw ValidationError("protocol rule " + std::to_string(position), "rule_kind",
                          "unknown rule kind; expected one of: " + allowedValues<RuleKind>());
  const RuleParams used = usedBy(kind, params);
  if (used != params) {
    const auto unused = paramTexts(params);
    const auto kept = paramTexts(used);
    for (const auto& item : unused)
      if (std::find(kept.begin(), kept.end(), item) == kept.end())
        throw ValidationError(recordOf(kind, position), item.first,
                              used.empty() ? "this rule takes no parameters" : "not a parameter of this rule");
  }
  refuseNone(kind, position, params.offices);
  refuseNone(kind, position, params.registrations);
  refuseNone(kind, position, params.schemes);
  if (kind != RuleKind::MajorityOfFunctions) return;
  if (!params.threshold) throw ValidationError(recordOf(kind, position), kThresholdParam, "required");
  if (params.threshold->value() <= 0 || params.threshold->value() > kWholeShare.value())
    throw ValidationError(recordOf(kind, position), kThresholdParam,
                          "'" + std::to_string(params.threshold->value()) +
                              "' is not a share in basis points above 0 and at most 10000");
}

BasisPoints thresholdOf(const Rule& rule) {
  if (!rule.params.threshold)
    throw ValidationError(recordOf(rule.kind, rule.position), kThresholdParam,
                          "missing: the share in basis points that decides");
  return *rule.params.threshold;
}

std::optional<PartnerKind> mappedPartnerKind(const Rule& rule, StatutoryRole office) {
  return mapped(rule.params.offices, office);
}
std::optional<PartnerKind> mappedPartnerKind(const Rule& rule, Registration registration) {
  return mapped(rule.params.registrations, registration);
}
std::optional<PartnerKind> mappedPartnerKind(const Rule& rule, PensionScheme scheme) {
  return mapped(rule.params.schemes, scheme);
}

}  // namespace s113
