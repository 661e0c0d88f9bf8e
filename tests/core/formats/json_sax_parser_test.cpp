// parseJsonSax must read JSON exactly as nlohmann::json does (the outside reference here): the
// same values from the same text, and the same verdict on malformed text.
#include "formats/json_sax_parser.h"
#include "json_dom_builder.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace hhs {
namespace {
using json = nlohmann::json;

std::optional<json> viaFastParser(const std::string& text)
{
    json result;
    test::JsonDomBuilder builder(result);
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
         {"", "{", "[1,]", "{\"a\":1,}", "01", "1.", ".5", "-", "1e", "+1", "\"abc", "\"a\nb\"",
          "\"\\x\"", "\"\\ud800\"", "[1 2]", "{\"a\" 1}", "tru", "nul", "[1]]", "{} x", "NaN",
          "[\"\\u12G4\"]",
          // not UTF-8: a stray continuation byte, an overlong '/', a surrogate, a cut sequence
          "[\"lab\x9b\x8es\"]", "[\"\xC0\xAF\"]", "[\"\xED\xA0\x80\"]", "[\"\xEB\x9E\"]"}) {
        EXPECT_FALSE(json::accept(text)) << text; // the reference agrees it is malformed
        EXPECT_FALSE(viaFastParser(text).has_value()) << text;
    }
}

TEST(JsonSaxParser, TellsHowFarItHasReadAsItGoesThroughALargeFile)
{
    std::string text = "{\"mfcc\": [";
    for (int i = 0; i < 400000; ++i)
        text += (i ? ", " : "") + std::string("[1.25, -3.5]");
    text += "]}";
    std::vector<std::size_t> told;
    json result;
    test::JsonDomBuilder builder(result);
    ASSERT_TRUE(parseJsonSax(text.data(), text.data() + text.size(), builder,
                             [&](std::size_t read) { told.push_back(read); }));
    EXPECT_EQ(result, json::parse(text)); // progress changes nothing it reads
    // About once a megabyte, always further on, never past the end, and at the end of an element.
    ASSERT_GE(told.size(), text.size() / (2 << 20));
    ASSERT_LE(told.size(), text.size() / (1 << 20) + 1);
    for (std::size_t i = 0; i < told.size(); ++i) {
        if (i > 0) {
            EXPECT_GE(told[i] - told[i - 1], std::size_t(1) << 20);
        }
        ASSERT_LT(told[i], text.size());
        EXPECT_TRUE(text[told[i]] == ',' || text[told[i]] == ']') << told[i];
    }
}

} // namespace
} // namespace hhs
