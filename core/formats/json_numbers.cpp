#include "formats/json_numbers.h"

#include <cmath>
#include <string>

namespace hhs {
namespace {

[[noreturn]] void outOfRange(const char* field, const std::string& value, double lo, double hi)
{
    throw JsonNumberError("\"" + std::string(field) + "\" is " + value + ", outside " +
                          nlohmann::json(lo).dump() + ".." + nlohmann::json(hi).dump());
}

} // namespace

std::int64_t jsonInteger(const nlohmann::json& value, const char* field, std::int64_t lo,
                         std::int64_t hi)
{
    if (value.is_number_unsigned()) {
        const std::uint64_t number = value.get<std::uint64_t>();
        if (hi < 0 || number > std::uint64_t(hi))
            outOfRange(field, value.dump(), double(lo), double(hi));
        return std::int64_t(number);
    }
    if (value.is_number_integer()) {
        const std::int64_t number = value.get<std::int64_t>();
        if (number < lo || number > hi) outOfRange(field, value.dump(), double(lo), double(hi));
        return number;
    }
    if (value.is_number_float()) {
        const double number = value.get<double>();
        if (!std::isfinite(number) || std::floor(number) != number)
            throw JsonNumberError("\"" + std::string(field) + "\" is " + value.dump() +
                                  ", not a whole number");
        // Compared as doubles before any conversion: a double outside the target's range
        // converted to an integer is undefined behaviour.
        if (number < double(lo) || number > double(hi))
            outOfRange(field, value.dump(), double(lo), double(hi));
        return std::int64_t(number);
    }
    throw JsonNumberError("\"" + std::string(field) + "\" is " + value.dump() + ", not a number");
}

int jsonInt(const nlohmann::json& object, const char* key, int lo, int hi)
{
    return int(jsonInteger(object.at(key), key, lo, hi));
}

double jsonNumber(const nlohmann::json& object, const char* key, double lo, double hi)
{
    const nlohmann::json& value = object.at(key);
    if (!value.is_number())
        throw JsonNumberError("\"" + std::string(key) + "\" is " + value.dump() + ", not a number");
    const double number = value.get<double>();
    if (!std::isfinite(number) || number < lo || number > hi) outOfRange(key, value.dump(), lo, hi);
    return number;
}

} // namespace hhs
