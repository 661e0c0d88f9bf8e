// hiphop-cli train / predict / runs as a user runs them: training from a notebook JSON (with
// and without its manifest) and from a project, the per-epoch lines and the final scores in
// text and JSON, the prediction timeline's published JSON shape, the predicted layer, and one
// "error:" line with exit status 1 for bad input.
#include "audio/wav_writer.h"
#include "dataset/notebook_json.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>
#include <random>

namespace hhs {
namespace {

QJsonObject parseObject(const QByteArray& text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError)
        << error.errorString().toStdString() << text.toStdString();
    return document.object();
}

// 1-second windows (44 frames) of random numbers from 9 recordings, one class each.
QString writeData(const QString& dir, bool manifest)
{
    Dataset dataset;
    dataset.classes = {QStringLiteral("boom bap"), QStringLiteral("trap"),
                       QStringLiteral("singing")};
    dataset.segmentSeconds = 1.0;
    std::mt19937 rng(1);
    std::normal_distribution<float> value(0, 50);
    for (int t = 0; t < 9; ++t)
        for (int s = 0; s < 4; ++s) {
            DatasetSegment segment;
            segment.label = t % 3;
            segment.source = QStringLiteral("sha256:%1").arg(t);
            segment.sourceName = QStringLiteral("[킬링벌스] %1.wav").arg(t);
            segment.startSeconds = s;
            segment.endSeconds = s + 1;
            segment.mfcc.frames = 44;
            segment.mfcc.coefficients = 13;
            for (int i = 0; i < 44 * 13; ++i)
                segment.mfcc.data.push_back(value(rng));
            dataset.segments.push_back(segment);
        }
    const QString path = QDir(dir).filePath(QStringLiteral("데이터.json"));
    EXPECT_TRUE(writeNotebookJson(dataset, path).ok());
    if (!manifest) QFile::remove(manifestPathFor(path));
    return path;
}

QString writeTone(const QString& path, double frequency, double seconds)
{
    const std::vector<float> tone = test::sine(frequency, seconds, 22050);
    EXPECT_TRUE(writeWav(path, tone.data(), tone.size(), 1, 22050).ok());
    return path;
}

TEST(CliMl, TrainFromDataPrintsEpochsScoresAndSavesTheModel)
{
    QTemporaryDir dir;
    const QString data = writeData(dir.path(), true);
    const QString model = dir.filePath(QStringLiteral("모델.hhsmodel"));
    const test::CliRun run =
        test::runCli({QStringLiteral("train"), QStringLiteral("--data"), data,
                      QStringLiteral("--model"), QStringLiteral("cnn"), QStringLiteral("--epochs"),
                      QStringLiteral("2"), QStringLiteral("--out"), model});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString out = QString::fromUtf8(run.out);
    EXPECT_TRUE(out.contains(QStringLiteral("split=by-recording"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("epoch=1 train_loss=")));
    EXPECT_TRUE(out.contains(QStringLiteral("epoch=2 train_loss=")));
    EXPECT_TRUE(out.contains(QStringLiteral(" val_acc=")) &&
                out.contains(QStringLiteral(" seconds=")));
    EXPECT_TRUE(out.contains(QStringLiteral("test_acc=")) &&
                out.contains(QStringLiteral("test_loss=")));
    EXPECT_TRUE(out.contains(QStringLiteral("confusion (rows = truth")));
    EXPECT_TRUE(QFile::exists(model));
}

TEST(CliMl, TrainJsonGivesOneJsonObjectPerLine)
{
    QTemporaryDir dir;
    const QString data = writeData(dir.path(), true);
    const test::CliRun run = test::runCli(
        {QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--model"),
         QStringLiteral("cnn"), QStringLiteral("--epochs"), QStringLiteral("2"),
         QStringLiteral("--json"), QStringLiteral("--out"), dir.filePath(QStringLiteral("m"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 4); // split, 2 epochs, result
    EXPECT_EQ(parseObject(lines[0])[QStringLiteral("event")].toString(), QStringLiteral("split"));
    const QJsonObject epoch = parseObject(lines[2]);
    EXPECT_EQ(epoch[QStringLiteral("epoch")].toInt(), 2);
    for (const char* key : {"train_loss", "train_acc", "val_loss", "val_acc", "seconds"})
        EXPECT_TRUE(epoch.contains(QLatin1String(key))) << key;
    const QJsonObject result = parseObject(lines[3]);
    // The result carries the model file's own metadata form: the same keys a script reads there.
    const QJsonObject heldOut = result[QStringLiteral("test")].toObject();
    EXPECT_EQ(heldOut[QStringLiteral("confusion")].toArray().size(), 3);
    EXPECT_TRUE(heldOut.contains(QStringLiteral("accuracy")));
    const int bestEpoch = result[QStringLiteral("best_epoch")].toInt();
    EXPECT_TRUE(bestEpoch == 1 || bestEpoch == 2) << bestEpoch;
    QJsonObject split = parseObject(lines[0]);
    split.remove(QStringLiteral("event"));
    EXPECT_EQ(result[QStringLiteral("split")].toObject(), split);
    EXPECT_FALSE(split[QStringLiteral("optimistic")].toBool());
    QJsonObject lastEpoch = epoch;
    lastEpoch.remove(QStringLiteral("event"));
    EXPECT_EQ(result[QStringLiteral("history")].toArray().last().toObject(), lastEpoch);
}

TEST(CliMl, WithoutAManifestOnlyTheRandomSplitWorksAndItSaysSo)
{
    QTemporaryDir dir;
    const QString data = writeData(dir.path(), false);
    const QStringList common = {
        QStringLiteral("train"),   QStringLiteral("--data"), data,
        QStringLiteral("--model"), QStringLiteral("cnn"),    QStringLiteral("--epochs"),
        QStringLiteral("1"),       QStringLiteral("--out"),  dir.filePath(QStringLiteral("m"))};
    const test::CliRun byTrack = test::runCli(common);
    EXPECT_EQ(byTrack.exitCode, 1);
    EXPECT_TRUE(byTrack.err.startsWith("error: ")) << byTrack.err.toStdString();
    EXPECT_TRUE(byTrack.err.contains("manifest") && byTrack.err.contains("random"));
    const test::CliRun random =
        test::runCli(common + QStringList{QStringLiteral("--split"), QStringLiteral("random")});
    ASSERT_EQ(random.exitCode, 0) << random.err.toStdString();
    EXPECT_TRUE(random.out.contains("optimistic"));
    // The Train panel's advice, on stderr: the random split and the thin classes.
    EXPECT_TRUE(random.err.contains("warning: Random split")) << random.err.toStdString();
}

TEST(CliMl, PredictPrintsWindowsStretchesAndVerdictAsPublished)
{
    QTemporaryDir dir;
    const QString model = dir.filePath(QStringLiteral("m.hhsmodel"));
    ASSERT_EQ(test::runCli({QStringLiteral("train"), QStringLiteral("--data"),
                            writeData(dir.path(), true), QStringLiteral("--model"),
                            QStringLiteral("cnn"), QStringLiteral("--epochs"), QStringLiteral("1"),
                            QStringLiteral("--out"), model})
                  .exitCode,
              0);
    const QString wav = writeTone(dir.filePath(QStringLiteral("[킬링벌스] 비와이.wav")), 440, 5.0);
    const test::CliRun run =
        test::runCli({QStringLiteral("predict"), model, wav, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject result = parseObject(run.out);
    EXPECT_EQ(result[QStringLiteral("file")].toString(), wav);
    EXPECT_EQ(result[QStringLiteral("model")].toString(), model);
    const QJsonArray windows = result[QStringLiteral("windows")].toArray();
    ASSERT_EQ(windows.size(), 5);
    const QJsonObject second = windows[1].toObject();
    EXPECT_DOUBLE_EQ(second[QStringLiteral("start")].toDouble(), 1.0);
    EXPECT_DOUBLE_EQ(second[QStringLiteral("end")].toDouble(), 2.0);
    EXPECT_TRUE(second[QStringLiteral("class")].isString());
    const QJsonObject p = second[QStringLiteral("probabilities")].toObject();
    EXPECT_EQ(p.keys().size(), 3);
    EXPECT_NEAR(p[QStringLiteral("boom bap")].toDouble() + p[QStringLiteral("trap")].toDouble() +
                    p[QStringLiteral("singing")].toDouble(),
                1.0, 1e-5);
    EXPECT_FALSE(result[QStringLiteral("stretches")].toArray().isEmpty());
    EXPECT_TRUE(
        result[QStringLiteral("verdict")].toObject().contains(QStringLiteral("probabilities")));

    const test::CliRun hop = test::runCli(
        {QStringLiteral("predict"), model, wav, QStringLiteral("--hop"), QStringLiteral("0.5")});
    ASSERT_EQ(hop.exitCode, 0) << hop.err.toStdString();
    EXPECT_TRUE(hop.out.contains("verdict: "));
}

// The CLI reaches LibTorch the studio's way, through the engine module, and only when a
// command trains or predicts: LD_DEBUG lists every library the loader opens.
TEST(CliMl, OnlyTrainingAndPredictionLoadTheEngine)
{
    QTemporaryDir dir;
    const QString wav = writeTone(dir.filePath(QStringLiteral("[킬링벌스] 비와이.wav")), 440, 2.0);
    const QStringList debug{QStringLiteral("LD_DEBUG=files")};
    for (const QStringList& words :
         {QStringList{QStringLiteral("--version")}, QStringList{QStringLiteral("--help")},
          QStringList{QStringLiteral("info"), wav}}) {
        const test::CliRun run = test::runCli(words, debug);
        ASSERT_EQ(run.exitCode, 0) << words.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(run.err.contains("hiphop-ml-engine.so"))
            << words.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(run.err.contains("libtorch")) << words.join(QLatin1Char(' ')).toStdString();
    }
    const test::CliRun help = test::runCli({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains("train --model cnn|lstm")) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains("predict MODEL FILE|TRACK"));

    const QString model = dir.filePath(QStringLiteral("m.hhsmodel"));
    const test::CliRun train = test::runCli({QStringLiteral("train"), QStringLiteral("--data"),
                                             writeData(dir.path(), true), QStringLiteral("--model"),
                                             QStringLiteral("cnn"), QStringLiteral("--epochs"),
                                             QStringLiteral("1"), QStringLiteral("--out"), model},
                                            debug);
    ASSERT_EQ(train.exitCode, 0);
    EXPECT_TRUE(train.err.contains("hiphop-ml-engine.so"));
}

TEST(CliMl, ProjectTrainingIsRecordedAndPredictionsGoIntoThePredictedLayer)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("프로젝트.hhs"));
    const QString corpus = dir.filePath(QStringLiteral("corpus"));
    const QStringList styles = {QStringLiteral("boom bap"), QStringLiteral("trap"),
                                QStringLiteral("singing")};
    for (int c = 0; c < 3; ++c) {
        ASSERT_TRUE(QDir().mkpath(QDir(corpus).filePath(styles[c])));
        for (int t = 0; t < 3; ++t)
            writeTone(
                QDir(corpus).filePath(QStringLiteral("%1/[킬링벌스] %2.wav").arg(styles[c]).arg(t)),
                110.0 * (c + 1) * (1 + 0.05 * t), 4.0);
    }
    const QStringList withProject = {QStringLiteral("--project"), project};
    const test::CliRun import =
        test::runCli(withProject + QStringList{QStringLiteral("import"), corpus,
                                               QStringLiteral("--classes-from-folders")});
    ASSERT_EQ(import.exitCode, 0) << import.err.toStdString();
    const QString model = dir.filePath(QStringLiteral("run1.hhsmodel"));
    const test::CliRun train = test::runCli(
        withProject + QStringList{QStringLiteral("train"), QStringLiteral("--model"),
                                  QStringLiteral("cnn"), QStringLiteral("--epochs"),
                                  QStringLiteral("2"), QStringLiteral("--segment-seconds"),
                                  QStringLiteral("1"), QStringLiteral("--out"), model});
    ASSERT_EQ(train.exitCode, 0) << train.err.toStdString();
    EXPECT_TRUE(train.out.contains("boom bap: 1 tracks, 4 segments")) << train.out.toStdString();

    const test::CliRun runs =
        test::runCli(withProject + QStringList{QStringLiteral("runs"), QStringLiteral("--json")});
    ASSERT_EQ(runs.exitCode, 0) << runs.err.toStdString();
    const QJsonArray list = QJsonDocument::fromJson(runs.out).array();
    ASSERT_EQ(list.size(), 1);
    // Named as the studio names its runs.
    EXPECT_TRUE(list[0].toObject()[QStringLiteral("name")].toString().startsWith(
        QStringLiteral("CNN, 2 epochs, 20")))
        << list[0].toObject()[QStringLiteral("name")].toString().toStdString();
    EXPECT_EQ(list[0].toObject()[QStringLiteral("model")].toString(), QStringLiteral("cnn"));

    const test::CliRun named = test::runCli(
        withProject + QStringList{QStringLiteral("train"), QStringLiteral("--model"),
                                  QStringLiteral("lstm"), QStringLiteral("--epochs"),
                                  QStringLiteral("1"), QStringLiteral("--segment-seconds"),
                                  QStringLiteral("1"), QStringLiteral("--name"),
                                  QStringLiteral("비와이 첫 실험"), QStringLiteral("--out"),
                                  dir.filePath(QStringLiteral("run2.hhsmodel")),
                                  QStringLiteral("--then-all")});
    ASSERT_EQ(named.exitCode, 0) << named.err.toStdString();
    const QJsonArray both =
        QJsonDocument::fromJson(test::runCli(withProject + QStringList{QStringLiteral("runs"),
                                                                       QStringLiteral("--json")})
                                    .out)
            .array();
    ASSERT_EQ(both.size(), 2);
    EXPECT_EQ(both[1].toObject()[QStringLiteral("name")].toString(),
              QStringLiteral("비와이 첫 실험"));

    const test::CliRun predict = test::runCli(
        withProject + QStringList{QStringLiteral("predict"), model, QStringLiteral("1"),
                                  QStringLiteral("--into-layer")});
    ASSERT_EQ(predict.exitCode, 0) << predict.err.toStdString();
    EXPECT_TRUE(predict.out.contains("predicted region")) << predict.out.toStdString();
    const test::CliRun regions =
        test::runCli(withProject + QStringList{QStringLiteral("regions"), QStringLiteral("1"),
                                               QStringLiteral("--predicted")});
    ASSERT_EQ(regions.exitCode, 0) << regions.err.toStdString();
    EXPECT_FALSE(regions.out.trimmed().isEmpty());
}

TEST(CliMl, BadInputIsOneErrorLineAndStatusOne)
{
    QTemporaryDir dir;
    const QString notModel = dir.filePath(QStringLiteral("notes.txt"));
    ASSERT_TRUE(test::writeFile(notModel, "not a model\n"));
    const QString wav = writeTone(dir.filePath(QStringLiteral("a.wav")), 440, 4.0);
    const QList<QStringList> cases = {
        {QStringLiteral("predict"), notModel, wav},
        {QStringLiteral("predict"), notModel},
        {QStringLiteral("train"), QStringLiteral("--data"), dir.filePath(QStringLiteral("x.json")),
         QStringLiteral("--out"), dir.filePath(QStringLiteral("m"))},
        {QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("rnn"),
         QStringLiteral("--out"), dir.filePath(QStringLiteral("m"))},
        {QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("cnn"),
         QStringLiteral("--out"), dir.filePath(QStringLiteral("m"))},
        {QStringLiteral("predict"), wav, wav, QStringLiteral("--into-layer")},
    };
    for (const QStringList& arguments : cases) {
        const test::CliRun run = test::runCli(arguments);
        EXPECT_EQ(run.exitCode, 1) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(run.crashed);
        EXPECT_TRUE(run.err.startsWith("error: ")) << run.err.toStdString();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
    }
}

} // namespace
} // namespace hhs
