#include "ui/models/FormFollows.h"

#include <map>

namespace s113::ui {

const std::vector<Follow>& followsOf(const std::string& entity) {
  static const std::map<std::string, std::vector<Follow>> all = {
      {"contract", {{"post", "employer", "employer"}}},
      {"placement", {{"contract", "employer", "employer"}}},
      {"single_manager_contract",
       {{"contract", "employer", "employer"},
        {"contract", "post", "post"},
        {"post", "agreement", "agreement"}}},
      {"joint_post",
       {{"holder_contract", "employer", "lead_employer"}, {"post", "agreement", "agreement"}}},
      {"structure_consultation", {{"post", "agreement", "agreement"}}},
  };
  static const std::vector<Follow> none;
  auto it = all.find(entity);
  return it == all.end() ? none : it->second;
}

}  // namespace s113::ui
