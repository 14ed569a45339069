// The register list as the user sees it (the rows passing the filter, in the
// order sorted) as a report document, so File > Print list previews and prints
// it and File > Save list as writes it as PDF, HTML, CSV or XLSX with the
// report writers, laid out by the register report's template
// (reports/register/template.html). No wx here.
#pragma once
#include <cstddef>
#include <string>

#include "domain/Dates.h"
#include "reports/ReportDocument.h"
#include "ui/models/RecordTableModel.h"

namespace s113::ui {

// A list longer than `maxRows` is cut there, and the document says so.
reports::ReportDocument listDocument(const RecordTableModel& model, const std::string& title,
                                     const Date& asAt, const std::string& registerName,
                                     std::size_t maxRows = 5000);

}  // namespace s113::ui
