// Numbers read from JSON files (model metadata, run details, dataset manifests) converted
// without undefined behaviour: a value that is not a number, not whole where a whole number is
// needed, not finite, or outside what the field allows throws JsonNumberError naming the field,
// which each reader's catch turns into its message about the file. Any thread.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace hhs {

struct JsonNumberError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// `value` as a whole number in [lo, hi].
std::int64_t jsonInteger(const nlohmann::json& value, const char* field, std::int64_t lo,
                         std::int64_t hi);
// object.at(key) as an int in [lo, hi] (the full int range by default).
int jsonInt(const nlohmann::json& object, const char* key, int lo = INT32_MIN, int hi = INT32_MAX);
// object.at(key) as a finite number in [lo, hi].
double jsonNumber(const nlohmann::json& object, const char* key, double lo, double hi);

} // namespace hhs
