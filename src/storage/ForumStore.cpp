#include "storage/ForumStore.h"

#include "domain/Errors.h"
#include "storage/SqlValues.h"
#include "storage/Session.h"

namespace s113 {
namespace {

std::vector<ForumMeeting> queryMeetings(Register& reg, const std::string& where,
                                        const std::vector<std::string>& params) {
  BoundStatement st(
      sessionOf(reg),
      "SELECT meeting_date, title, cutoff, recorded_at, recorded_by FROM forum_meetings " + where);
  for (const auto& p : params) st.bindText(p);
  soci::row row;
  st.execute(row);
  std::vector<ForumMeeting> out;
  while (st.fetch())
    out.push_back(
        {cellText(row, 0), cellText(row, 1), cellText(row, 2), cellText(row, 3), cellText(row, 4)});
  return out;
}

}  // namespace

std::vector<ForumMeeting> ForumStore::meetings() {
  return queryMeetings(reg_, "ORDER BY meeting_date", {});
}

boost::optional<ForumMeeting> ForumStore::meeting(const std::string& date) {
  auto found = queryMeetings(reg_, "WHERE meeting_date = :d", {date});
  if (found.empty()) return boost::none;
  return found.front();
}

boost::optional<ForumMeeting> ForumStore::previousMeeting(const std::string& date) {
  auto found = queryMeetings(reg_, "WHERE meeting_date < :d ORDER BY meeting_date DESC", {date});
  if (found.empty()) return boost::none;
  return found.front();
}

boost::optional<std::string> ForumStore::frozenPack(const std::string& date) {
  BoundStatement st(sessionOf(reg_), "SELECT document_json FROM forum_packs WHERE meeting_date = :d");
  st.bindText(date);
  soci::row row;
  st.execute(row);
  if (!st.fetch()) return boost::none;
  return cellText(row, 0);
}

std::vector<ForumPackRow> ForumStore::packs() {
  BoundStatement st(sessionOf(reg_),
                    "SELECT meeting_date, issued_at, issued_by, document_json FROM forum_packs "
                    "ORDER BY meeting_date");
  soci::row row;
  st.execute(row);
  std::vector<ForumPackRow> out;
  while (st.fetch()) out.push_back({cellText(row, 0), cellText(row, 1), cellText(row, 2), cellText(row, 3)});
  return out;
}

void ForumStore::insertMeeting(const ForumMeeting& m) {
  try {
    BoundStatement st(
        sessionOf(reg_),
        "INSERT INTO forum_meetings (meeting_date, title, cutoff, recorded_at, recorded_by) "
        "VALUES (:d, :t, :c, :a, :b)");
    for (const auto* v : {&m.date, &m.title, &m.cutoff, &m.recordedAt, &m.recordedBy})
      st.bindText(*v);
    st.execute();
  } catch (const soci::soci_error& e) {
    if (isUniqueViolation(e))
      throw Conflict("a forum meeting on " + m.date + " is already recorded");
    throw StorageError("Recording the forum meeting failed: " + std::string(e.what()));
  }
}

void ForumStore::insertPack(const std::string& date, const std::string& issuedAt,
                            const std::string& issuedBy, const std::string& documentJson) {
  try {
    BoundStatement st(sessionOf(reg_),
                      "INSERT INTO forum_packs (meeting_date, issued_at, issued_by, document_json) "
                      "VALUES (:d, :a, :b, :j)");
    for (const auto* v : {&date, &issuedAt, &issuedBy, &documentJson}) st.bindText(*v);
    st.execute();
  } catch (const soci::soci_error& e) {
    if (isUniqueViolation(e))
      throw Conflict("the pack for the forum meeting on " + date +
                     " was already issued: it is frozen");
    throw StorageError("Storing the forum pack failed: " + std::string(e.what()));
  }
}

std::string meetingCutoff(const Date& meeting) {
  std::string endOfDay = formatIso(meeting) + "T23:59:59Z";
  std::string now = utcTimestamp();
  return now < endOfDay ? now : endOfDay;
}

}  // namespace s113
