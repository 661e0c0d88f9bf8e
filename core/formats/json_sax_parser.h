// A fast JSON reader for large numeric files (the notebook's dataset: millions of numbers). It
// drives a nlohmann::json_sax handler like nlohmann::json::sax_parse does, but parses numbers
// with std::from_chars straight from the text, several times faster on this kind of file.
// Strict RFC 8259 JSON; errors go to the handler's parse_error with the byte offset. Any
// thread; include only from .cpp files of core (nlohmann is a private dependency).
#pragma once

#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>

namespace hhs {

// Told how many bytes from the start have been read, every megabyte or so (between two
// elements of an array): what is before that is not read again.
using JsonReadProgress = std::function<void(std::size_t bytesRead)>;

// true when the whole text was one JSON value and the handler accepted every event.
bool parseJsonSax(const char* begin, const char* end, nlohmann::json_sax<nlohmann::json>& handler,
                  const JsonReadProgress& progress = {});

} // namespace hhs
