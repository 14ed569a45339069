// Field values as typed in a form: money may carry "£" and thousands
// separators, percentages a "%", dates are written dd/mm/yyyy (ISO is
// accepted too). Converts to and from the exchange form (domain/ExchangeForm.h),
// which the form parses into typed values once, as it saves.
#pragma once
#include <string>

#include "domain/ExchangeForm.h"

namespace s113::ui {

// The text a form shows for a stored value.
std::string editText(const FieldDef& field, const std::string& stored);

// The stored form of what was typed; on a value the form itself can tell is
// wrong (a date that is not dd/mm/yyyy) returns false with `problem` set.
// Anything else is left to the services' validation.
bool storedValue(const FieldDef& field, const std::string& typed, std::string& stored,
                 std::string& problem);

// "23/11/2026" or "2026-11-23" -> "2026-11-23"; false when it is neither.
bool ukDateToIso(const std::string& text, std::string& iso);

std::string trim(const std::string& text);

}  // namespace s113::ui
