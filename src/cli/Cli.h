// s113reg-cli: the headless program over the same services as the GUI.
// Exit status: 0 success, 1 input refused (nothing written), 2 usage error.
#pragma once
#include <ostream>
#include <string>
#include <vector>

namespace s113::cli {

constexpr int kOk = 0;
constexpr int kRefused = 1;
constexpr int kUsage = 2;

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace s113::cli
