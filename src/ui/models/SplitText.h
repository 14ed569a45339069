// A split between partners as typed in a form: the stored form
// "BNES:60;BCCG:40" or the form the lists show, "BNES 60%, BCCG 40%" (either
// separator, ":" or a space before the percentage, "%" optional). The split
// editor's grid reads and writes its rows. No wx here.
#pragma once
#include <string>
#include <vector>

#include "domain/Money.h"

namespace s113::ui {

struct SplitRow {
  std::string partner;
  std::string percent;  // as typed, without "%"
};

// The rows of a typed split; false when a part is neither "CODE:60" nor
// "CODE 60%" (the text is then left to the services' validation).
bool splitRows(const std::string& typed, std::vector<SplitRow>& rows);

// "BNES:60;BCCG:40" from rows; rows with neither partner nor percent are left out.
std::string storedSplit(const std::vector<SplitRow>& rows);

// The sum of the rows' percentages in basis points; false when one is not a
// percentage.
bool splitTotal(const std::vector<SplitRow>& rows, BasisPoints& total);

}  // namespace s113::ui
