// The notebook's JSON: what export writes loads in Python as (segments, frames, 13) with labels
// indexing the mapping (checked here by parsing the text with nlohmann, as json.load would);
// the manifest traces each segment; reading gives the dataset back; files written by hand with
// ragged shapes, labels outside the mapping, or no JSON at all are refused with the reason.
#include "dataset/notebook_json.h"
#include "test_support.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace hhs::test {
namespace {

Dataset smallDataset()
{
    Dataset dataset;
    dataset.classes = {QStringLiteral("boom bap"), QStringLiteral("트랩"),
                       QStringLiteral("singing")};
    for (int i = 0; i < 3; ++i) {
        DatasetSegment segment;
        segment.label = (i * 2) % 3;
        segment.source = QStringLiteral("sha256:%1").arg(i);
        segment.sourceName = QStringLiteral("[킬링벌스] 비와이 %1.wav").arg(i);
        segment.startSeconds = 3.0 * i;
        segment.endSeconds = 3.0 * i + 3.0;
        segment.mfcc.frames = 4;
        segment.mfcc.coefficients = 13;
        for (int v = 0; v < 4 * 13; ++v)
            segment.mfcc.data.push_back(float(i) * 100.0f + float(v) * 0.1f - 50.0f);
        dataset.segments.push_back(segment);
    }
    return dataset;
}

class NotebookJsonTest : public ::testing::Test
{
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString error(const QByteArray& text)
    {
        const QString file = path(QStringLiteral("hand.json"));
        EXPECT_TRUE(writeFile(file, text));
        Result<Dataset> read = readNotebookJson(file);
        EXPECT_FALSE(read.ok()) << text.toStdString();
        return read.ok() ? QString() : read.message();
    }
    QTemporaryDir m_dir;
};

TEST_F(NotebookJsonTest, ExportLoadsAsTheNotebookExpects)
{
    const Dataset dataset = smallDataset();
    const QString out = path(QStringLiteral("데이터.json"));
    ASSERT_TRUE(writeNotebookJson(dataset, out).ok());
    const QByteArray text = readFile(out);
    const nlohmann::json data =
        nlohmann::json::parse(text.constData(), text.constData() + text.size());
    EXPECT_EQ(data.at("mapping"), nlohmann::json({"boom bap", "트랩", "singing"}));
    EXPECT_EQ(data.at("labels"), nlohmann::json({0, 2, 1}));
    ASSERT_EQ(data.at("mfcc").size(), 3u);
    for (const auto& segment : data.at("mfcc")) {
        ASSERT_EQ(segment.size(), 4u);
        for (const auto& frame : segment)
            ASSERT_EQ(frame.size(), 13u);
    }
    EXPECT_FLOAT_EQ(data["mfcc"][2][1][3].get<float>(), dataset.segments[2].mfcc.at(1, 3));

    const QByteArray manifestText = readFile(path(QStringLiteral("데이터.manifest.json")));
    const nlohmann::json manifest = nlohmann::json::parse(
        manifestText.constData(), manifestText.constData() + manifestText.size());
    EXPECT_EQ(manifest.at("studio_version"), HHS_VERSION);
    EXPECT_EQ(manifest.at("feature_params").at("n_mfcc"), 13);
    EXPECT_EQ(manifest.at("feature_params").at("hop_length"), 512);
    ASSERT_EQ(manifest.at("segments").size(), 3u);
    EXPECT_EQ(manifest["segments"][1]["track"], "[킬링벌스] 비와이 1.wav");
    EXPECT_EQ(manifest["segments"][1]["content_hash"], "sha256:1");
    EXPECT_EQ(manifest["segments"][1]["start"], 3.0);
    EXPECT_EQ(manifest["segments"][1]["end"], 6.0);
    EXPECT_EQ(manifest["segments"][1]["class"], "singing");
}

TEST_F(NotebookJsonTest, ReadingGivesTheDatasetBackWithItsManifest)
{
    const Dataset dataset = smallDataset();
    const QString out = path(QStringLiteral("d.json"));
    ASSERT_TRUE(writeNotebookJson(dataset, out).ok());
    Result<Dataset> read = readNotebookJson(out);
    ASSERT_TRUE(read.ok()) << read.message().toStdString();
    EXPECT_EQ(read->classes, dataset.classes);
    ASSERT_EQ(read->segments.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(read->segments[i].label, dataset.segments[i].label);
        EXPECT_EQ(read->segments[i].mfcc.data,
                  dataset.segments[i].mfcc.data); // shortest round-trip text
        EXPECT_EQ(read->segments[i].source, dataset.segments[i].source);
        EXPECT_EQ(read->segments[i].sourceName, dataset.segments[i].sourceName);
        EXPECT_DOUBLE_EQ(read->segments[i].startSeconds, dataset.segments[i].startSeconds);
    }
    EXPECT_TRUE(read->hasSources());
    EXPECT_EQ(read->params, FeatureParams{});
}

TEST_F(NotebookJsonTest, AFileOfManyMegabytesReadsWholeAsItsPagesAreLetGo)
{
    // 400 segments of 130 x 13 random values: about 5 MB of text, so the reader lets the pages
    // it has read go several times over while the parse goes on.
    Dataset dataset;
    dataset.classes = {QStringLiteral("boom bap"), QStringLiteral("trap"),
                       QStringLiteral("singing")};
    std::uint32_t state = 12345;
    for (int i = 0; i < 400; ++i) {
        DatasetSegment segment;
        segment.label = i % 3;
        segment.mfcc.frames = 130;
        segment.mfcc.coefficients = 13;
        for (int v = 0; v < 130 * 13; ++v) {
            state = state * 1664525u + 1013904223u;
            segment.mfcc.data.push_back(float(state >> 8) / float(1 << 24) * 600.0f - 300.0f);
        }
        dataset.segments.push_back(segment);
    }
    const QString out = path(QStringLiteral("[킬링벌스] 큰 데이터.json"));
    ASSERT_TRUE(writeNotebookJson(dataset, out).ok());
    ASSERT_GT(QFileInfo(out).size(), 4 << 20);
    std::vector<double> fractions;
    Result<Dataset> read = readNotebookJson(
        out, JobControl([&](double f, const QString&) { fractions.push_back(f); }));
    ASSERT_TRUE(read.ok()) << read.message().toStdString();
    ASSERT_EQ(read->segments.size(), dataset.segments.size());
    for (std::size_t i = 0; i < dataset.segments.size(); ++i) {
        ASSERT_EQ(read->segments[i].label, dataset.segments[i].label) << i;
        ASSERT_EQ(read->segments[i].mfcc.data, dataset.segments[i].mfcc.data) << i;
    }
    // Progress as it reads, not only at the start and the end.
    EXPECT_GE(fractions.size(), 5u);
    EXPECT_TRUE(std::is_sorted(fractions.begin(), fractions.end()));
    EXPECT_DOUBLE_EQ(fractions.back(), 1.0);
}

TEST_F(NotebookJsonTest, AHandWrittenNotebookFileWithoutManifestReads)
{
    const QString file = path(QStringLiteral("notebook.json"));
    ASSERT_TRUE(writeFile(file,
                          "{\n    \"mapping\": [\"boom bap\", \"trap\"],\n    \"labels\": [1, 0],\n"
                          "    \"mfcc\": [[[1.5, -2], [3, 4e2]], [[5, 6], [7, 8.25]]]\n}\n"));
    Result<Dataset> read = readNotebookJson(file);
    ASSERT_TRUE(read.ok()) << read.message().toStdString();
    EXPECT_EQ(read->frames(), 2);
    EXPECT_EQ(read->coefficients(), 2);
    EXPECT_EQ(read->segments[0].label, 1);
    EXPECT_EQ(read->segments[0].mfcc.data, (std::vector<float>{1.5f, -2.0f, 3.0f, 400.0f}));
    EXPECT_FALSE(read->hasSources());
}

TEST_F(NotebookJsonTest, MalformedFilesAreRefusedWithTheReason)
{
    EXPECT_TRUE(error("this is not json").contains(QStringLiteral("not valid JSON")));
    EXPECT_TRUE(
        error("{\"mapping\": [\"a\"], \"labels\": [0, 0], \"mfcc\": [[[1, 2]], [[1, 2], [3, 4]]]}")
            .contains(QStringLiteral("frames")));
    EXPECT_TRUE(
        error("{\"mapping\": [\"a\"], \"labels\": [0, 0], \"mfcc\": [[[1, 2]], [[1, 2, 3]]]}")
            .contains(QStringLiteral("coefficients")));
    EXPECT_TRUE(error("{\"mapping\": [\"a\", \"b\"], \"labels\": [0, 2], \"mfcc\": [[[1]], [[2]]]}")
                    .contains(QStringLiteral("outside the mapping")));
    EXPECT_TRUE(error("{\"mapping\": [\"a\"], \"labels\": [0], \"mfcc\": [[[1]], [[2]]]}")
                    .contains(QStringLiteral("1 labels for 2 segments")));
    EXPECT_TRUE(error("{\"mapping\": [\"a\"], \"labels\": [0.5], \"mfcc\": [[[1]]]}")
                    .contains(QStringLiteral("whole number")));
    EXPECT_TRUE(error("{\"labels\": [0], \"mfcc\": [[[1]]]}").contains(QStringLiteral("mapping")));
    EXPECT_TRUE(error("{\"mapping\": [\"a\"], \"labels\": [0], \"mfcc\": [[[1, \"x\"]]]}")
                    .contains(QStringLiteral("mfcc")));
    EXPECT_TRUE(error("[1, 2, 3]").contains(QStringLiteral("a list, not an object")));
    EXPECT_TRUE(error("{\"mapping\": [\"a\"], \"labels\": [0], \"mfcc\": [[[1]]")
                    .contains(QStringLiteral("JSON")));
}

TEST_F(NotebookJsonTest, NumbersAndNamesThatCannotBeHeldAreRefused)
{
    // Beyond a float, and a mapping that names a class twice or names an empty one.
    EXPECT_TRUE(error("{\"mapping\": [\"a\"], \"labels\": [0], \"mfcc\": [[[1e300]]]}")
                    .contains(QStringLiteral("float")));
    EXPECT_TRUE(error("{\"mapping\": [\"a\", \"a\"], \"labels\": [0], \"mfcc\": [[[1]]]}")
                    .contains(QStringLiteral("named twice")));
    EXPECT_TRUE(error("{\"mapping\": [\" \"], \"labels\": [0], \"mfcc\": [[[1]]]}")
                    .contains(QStringLiteral("empty")));
    EXPECT_TRUE(error("{\"mapping\": [\"a\"], \"labels\": [1e10], \"mfcc\": [[[1]]]}")
                    .contains(QStringLiteral("out of range")));
}

TEST_F(NotebookJsonTest, AByteOrderMarkIsRead)
{
    const QString file = path(QStringLiteral("bom.json"));
    ASSERT_TRUE(writeFile(file, "\xEF\xBB\xBF{\"mapping\": [\"a\"], \"labels\": [0], "
                                "\"mfcc\": [[[1]]]}"));
    Result<Dataset> read = readNotebookJson(file);
    ASSERT_TRUE(read.ok()) << read.message().toStdString();
    EXPECT_EQ(read->classes, QStringList{QStringLiteral("a")});
}

TEST_F(NotebookJsonTest, AManifestWithImpossibleNumbersIsRefused)
{
    const QString file = path(QStringLiteral("small.json"));
    ASSERT_TRUE(writeNotebookJson(smallDataset(), file).ok());
    const QString manifest = manifestPathFor(file);
    const QString good = QString::fromUtf8(readFile(manifest));
    for (const auto& [key, value] : std::vector<std::pair<QString, QString>>{
             {QStringLiteral("segment_seconds"), QStringLiteral("-1e308")},
             {QStringLiteral("label"), QStringLiteral("1e10")},
             {QStringLiteral("start"), QStringLiteral("1e300")}}) {
        // The first occurrence of the key, its number replaced whole.
        const QRegularExpression number(QStringLiteral("(\"%1\": )[-0-9.eE+]+").arg(key));
        const QRegularExpressionMatch match = number.match(good);
        ASSERT_TRUE(match.hasMatch()) << key.toStdString();
        QString bad = good;
        bad.replace(match.capturedStart(), match.capturedLength(), match.captured(1) + value);
        ASSERT_TRUE(writeFile(manifest, bad.toUtf8()));
        Result<Dataset> read = readNotebookJson(file);
        ASSERT_FALSE(read.ok()) << key.toStdString();
        EXPECT_TRUE(read.message().contains(QStringLiteral("manifest")) &&
                    read.message().contains(key))
            << read.message().toStdString();
    }
}

TEST_F(NotebookJsonTest, ADatasetWithMixedShapesIsNotWritten)
{
    Dataset dataset = smallDataset();
    dataset.segments[1].mfcc.frames = 3;
    dataset.segments[1].mfcc.data.resize(3 * 13);
    const QString out = path(QStringLiteral("bad.json"));
    EXPECT_FALSE(writeNotebookJson(dataset, out).ok());
    EXPECT_FALSE(QFile::exists(out));
}

} // namespace
} // namespace hhs::test
