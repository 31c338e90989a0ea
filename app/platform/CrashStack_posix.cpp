// A crash prints where it happened (Linux, macOS): the signal and the stack as return
// addresses with the nearest exported symbol, on stderr, then the default action runs (no
// core: Platform::disableCoreDumps). Addresses and function names only — nothing the app
// holds — so a crash seen once in a test run leaves something to go on without a core file.
#include "platform/Platform.h"

#include <csignal>
#include <cstring>
#include <execinfo.h>
#include <unistd.h>

namespace teahouse::app {

namespace {

void writeText(const char *text)
{
    // write(2) only: async-signal-safe.
    (void)!::write(STDERR_FILENO, text, std::strlen(text));
}

void onCrash(int signal)
{
    writeText("\nteahouse: crashed with signal ");
    char digits[4] = {char('0' + (signal / 10) % 10), char('0' + signal % 10), '\n', 0};
    writeText(signal >= 10 ? digits : digits + 1);
    void *frames[64];
    const int count = ::backtrace(frames, 64);
    ::backtrace_symbols_fd(frames, count, STDERR_FILENO);
    // The default action (terminate) for the same signal, as if nothing had been installed.
    std::signal(signal, SIG_DFL);
    ::raise(signal);
}

} // namespace

void Platform::printStackOnCrash()
{
    // backtrace() loads libgcc on first use, which is not safe inside a handler: once here.
    void *warmUp[1];
    (void)::backtrace(warmUp, 1);
    for (int signal : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT})
        std::signal(signal, onCrash);
}

} // namespace teahouse::app
