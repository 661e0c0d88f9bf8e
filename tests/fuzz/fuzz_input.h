// What the fuzz targets share: the input written to a file of this process's own (the studio's
// readers take paths, and check that they are regular files), and a failure that libFuzzer
// reports with the input that caused it. Called from the fuzzer's single thread.
#pragma once

#include <QString>
#include <cstddef>
#include <cstdint>

namespace hhs::fuzz {

// The bytes as a file named `name` in a folder of this process, replaced on every call.
QString writeInput(const std::uint8_t* data, std::size_t size, const QString& name);

// Prints `what` and aborts: libFuzzer saves the input as a crash.
[[noreturn]] void finding(const char* what);

} // namespace hhs::fuzz
