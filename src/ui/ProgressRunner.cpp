#include "ui/ProgressRunner.h"

#include <wx/progdlg.h>
#include <wx/stopwatch.h>
#include <wx/utils.h>

#include <atomic>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

#include "ui/WxText.h"

namespace s113::ui {
namespace {

int delayMs = 1000;
std::function<void(wxProgressDialog&)> observer;

// What the worker last reported, read by the window thread.
class SharedProgress : public Progress {
 public:
  bool step(std::size_t done, std::size_t total, const std::string& what) override {
    std::lock_guard<std::mutex> lock(mutex_);
    done_ = done;
    total_ = total;
    what_ = what;
    return !stop_;
  }
  void requestStop() {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  // Per mille done (-1: unknown) and the latest message.
  int perMille(std::string& what) {
    std::lock_guard<std::mutex> lock(mutex_);
    what = what_;
    if (total_ == 0) return -1;
    return static_cast<int>(std::min<std::size_t>(1000, done_ * 1000 / total_));
  }

 private:
  std::mutex mutex_;
  std::size_t done_ = 0;
  std::size_t total_ = 0;
  std::string what_;
  bool stop_ = false;
};

}  // namespace

void setProgressDelay(int milliseconds) { delayMs = milliseconds; }
void setProgressObserver(std::function<void(wxProgressDialog&)> observe) {
  observer = std::move(observe);
}

namespace {
int working = 0;  // the runWithProgress calls waiting for their workers (window thread only)
}  // namespace

bool workInProgress() { return working > 0; }

void runWithProgress(wxWindow* parent, const wxString& title,
                     const std::function<void(Progress&)>& work, bool cancellable) {
  ++working;
  struct Done {
    ~Done() { --working; }
  } done;
  SharedProgress progress;
  std::atomic<bool> finished{false};
  std::exception_ptr failure;
  std::thread worker([&] {
    try {
      work(progress);
    } catch (...) {
      failure = std::current_exception();
    }
    finished = true;
  });

  {
    wxBusyCursor busy;
    wxStopWatch clock;
    while (!finished && clock.Time() < delayMs) wxMilliSleep(10);
  }
  if (!finished) {
    int style = wxPD_APP_MODAL | wxPD_AUTO_HIDE | wxPD_ELAPSED_TIME | wxPD_SMOOTH;
    if (cancellable) style |= wxPD_CAN_ABORT;
    wxProgressDialog dialog(title, _("Starting..."), 1000, parent, style);
    dialog.SetName("progress");
    while (!finished) {
      std::string what;
      const int value = progress.perMille(what);
      const wxString message = what.empty() ? _("Working...") : toWx(what);
      const bool goOn = value < 0 ? dialog.Pulse(message) : dialog.Update(value, message);
      if (observer) observer(dialog);
      if (!goOn || dialog.WasCancelled()) progress.requestStop();
      wxMilliSleep(50);
    }
  }
  worker.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace s113::ui
