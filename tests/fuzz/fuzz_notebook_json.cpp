// The notebook's JSON reader on any bytes: the fast SAX parser must agree with nlohmann::json
// (the reference) on every text it accepts, value for value, and may refuse more only for what
// it documents (nesting deeper than 512, numbers beyond a double); readNotebookJson must not
// crash on the same bytes as a file.
#include "dataset/notebook_json.h"
#include "formats/json_sax_parser.h"
#include "fuzz_input.h"
#include "json_dom_builder.h"

#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace hhs;
    const char* begin = reinterpret_cast<const char*>(data);
    nlohmann::json fast;
    test::JsonDomBuilder builder(fast);
    const bool fastAccepted = parseJsonSax(begin, begin + size, builder);
    // What json::parse itself accepts, but for two quirks of nlohmann's: it skips a byte order
    // mark (readNotebookJson does that before the SAX parser) and it takes a NUL byte for the
    // end of the input, ignoring whatever follows (JSON has no NUL outside strings, where it
    // is refused by both).
    const bool bom = size >= 3 && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0;
    const bool nul = std::memchr(begin, 0, size) != nullptr;
    const bool referenceAccepted = !bom && !nul && nlohmann::json::accept(begin, begin + size);
    if (fastAccepted && !referenceAccepted) fuzz::finding("accepted what nlohmann refuses");
    if (fastAccepted && fast != nlohmann::json::parse(begin, begin + size))
        fuzz::finding("read other values than nlohmann");
    if (!fastAccepted && referenceAccepted &&
        builder.firstError.find("less nesting") == std::string::npos &&
        builder.firstError.find("a number in range") == std::string::npos)
        fuzz::finding("refused what nlohmann reads, for no documented reason");
    (void)readNotebookJson(fuzz::writeInput(data, size, QStringLiteral("dataset.json")));
    return 0;
}
