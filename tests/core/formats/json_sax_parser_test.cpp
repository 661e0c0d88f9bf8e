// parseJsonSax must read JSON exactly as nlohmann::json does (the outside reference here): the
// same values from the same text, and the same verdict on malformed text.
#include "formats/json_sax_parser.h"

#include <gtest/gtest.h>
#include <string>

namespace hhs {
namespace {
using json = nlohmann::json;

// nlohmann's own DOM builder behind the virtual SAX interface parseJsonSax drives.
class DomBuilder : public nlohmann::json_sax<json>
{
public:
    explicit DomBuilder(json& result) : m_dom(result, false) {}
    bool null() override { return m_dom.null(); }
    bool boolean(bool value) override { return m_dom.boolean(value); }
    bool number_integer(number_integer_t value) override { return m_dom.number_integer(value); }
    bool number_unsigned(number_unsigned_t value) override { return m_dom.number_unsigned(value); }
    bool number_float(number_float_t value, const string_t& text) override
    {
        return m_dom.number_float(value, text);
    }
    bool string(string_t& value) override { return m_dom.string(value); }
    bool binary(binary_t& value) override { return m_dom.binary(value); }
    bool start_object(std::size_t size) override { return m_dom.start_object(size); }
    bool key(string_t& value) override { return m_dom.key(value); }
    bool end_object() override { return m_dom.end_object(); }
    bool start_array(std::size_t size) override { return m_dom.start_array(size); }
    bool end_array() override { return m_dom.end_array(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override
    {
        return false;
    }

private:
    nlohmann::detail::json_sax_dom_parser<json> m_dom;
};

std::optional<json> viaFastParser(const std::string& text)
{
    json result;
    DomBuilder builder(result);
    if (!parseJsonSax(text.data(), text.data() + text.size(), builder)) return std::nullopt;
    return result;
}

TEST(JsonSaxParser, ReadsWhatNlohmannReads)
{
    const std::string text =
        R"({"mapping": ["boom bap", "트랩", "e\u0301 \ud83d\ude80 \"q\" \\ \/ \b\f\n\r\t"],
        "labels": [0, 2, -1, 9007199254740993],
        "mfcc": [[[1.5, -2e3, 3.25E-2, 0, -0.0, 123456789.125, 1e308]]],
        "other": {"nested": [true, false, null, {}, []]}, "empty": ""})";
    const std::optional<json> fast = viaFastParser(text);
    ASSERT_TRUE(fast.has_value());
    EXPECT_EQ(*fast, json::parse(text));
    EXPECT_EQ((*fast)["labels"][3].get<std::int64_t>(), 9007199254740993);
}

TEST(JsonSaxParser, RefusesWhatNlohmannRefuses)
{
    for (const char* text :
         {"",    "{",   "[1,]",  "{\"a\":1,}", "01",      "1.",           ".5",    "-",
          "1e",  "+1",  "\"abc", "\"a\nb\"",   "\"\\x\"", "\"\\ud800\"",  "[1 2]", "{\"a\" 1}",
          "tru", "nul", "[1]]",  "{} x",       "NaN",     "[\"\\u12G4\"]"}) {
        EXPECT_FALSE(json::accept(text)) << text; // the reference agrees it is malformed
        EXPECT_FALSE(viaFastParser(text).has_value()) << text;
    }
}

} // namespace
} // namespace hhs
