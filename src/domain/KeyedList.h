// The "KEY:VALUE;KEY:VALUE" lists of the exchange format (recharge phasing
// "2009/10:95000;2010/11:38750", cost-sharing parts "BNES:512;BCCG:110"):
// one reader of their shape, each list parsing its own keys and values.
#pragma once
#include <functional>
#include <string>

namespace s113 {

// Calls `row(place, text, key, value)` for each ';'-separated row in order,
// key and value trimmed of spaces and tabs; `place` is "<what> N" for
// messages. Throws std::invalid_argument for an empty row or one with no ':',
// saying `expected` ("CODE:number"). What `row` throws goes through as it is.
using KeyedRow = std::function<void(const std::string& place, const std::string& text,
                                    const std::string& key, const std::string& value)>;
void forEachKeyedRow(const std::string& list, const std::string& what, const std::string& expected,
                     const KeyedRow& row);

// `s` without leading or trailing spaces and tabs.
std::string trimmedOfBlanks(const std::string& s);

}  // namespace s113
